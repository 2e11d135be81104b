/** Every string a person reads in the layer-depth widget, per language. Numbers and claims live in content data. */
import type { Lang } from '../shared/i18n';

/** Layers that are drawn and named (everything but the surface and "unknown"). */
type DrawnLayer = 'stratum-corneum' | 'epidermis' | 'dermis' | 'skin' | 'fat';

/** The widget's strings; `{name}` marks a value filled in by model/text.ts. */
export interface LayerDepthStrings {
  /** BCP 47 locale for numbers (decimal point or comma). */
  numberLocale: string;
  widgetLabel: string;
  regionLabel: string;
  groups: { face: string; neck: string; body: string };
  concernLabel: string;
  concernNone: string;
  depthLabel: string;
  /** Under the slider: the pen's range and step. */
  settingsHint: string;
  /** Short layer names for the diagram's labels. */
  layerNames: Record<DrawnLayer, string>;
  /** A layer as the object of a sentence ("the dermis"). */
  layerPhrases: Record<DrawnLayer, string>;
  /** What the setting does, in a few words, for the slider's value text. */
  reachShort: Record<'surface' | 'skin' | 'band' | 'past' | 'not-used', string>;
  valueText: string;
  /** Below the thinnest skin measured: "{layer}" is a layer phrase. */
  statusSkin: string;
  /** Inside the band where the fat may start: "{low}" and "{high}" are its ends. */
  statusBand: string;
  /** Past the thickest skin measured. */
  statusPast: string;
  statusSurface: string;
  /** Where SkinPen is not used: no depth is described. */
  statusNotUsed: string;
  /** Added after every depth sentence: the setting is not the real depth. */
  shallower: string;
  svgTitle: string;
  descIntro: string;
  descLayers: string;
  descFatBand: string;
  descBand: string;
  /** A concern with a range too weakly supported to draw. */
  descBandWords: string;
  descNoBand: string;
  descLimit: string;
  noMeasurement: string;
  estimate: string;
  /** A number with its unit. */
  mm: string;
  range: string;
  from: string;
  about: string;
  typical: string;
  sd: string;
  upTo: string;
  factsTitle: string;
  facts: {
    stratumCorneum: string;
    epidermis: string;
    epidermisUltrasound: string;
    dermis: string;
    total: string;
    fat: string;
  };
  ultrasoundValue: string;
  drawingEstimate: string;
  drawingMeasured: string;
  /** How the band where the fat may start is drawn. */
  fatBandNote: string;
  sourcePrefix: string;
  /** Word shown before a caution so it never relies on colour. */
  caution: string;
  concernRange: string;
  concernNoRange: string;
  legendBand: string;
  legendNoBand: string;
  /** Legend for a concern whose range is given in words only. */
  legendWordsOnly: string;
  /** Legend for the band where the fat may start. */
  legendFatBand: string;
  /** After a concern that does not apply to the area, in the concern picker. */
  notForArea: string;
  /** Announced when a change of area drops the chosen concern. */
  concernDropped: string;
  /** Under the depth slider where SkinPen is not used. */
  notUsedHint: string;
  /** The clinic's line, when an embed names one: "{clinic}" is its name. */
  clinicAsk: string;
  /** The same line for a clinic that gave numbers but no name. */
  clinicAskUnnamed: string;
  clinicDaytime: string;
  clinicAfterHours: string;
  clinicWebsite: string;
  noScript: string;
  tableSummary: string;
  tableCaption: string;
  tableHeaders: { area: string; epidermis: string; dermis: string; total: string };
  unit: string;
}

