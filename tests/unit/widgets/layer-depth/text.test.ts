import { describe, expect, it } from 'vitest';
import { getLimitStates, getReach } from '../../../../src/components/widgets/layer-depth/model/layers';
import {
  describeDiagram,
  describeReach,
  describeValueText,
  formatConcernRange,
  formatDepth,
  formatMeasure,
  formatPoint,
} from '../../../../src/components/widgets/layer-depth/model/text';
import { STRINGS } from '../../../../src/components/widgets/layer-depth/strings';
import type { Measure } from '../../../../src/components/widgets/layer-depth/types';
import { fillTemplate, formatNumber } from '../../../../src/components/widgets/shared/text';
import { layerDepthData as loadData, regionById } from '../../../support/content';

const en = STRINGS.en;
const es = STRINGS.es;
const data = loadData();
const measure = (partial: Partial<Measure>): Measure => ({
  minMm: null,
  typicalMm: null,
  maxMm: null,
  derivedFields: [],
  method: 'histology',
  sources: ['ref-1'],
  ...partial,
});

describe('fillTemplate', () => {
  it('fills every named value and leaves unknown names as they are', () => {
    expect(fillTemplate('{a} and {b}, {c}', { a: '1', b: 'two' })).toBe('1 and two, {c}');
  });
});

describe('formatNumber and formatDepth', () => {
  it.each([
    [0.0168, 'en', '0.017'],
    [0.0168, 'es', '0,017'],
    [1.969, 'en', '1.969'],
    [2, 'en', '2'],
    [1.5, 'es', '1,5'],
  ])('writes %s in %s as %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it.each([
    [0, '0 mm'],
    [0.25, '0.25 mm'],
    [1.5, '1.5 mm'],
    [0.1 + 0.2, '0.3 mm'],
  ])('writes the setting %s as %s', (depth, expected) => {
    expect(formatDepth(depth, en)).toBe(expected);
  });
});

describe('formatMeasure', () => {
  it.each([
    [
      measure({ minMm: 0.86, typicalMm: 1.015, maxMm: 1.17, derivedFields: ['typical'] }),
      '0.86 mm to 1.17 mm; typical 1.015 mm (estimate)',
    ],
    [measure({ minMm: 1.06, maxMm: 2.45, derivedFields: ['min'] }), '1.06 mm (estimate) to 2.45 mm'],
    [measure({ minMm: 1.91, typicalMm: 1.91, maxMm: 1.91 }), '1.91 mm'],
    [
      measure({ minMm: 0.0813, typicalMm: 0.0813, maxMm: 0.0813, derivedFields: ['min', 'max', 'typical'] }),
      '0.081 mm (estimate)',
    ],
    [measure({ minMm: 1 }), 'from 1 mm (no upper figure)'],
    [measure({ maxMm: 2.5 }), 'up to 2.5 mm'],
    [measure({ typicalMm: 1.529, derivedFields: ['typical'] }), 'about 1.529 mm (estimate)'],
    [measure({ method: null, sources: [] }), 'No reliable measurement'],
  ])('writes %j as %j', (m, expected) => {
    expect(formatMeasure(m, en)).toBe(expected);
  });

  it('writes US Spanish with a decimal point', () => {
    expect(formatMeasure(measure({ minMm: 0.86, typicalMm: 1.015, maxMm: 1.17, derivedFields: ['typical'] }), es)).toBe(
      'de 0.86 mm a 1.17 mm; valor típico: 1.015 mm (estimación)',
    );
  });

  it('writes a reading with its standard deviation', () => {
    expect(formatPoint({ valueMm: 5.14, sdMm: 3.31, site: null, method: null, sources: [] }, en)).toBe(
      '5.14 mm (± 3.31 mm)',
    );
  });
});

describe('formatConcernRange', () => {
  it.each([
    ['acne-scars', '0.25 mm to 1.5 mm'],
    ['neck-wrinkles', 'up to 2.5 mm'],
    ['pigmentation', '1.5 mm'],
    ['stretch-marks', null],
    ['fine-lines-texture', null],
  ])('writes the range for %s as %j', (id, expected) => {
    const concern = data.concerns.find((c) => c.id === id);
    expect(concern && formatConcernRange(concern, en)).toBe(expected);
  });
});

describe('describeValueText', () => {
  it.each([
    ['cheek', 1.5, en, '1.5 mm, may reach the lower dermis or the fat'],
    ['cheek', 0.75, en, '0.75 mm, likely stays within the skin'],
    ['cheek', 0, en, '0 mm, stays above the skin'],
    ['neck', 2.5, en, '2.5 mm, longer than the thickest skin measured here'],
    ['eyelid', 1, en, 'SkinPen is not used here'],
    ['cheek', 0.75, es, '0.75 mm, lo más probable es que se quede dentro de la piel'],
    ['neck', 1.5, es, '1.5 mm, puede llegar a la parte baja de la dermis o a la grasa'],
  ] as const)('for %s at %s mm says %j', (id, depth, strings, expected) => {
    const region = regionById(id, data);
    expect(describeValueText(depth, getReach(region, depth, data.generalStratumCorneum), strings)).toBe(expected);
  });
});

