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
  /** What the setting does, per layer reached: "reaches the dermis". */
  reach: Record<DrawnLayer | 'surface' | 'unknown', string>;
  valueText: string;
  status: string;
  statusUnknown: string;
  thinner: string;
  thicker: string;
  svgTitle: string;
  descIntro: string;
  descLayers: string;
  descNoLayers: string;
  descBand: string;
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
  rangeBars: string;
  sourcePrefix: string;
  /** Word shown before a caution so it never relies on colour. */
  caution: string;
  concernRange: string;
  concernNoRange: string;
  legendBand: string;
  legendNoBand: string;
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
  concernLabel: 'Concern',
  concernNone: 'None (no band)',
  depthLabel: 'Needle depth setting',
  settingsHint: 'The pen is set from {min} to {max}, in steps of {step}.',
  layerNames: {
    'stratum-corneum': 'Stratum corneum',
    epidermis: 'Living epidermis',
    dermis: 'Dermis',
    skin: 'Skin (no split)',
    fat: 'Fat (subcutis)',
  },
  layerPhrases: {
    'stratum-corneum': 'the stratum corneum (dead outer layer)',
    epidermis: 'the living epidermis',
    dermis: 'the dermis',
    skin: 'the epidermis or dermis',
    fat: 'the fat below the skin',
  },
  reach: {
    surface: 'stays above the skin',
    'stratum-corneum': 'reaches the stratum corneum (dead outer layer)',
    epidermis: 'reaches the living epidermis',
    dermis: 'reaches the dermis',
    skin: 'reaches the epidermis or dermis (no split was measured)',
    fat: 'reaches past the skin into the fat',
    unknown: 'no reliable measurement for this area',
  },
  valueText: '{depth}, {reach}',
  status: '{region}: at {depth}, the setting {reach}.',
  statusUnknown:
    '{region}: at {depth}, we cannot say which layer the setting reaches. There is no reliable measurement of the skin layers here.',
  thinner: 'In thinner skin it may reach {layer}.',
  thicker: 'In thicker skin it may stop in {layer}.',
  svgTitle: 'Skin layers: {region}',
  descIntro: 'Cross-section of the skin, {region}, drawn to scale from the surface down to {max}.',
  descLayers: 'Layers from the top: {layers}.',
  descNoLayers: 'No layers are drawn, because there is no reliable measurement.',
  descBand: 'A band on the scale marks the depths used for {concern}: {range}.',
  descNoBand: 'There is no sourced depth range for {concern}, so no band is drawn.',
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
  ultrasoundValue: 'women {female} mm, men {male} mm; ultrasound reads higher than tissue samples',
  drawingEstimate: 'The layer lines in the picture are estimates made from these figures.',
  drawingMeasured: 'The layer lines in the picture use the measured figures.',
  rangeBars: 'Bars at the right edge of the skin show the range found across studies.',
  sourcePrefix: 'source',
  caution: 'Caution:',
  concernRange: '{concern}: {range}.',
  concernNoRange: '{concern}: no sourced depth range.',
  legendBand: '{concern}: depths used',
  legendNoBand: '{concern}: no sourced range',
  noScript:
    'Moving the setting needs JavaScript. The picture shows the {region} at {depth}. The table below lists every area.',
  tableSummary: 'Every area in a table',
  tableCaption: 'Skin layer thickness by area, in millimetres',
  tableHeaders: { area: 'Area', epidermis: 'Epidermis', dermis: 'Dermis', total: 'Whole skin, to the fat' },
  unit: 'mm',
};