const en: LayerDepthStrings = {
  numberLocale: 'en',
  widgetLabel: 'Skin layers and needle depth',
  regionLabel: 'Body or face area',
  groups: { face: 'Face', neck: 'Neck', body: 'Body' },
  concernLabel: 'What you want to treat',
  concernNone: 'None',
  depthLabel: 'Needle depth setting',
  settingsHint: 'The pen can be set from {min} to {max}, in steps of {step}.',
  layerNames: {
    'stratum-corneum': 'Stratum corneum',
    epidermis: 'Living epidermis',
    dermis: 'Dermis',
    skin: 'Skin (no split)',
    fat: 'Fat (subcutis)',
  },
  layerPhrases: {
    'stratum-corneum': 'the dead outer layer (stratum corneum)',
    epidermis: 'the living epidermis',
    dermis: 'the dermis',
    skin: 'the epidermis or dermis',
    fat: 'the fat below the skin',
  },
  reachShort: {
    surface: 'stays above the skin',
    skin: 'likely stays within the skin',
    band: 'may reach the lower dermis or the fat',
    past: 'longer than the thickest skin measured here',
    'not-used': 'SkinPen is not used here',
  },
  valueText: '{depth}, {reach}',
  statusSkin: '{region}: at a setting of {depth}, the needles likely stay within the skin: they reach {layer}.',
  statusBand:
    '{region}: at a setting of {depth}, the needles may reach the lower dermis or the fat, depending on your skin. Studies found skin here {low} to {high} thick.',
  statusPast:
    '{region}: a setting of {depth} is longer than the thickest skin measured here ({high}), so the needles may go past the skin into the fat.',
  statusSurface: '{region}: at a setting of {depth}, the needles stay above the skin.',
  statusNotUsed: '{region}: SkinPen is not used here, so no needle depth is shown.',
  shallower: 'Real needle depth is usually less than the setting.',
  svgTitle: 'Skin layers: {region}',
  descIntro: 'Cross-section of the skin, {region}, drawn to scale from the surface down to {max}.',
  descLayers: 'Layers from the top: {layers}.',
  descFatBand:
    'A hatched band from {low} to {high} marks where the fat may start, from the thinnest to the thickest skin measured; the line at {typical} is the typical figure.',
  descBand: 'A band on the scale marks the depths used for {concern}: {range}.',
  descBandWords: 'For {concern}, one study used {range}, but the evidence is too weak to draw, so no band is drawn.',
  descNoBand: 'The studies give no needle depth for {concern}, so no band is drawn.',
  descLimit: 'A dashed line at {max}: {label}.',
  noMeasurement: 'No reliable measurement',
  estimate: '(estimate)',
  mm: '{value} mm',
  range: '{min} to {max}',
  from: 'from {min} (no upper figure)',
  about: 'about {value}',
  typical: 'typical {value}',
  sd: '{value} (± {sd})',
  upTo: 'up to {max}',
  factsTitle: 'What studies measured: {region}',
  facts: {
    stratumCorneum: 'Stratum corneum (dead outer layer)',
    epidermis: 'Epidermis (whole top layer)',
    epidermisUltrasound: 'Epidermis by ultrasound',
    dermis: 'Dermis',
    total: 'Whole skin, down to the fat',
    fat: 'Fat layer under the skin',
  },
  ultrasoundValue: 'women {female} mm, men {male} mm; for the epidermis, ultrasound reads higher than tissue samples',
  drawingEstimate: 'The layer lines in the picture are estimates made from these figures.',
  drawingMeasured: 'The layer lines in the picture use the measured figures.',
  fatBandNote:
    'The hatched band shows where the fat may start: from the thinnest to the thickest whole skin measured here.',
  sourcePrefix: 'source',
  caution: 'Caution:',
  concernRange: '{concern}: {range}.',
  concernNoRange: '{concern}: the studies give no needle depth.',
  legendBand: '{concern}: depths used',
  legendNoBand: '{concern}: no depth in studies',
  legendWordsOnly: '{concern}: too weak to draw',
  legendFatBand: 'Where the fat may start',
  notForArea: '(not for this area)',
  concernDropped: '{concern} does not apply to this area, so it is not shown.',
  notUsedHint: 'SkinPen is not used on this area, so no setting is shown.',
  clinicAsk: 'Questions about your own skin or treatment? Ask {clinic}.',
  clinicAskUnnamed: 'Questions about your own skin or treatment? Ask your clinic.',
  clinicDaytime: 'Daytime',
  clinicAfterHours: 'After hours',
  clinicWebsite: 'Website',
  noScript:
    'Moving the setting needs JavaScript. The picture shows this area: {region}, at a setting of {depth}. The table below lists every area.',
  tableSummary: 'Every area in a table',
  tableCaption: 'Skin layer thickness by area, in millimeters',
  tableHeaders: { area: 'Area', epidermis: 'Epidermis', dermis: 'Dermis', total: 'Whole skin, to the fat' },
  unit: 'mm',
};

