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

  it('writes Spanish with decimal commas', () => {
    expect(formatMeasure(measure({ minMm: 0.86, typicalMm: 1.015, maxMm: 1.17, derivedFields: ['typical'] }), es)).toBe(
      'de 0,86 mm a 1,17 mm; típico 1,015 mm (estimación)',
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
    ['cheek', 1.5, en, '1.5 mm, reaches past the skin into the fat'],
    ['cheek', 1, en, '1 mm, reaches the dermis'],
    ['cheek', 0, en, '0 mm, stays above the skin'],
    ['chin', 1, en, '1 mm, no reliable measurement for this area'],
    ['abdomen', 1, en, '1 mm, reaches the epidermis or dermis (no split was measured)'],
    ['cheek', 1, es, '1 mm, llega a la dermis'],
    ['neck', 1.5, es, '1,5 mm, atraviesa la piel y llega a la grasa'],
  ] as const)('for %s at %s mm says %j', (id, depth, strings, expected) => {
    const region = regionById(id, data);
    expect(describeValueText(depth, getReach(region, depth, data.generalStratumCorneum), strings)).toBe(expected);
  });
});

describe('describeReach', () => {
  const say = (id: string, depth: number) => {
    const region = regionById(id, data);
    return describeReach(region, depth, getReach(region, depth, data.generalStratumCorneum), en);
  };

  it.each([
    ['cheek', 1, 'Cheek: at 1 mm, the setting reaches the dermis.'],
    [
      'cheek',
      1.25,
      'Cheek: at 1.25 mm, the setting reaches past the skin into the fat. In thicker skin it may stop in the dermis.',
    ],
    [
      'arms',
      0.75,
      'Arms: at 0.75 mm, the setting reaches the dermis. In thinner skin it may reach the fat below the skin.',
    ],
    [
      'chin',
      0.5,
      'Chin: at 0.5 mm, we cannot say which layer the setting reaches. There is no reliable measurement of the skin layers here.',
    ],
  ])('for %s at %s mm says %j', (id, depth, expected) => {
    expect(say(id, depth)).toBe(expected);
  });
});

describe('describeDiagram', () => {
  it('states the area, the layers, the reach, the concern band and the studied limit in words', () => {
    const region = regionById('cheek', data);
    const concern = data.concerns.find((c) => c.id === 'acne-scars') ?? null;
    const text = describeDiagram(
      {
        region,
        depthMm: 1,
        concern,
        limits: getLimitStates(region.area, 1, data.limits),
        generalStratumCorneum: data.generalStratumCorneum,
        displayMaxMm: 3,
      },
      en,
    );
    expect(text).toBe(
      'Cross-section of the skin, Cheek, drawn to scale from the surface down to 3 mm. ' +
        'Layers from the top: Stratum corneum, Living epidermis, Dermis, Fat (subcutis). ' +
        'Cheek: at 1 mm, the setting reaches the dermis. ' +
        'A band on the scale marks the depths used for Acne scars: 0.25 mm to 1.5 mm. ' +
        'A dashed line at 1.5 mm: Deepest setting studied for acne scars.',
    );
  });

  it('says there is no band when a concern has no sourced range, and no layers when none were measured', () => {
    const region = regionById('chin', data);
    const concern = data.concerns.find((c) => c.id === 'stretch-marks') ?? null;
    const text = describeDiagram(
      { region, depthMm: 0.5, concern, limits: [], generalStratumCorneum: data.generalStratumCorneum, displayMaxMm: 3 },
      en,
    );
    expect(text).toContain('No layers are drawn, because there is no reliable measurement.');
    expect(text).toContain('There is no sourced depth range for Stretch marks, so no band is drawn.');
  });
});