describe('describeReach', () => {
  const say = (id: string, depth: number, strings = en) => {
    const region = regionById(id, strings === en ? data : loadData('es'));
    return describeReach(region, depth, getReach(region, depth, data.generalStratumCorneum), strings);
  };
  const shallower = ' Real needle depth is usually less than the setting.';

  it.each([
    [
      'cheek',
      0.75,
      'Cheek: at a setting of 0.75 mm, the needles likely stay within the skin: they reach the dermis.' + shallower,
    ],
    [
      'cheek',
      1.25,
      'Cheek: at a setting of 1.25 mm, the needles may reach the lower dermis or the fat, depending on your skin. Studies found skin here 1 mm to 2.53 mm thick.' +
        shallower,
    ],
    [
      'neck',
      2,
      'Neck: a setting of 2 mm is longer than the thickest skin measured here (1.66 mm), so the needles may go past the skin into the fat.' +
        shallower,
    ],
    [
      'abdomen',
      1,
      'Abdomen (belly): at a setting of 1 mm, the needles likely stay within the skin: they reach the epidermis or dermis.' +
        shallower,
    ],
    ['forehead', 0, 'Forehead: at a setting of 0 mm, the needles stay above the skin.'],
    [
      'eyelid',
      1.5,
      'Eyelid (inside the bony rim around the eye): SkinPen is not used here, so no needle depth is shown.',
    ],
  ])('for %s at %s mm says %j', (id, depth, expected) => {
    expect(say(id, depth)).toBe(expected);
  });

  it('never describes a setting as reaching the fat for certain', () => {
    for (const region of data.regions) {
      for (const depth of [0.25, 0.5, 1, 1.5, 2, 2.5]) {
        const text = describeReach(region, depth, getReach(region, depth, data.generalStratumCorneum), en);
        expect(text).not.toMatch(/reaches (past the skin|the fat)|into the fat\.$/);
      }
    }
  });

  it('says it in Spanish', () => {
    expect(say('cheek', 1.5, es)).toBe(
      'Mejilla: con un ajuste de 1.5 mm, las agujas pueden llegar a la parte baja de la dermis o a la grasa, según tu piel. Los estudios midieron aquí una piel de 1 mm a 2.53 mm. La profundidad real de las agujas suele ser menor que el ajuste.',
    );
  });
});

describe('describeDiagram', () => {
  it('states the area, the layers, the fat band, the reach, the concern band and the studied limit in words', () => {
    const region = regionById('cheek', data);
    const concern = data.concerns.find((c) => c.id === 'acne-scars') ?? null;
    const text = describeDiagram(
      {
        region,
        depthMm: 1,
        concern,
        limits: getLimitStates(region, 1, data.limits),
        generalStratumCorneum: data.generalStratumCorneum,
        displayMaxMm: 3,
      },
      en,
    );
    expect(text).toBe(
      'Cross-section of the skin, Cheek, drawn to scale from the surface down to 3 mm. ' +
        'Layers from the top: Stratum corneum, Living epidermis, Dermis, Fat (subcutis). ' +
        'A hatched band from 1 mm to 2.53 mm marks where the fat may start, from the thinnest to the thickest skin measured; the line at 1.6 mm is the typical figure. ' +
        'Cheek: at a setting of 1 mm, the needles may reach the lower dermis or the fat, depending on your skin. Studies found skin here 1 mm to 2.53 mm thick. Real needle depth is usually less than the setting. ' +
        'A band on the scale marks the depths used for Acne scars: 0.25 mm to 1.5 mm. ' +
        'A dashed line at 1.5 mm: Deepest setting studied for acne scars.',
    );
  });

  it('says when a concern has no depth in the studies, or one too weak to draw', () => {
    const region = regionById('cheek', data);
    const describe = (id: string) =>
      describeDiagram(
        {
          region,
          depthMm: 0.5,
          concern: data.concerns.find((c) => c.id === id) ?? null,
          limits: [],
          generalStratumCorneum: data.generalStratumCorneum,
          displayMaxMm: 3,
        },
        en,
      );
    expect(describe('fine-lines-texture')).toContain(
      'The studies give no needle depth for Fine lines and texture, so no band is drawn.',
    );
    expect(describe('pigmentation')).toContain(
      'For Pigmentation (melasma), one study used 1.5 mm, but the evidence is too weak to draw, so no band is drawn.',
    );
  });

  it('describes no needle, band or limit on the eyelid', () => {
    const region = regionById('eyelid', data);
    const text = describeDiagram(
      {
        region,
        depthMm: 1.5,
        concern: data.concerns.find((c) => c.id === 'acne-scars') ?? null,
        limits: getLimitStates(region, 1.5, data.limits),
        generalStratumCorneum: data.generalStratumCorneum,
        displayMaxMm: 3,
      },
      en,
    );
    expect(text).toContain('SkinPen is not used here, so no needle depth is shown.');
    expect(text).not.toMatch(/Acne scars|dashed line|setting of/);
  });
});