const es: LayerDepthStrings = {
  numberLocale: 'es-US',
  widgetLabel: 'Capas de la piel y profundidad de las agujas',
  regionLabel: 'Zona de la cara o del cuerpo',
  groups: { face: 'Cara', neck: 'Cuello', body: 'Cuerpo' },
  concernLabel: 'Problema a tratar',
  concernNone: 'Ninguno',
  depthLabel: 'Ajuste de profundidad de las agujas',
  settingsHint: 'El aparato se puede ajustar de {min} a {max}, en pasos de {step}.',
  layerNames: {
    'stratum-corneum': 'Capa córnea',
    epidermis: 'Epidermis viva',
    dermis: 'Dermis',
    skin: 'Piel (capas sin separar)',
    fat: 'Grasa (subcutánea)',
  },
  layerPhrases: {
    'stratum-corneum': 'la capa córnea (capa externa muerta)',
    epidermis: 'la epidermis viva',
    dermis: 'la dermis',
    skin: 'la epidermis o la dermis',
    fat: 'la grasa bajo la piel',
  },
  reachShort: {
    surface: 'queda por encima de la piel',
    skin: 'lo más probable es que se quede dentro de la piel',
    band: 'puede llegar a la parte baja de la dermis o a la grasa',
    past: 'más largo que la piel más gruesa medida aquí',
    'not-used': 'SkinPen no se usa aquí',
  },
  valueText: '{depth}, {reach}',
  statusSkin:
    '{region}: con un ajuste de {depth}, lo más probable es que las agujas se queden dentro de la piel: llegan a {layer}.',
  statusBand:
    '{region}: con un ajuste de {depth}, las agujas pueden llegar a la parte baja de la dermis o a la grasa, según tu piel. Los estudios midieron aquí una piel de {low} a {high}.',
  statusPast:
    '{region}: un ajuste de {depth} es más largo que la piel más gruesa medida aquí ({high}), así que las agujas pueden atravesar la piel y llegar a la grasa.',
  statusSurface: '{region}: con un ajuste de {depth}, las agujas quedan por encima de la piel.',
  statusNotUsed: '{region}: SkinPen no se usa aquí, así que no se muestra ninguna profundidad de agujas.',
  shallower: 'La profundidad real de las agujas suele ser menor que el ajuste.',
  svgTitle: 'Capas de la piel: {region}',
  descIntro: 'Corte de la piel ({region}), dibujado a escala desde la superficie hasta {max}.',
  descLayers: 'Capas de arriba abajo: {layers}.',
  descFatBand:
    'Una franja rayada de {low} a {high} marca dónde puede empezar la grasa, de la piel más fina a la más gruesa medidas; la línea en {typical} es el valor típico.',
  descBand: 'Una franja en la escala marca las profundidades usadas para {concern}: {range}.',
  descBandWords:
    'Para {concern}, un estudio usó {range}, pero los datos son muy poco sólidos para dibujarlos, así que no se dibuja ninguna franja.',
  descNoBand:
    'No encontramos en los estudios una profundidad de agujas para {concern}, así que no se dibuja ninguna franja.',
  descLimit: 'Una línea discontinua en {max}: {label}.',
  noMeasurement: 'No hay una medida confiable',
  estimate: '(estimación)',
  mm: '{value} mm',
  range: 'de {min} a {max}',
  from: 'desde {min} (sin cifra máxima)',
  about: 'unos {value}',
  typical: 'valor típico: {value}',
  sd: '{value} (± {sd})',
  upTo: 'hasta {max}',
  factsTitle: 'Lo que midieron los estudios: {region}',
  facts: {
    stratumCorneum: 'Capa córnea (capa externa muerta)',
    epidermis: 'Epidermis (capa superior entera)',
    epidermisUltrasound: 'Epidermis por ultrasonido',
    dermis: 'Dermis',
    total: 'Piel entera, hasta la grasa',
    fat: 'Capa de grasa bajo la piel',
  },
  ultrasoundValue:
    'mujeres {female} mm, hombres {male} mm; en la epidermis, el ultrasonido da cifras más altas que las muestras de tejido',
  drawingEstimate: 'Las líneas de las capas del dibujo son estimaciones hechas con estas cifras.',
  drawingMeasured: 'Las líneas de las capas del dibujo usan las cifras medidas.',
  fatBandNote:
    'La franja rayada muestra dónde puede empezar la grasa: de la piel entera más fina a la más gruesa medidas aquí.',
  sourcePrefix: 'fuente',
  caution: 'Precaución:',
  concernRange: '{concern}: {range}.',
  concernNoRange: '{concern}: los estudios no dan una profundidad de agujas.',
  legendBand: '{concern}: profundidades usadas',
  legendNoBand: '{concern}: sin profundidad',
  legendWordsOnly: '{concern}: datos débiles',
  legendFatBand: 'Dónde puede empezar la grasa',
  notForArea: '(no para esta zona)',
  concernDropped: '{concern} no corresponde a esta zona, así que no se muestra.',
  notUsedHint: 'SkinPen no se usa en esta zona, así que no se muestra ningún ajuste.',
  clinicAsk: '¿Tienes preguntas sobre tu piel o tu tratamiento? Pregunta en {clinic}.',
  clinicAskUnnamed: '¿Tienes preguntas sobre tu piel o tu tratamiento? Pregunta en tu clínica.',
  clinicDaytime: 'De día',
  clinicAfterHours: 'Fuera de horario',
  clinicWebsite: 'Sitio web',
  noScript:
    'Para mover el ajuste hace falta JavaScript. El dibujo muestra esta zona: {region}, con el ajuste en {depth}. La tabla de abajo recoge todas las zonas.',
  tableSummary: 'Todas las zonas en una tabla',
  tableCaption: 'Grosor de las capas de la piel por zona, en milímetros',
  tableHeaders: { area: 'Zona', epidermis: 'Epidermis', dermis: 'Dermis', total: 'Piel entera, hasta la grasa' },
  unit: 'mm',
};

/** The widget's strings in every language. */
export const STRINGS: Record<Lang, LayerDepthStrings> = { en, es };