const es: LayerDepthStrings = {
  numberLocale: 'es',
  widgetLabel: 'Capas de la piel y profundidad de las agujas',
  regionLabel: 'Zona de la cara o del cuerpo',
  groups: { face: 'Cara', neck: 'Cuello', body: 'Cuerpo' },
  concernLabel: 'Problema a tratar',
  concernNone: 'Ninguno (sin franja)',
  depthLabel: 'Ajuste de profundidad de las agujas',
  settingsHint: 'El aparato se ajusta de {min} a {max}, en pasos de {step}.',
  layerNames: {
    'stratum-corneum': 'Capa córnea',
    epidermis: 'Epidermis viva',
    dermis: 'Dermis',
    skin: 'Piel (sin división)',
    fat: 'Grasa (hipodermis)',
  },
  layerPhrases: {
    'stratum-corneum': 'la capa córnea (capa externa muerta)',
    epidermis: 'la epidermis viva',
    dermis: 'la dermis',
    skin: 'la epidermis o la dermis',
    fat: 'la grasa bajo la piel',
  },
  reach: {
    surface: 'queda por encima de la piel',
    'stratum-corneum': 'llega a la capa córnea (capa externa muerta)',
    epidermis: 'llega a la epidermis viva',
    dermis: 'llega a la dermis',
    skin: 'llega a la epidermis o la dermis (no se midió la división)',
    fat: 'atraviesa la piel y llega a la grasa',
    unknown: 'no hay una medida fiable de esta zona',
  },
  valueText: '{depth}, {reach}',
  status: '{region}: con {depth}, el ajuste {reach}.',
  statusUnknown:
    '{region}: con {depth}, no podemos decir a qué capa llega el ajuste. No hay una medida fiable de las capas de la piel aquí.',
  thinner: 'En una piel más fina puede llegar a {layer}.',
  thicker: 'En una piel más gruesa puede quedarse en {layer}.',
  svgTitle: 'Capas de la piel: {region}',
  descIntro: 'Corte de la piel, {region}, dibujado a escala desde la superficie hasta {max}.',
  descLayers: 'Capas de arriba abajo: {layers}.',
  descNoLayers: 'No se dibuja ninguna capa, porque no hay una medida fiable.',
  descBand: 'Una franja en la escala marca las profundidades usadas para {concern}: {range}.',
  descNoBand: 'No hay un rango de profundidad con fuente para {concern}, así que no se dibuja ninguna franja.',
  descLimit: 'Una línea discontinua en {max}: {label}.',
  noMeasurement: 'No hay una medida fiable',
  estimate: '(estimación)',
  mm: '{value} mm',
  range: 'de {min} a {max}',
  from: 'desde {min} (sin cifra máxima)',
  about: 'unos {value}',
  typical: 'típico {value}',
  sd: '{value} (± {sd})',
  upTo: 'hasta {max}',
  factsTitle: 'Lo que midieron los estudios: {region}',
  facts: {
    stratumCorneum: 'Capa córnea (capa externa muerta)',
    epidermis: 'Epidermis (capa superior entera)',
    epidermisUltrasound: 'Epidermis por ecografía',
    dermis: 'Dermis',
    total: 'Piel entera, hasta la grasa',
    fat: 'Capa de grasa bajo la piel',
  },
  ultrasoundValue:
    'mujeres {female} mm, hombres {male} mm; la ecografía da cifras más altas que las muestras de tejido',
  drawingEstimate: 'Las líneas de las capas del dibujo son estimaciones hechas con estas cifras.',
  drawingMeasured: 'Las líneas de las capas del dibujo usan las cifras medidas.',
  rangeBars: 'Las barras del borde derecho de la piel muestran el rango hallado en los estudios.',
  sourcePrefix: 'fuente',
  caution: 'Precaución:',
  concernRange: '{concern}: {range}.',
  concernNoRange: '{concern}: no hay un rango de profundidad con fuente.',
  legendBand: '{concern}: profundidad usada',
  legendNoBand: '{concern}: sin rango con fuente',
  noScript:
    'Para mover el ajuste hace falta JavaScript. El dibujo muestra la zona {region} con {depth}. La tabla de abajo recoge todas las zonas.',
  tableSummary: 'Todas las zonas en una tabla',
  tableCaption: 'Grosor de las capas de la piel por zona, en milímetros',
  tableHeaders: { area: 'Zona', epidermis: 'Epidermis', dermis: 'Dermis', total: 'Piel entera, hasta la grasa' },
  unit: 'mm',
};

/** The widget's strings in every language. */
export const STRINGS: Record<Lang, LayerDepthStrings> = { en, es };
