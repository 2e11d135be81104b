import { describe, expect, it } from 'vitest';
import {
  getBoundaries,
  getCaveats,
  getConcernBand,
  getLayerBands,
  getLimitStates,
  getReach,
  type Layer,
} from '../../../../src/components/widgets/layer-depth/model/layers';
import { layerDepthData as loadData, regionById } from '../../../support/content';

const data = loadData();
const general = data.generalStratumCorneum;

type Row = [region: string, depthMm: number, layer: Layer, thinner: Layer | null, thicker: Layer | null];

// Expected layers read by hand from src/content/skin-regions/skin-regions.yaml (drawing, epidermis and total ranges).
const table: Row[] = [
  ['forehead', 0, 'surface', null, null],
  ['forehead', 0.25, 'dermis', null, null],
  ['forehead', 1, 'dermis', null, null],
  ['forehead', 1.25, 'fat', null, 'dermis'],
  ['forehead', 2.5, 'fat', null, null],
  ['periorbital', 0.25, 'dermis', null, null],
  ['periorbital', 0.5, 'dermis', null, null],
  ['periorbital', 0.75, 'fat', null, 'dermis'],
  ['periorbital', 1.5, 'fat', null, 'dermis'],
  ['periorbital', 1.75, 'fat', null, null],
  ['cheek', 0.25, 'dermis', null, null],
  ['cheek', 1, 'dermis', null, null],
  ['cheek', 1.25, 'fat', null, 'dermis'],
  ['cheek', 2.5, 'fat', null, 'dermis'],
  ['nose', 1.5, 'dermis', null, null],
  ['nose', 1.75, 'fat', null, null],
  ['upper-lip', 0.1, 'dermis', null, 'epidermis'],
  ['upper-lip', 1, 'dermis', null, null],
  ['upper-lip', 1.25, 'fat', null, null],
  ['chin', 0, 'surface', null, null],
  ['chin', 0.25, 'unknown', null, null],
  ['chin', 1.5, 'unknown', null, null],
  ['chin', 2.5, 'unknown', null, null],
  ['jaw', 1, 'dermis', null, null],
  ['jaw', 1.25, 'fat', null, null],
  ['neck', 0.05, 'epidermis', 'dermis', null],
  ['neck', 1.25, 'dermis', null, null],
  ['neck', 1.5, 'fat', null, null],
  ['neck', 2.5, 'fat', null, null],
  ['chest', 1.5, 'dermis', null, null],
  ['chest', 1.75, 'fat', null, null],
  ['back', 0.01, 'stratum-corneum', null, null],
  ['back', 1.75, 'dermis', null, null],
  ['back', 2, 'fat', null, 'dermis'],
  ['back', 2.5, 'fat', null, 'dermis'],
  ['arms', 0.5, 'dermis', null, null],
  ['arms', 0.75, 'dermis', 'fat', null],
  ['arms', 2, 'dermis', 'fat', null],
  ['arms', 2.25, 'fat', null, 'dermis'],
  ['abdomen', 0.25, 'skin', null, null],
  ['abdomen', 1.75, 'skin', null, null],
  ['abdomen', 2, 'fat', null, null],
  ['thighs', 1.5, 'skin', null, null],
  ['thighs', 1.75, 'fat', null, null],
  ['cheek', 0.01, 'stratum-corneum', null, null],
  ['cheek', 0.05, 'epidermis', 'dermis', null],
  ['cheek', 0.1, 'dermis', null, 'epidermis'],
];

describe('getReach', () => {
  it.each(table)(
    '%s at %s mm reaches %s (thinner skin: %s, thicker skin: %s)',
    (id, depth, layer, thinner, thicker) => {
      expect(getReach(regionById(id, data), depth, general)).toEqual({ layer, thinner, thicker });
    },
  );

  it('covers every region in the data', () => {
    expect(new Set(table.map((row) => row[0]))).toEqual(new Set(data.regions.map((r) => r.id)));
  });

  it('treats a depth exactly on a boundary as the upper layer', () => {
    // Jaw: whole skin measured at 1 mm; cheek: thinnest whole skin found is 1 mm.
    expect(getReach(regionById('jaw', data), 1, general).layer).toBe('dermis');
    expect(getReach(regionById('cheek', data), 1, general).thinner).toBeNull();
  });
});

describe('getBoundaries and getLayerBands', () => {
  it('draws stratum corneum, living epidermis, dermis and fat where the split is known', () => {
    const bands = getLayerBands(getBoundaries(regionById('cheek', data), general));
    expect(bands).toEqual([
      { layer: 'stratum-corneum', topMm: 0, bottomMm: 0.0168 },
      { layer: 'epidermis', topMm: 0.0168, bottomMm: 0.079 },
      { layer: 'dermis', topMm: 0.079, bottomMm: 1.084 },
      { layer: 'fat', topMm: 1.084, bottomMm: null },
    ]);
  });

  it('uses the general stratum corneum figure where an area has none of its own', () => {
    expect(getBoundaries(regionById('forehead', data), general).stratumCorneumMm).toBe(0.0141);
  });

  it('draws one unsplit skin band where no epidermis was measured', () => {
    expect(getLayerBands(getBoundaries(regionById('abdomen', data), general)).map((b) => b.layer)).toEqual([
      'skin',
      'fat',
    ]);
  });

  it('draws nothing for an area with no reliable measurement', () => {
    expect(getBoundaries(regionById('chin', data), general)).toEqual({
      stratumCorneumMm: null,
      epidermis: null,
      skin: null,
    });
    expect(getLayerBands(getBoundaries(regionById('chin', data), general))).toEqual([]);
  });

  it('widens the spread to include a drawn value just outside the measured range', () => {
    // Jaw: drawn at 1.042 mm, whole skin measured at 1 mm.
    expect(getBoundaries(regionById('jaw', data), general).skin).toEqual({ lowMm: 1, drawnMm: 1.042, highMm: 1.042 });
  });
});

describe('getLimitStates', () => {
  it.each([
    ['cheek', 1.5, [['face-acne-scars-limit', false]]],
    ['cheek', 1.75, [['face-acne-scars-limit', true]]],
    ['periorbital', 2.5, [['face-acne-scars-limit', true]]],
    ['neck', 2.5, [['neck-study-limit', false]]],
    ['back', 2.5, []],
  ] as const)('in %s at %s mm gives %j', (id, depth, expected) => {
    const states = getLimitStates(regionById(id, data).area, depth, data.limits);
    expect(states.map((s) => [s.limit.id, s.exceeded])).toEqual(expected);
  });
});

describe('getCaveats', () => {
  it.each([
    ['cheek', ['setting-not-penetration', 'measurement-method']],
    ['periorbital', ['setting-not-penetration', 'measurement-method', 'orbital-rim']],
    ['neck', ['setting-not-penetration', 'measurement-method']],
    ['thighs', ['setting-not-penetration', 'measurement-method', 'body-off-label']],
  ])('shows %s the caveats %j', (id, expected) => {
    expect(getCaveats(regionById(id, data), data.caveats).map((c) => c.id)).toEqual(expected);
  });
});

describe('getConcernBand', () => {
  const concern = (id: string) => data.concerns.find((c) => c.id === id) ?? null;
  it.each([
    ['acne-scars', { fromMm: 0.25, toMm: 1.5, openStart: false }],
    ['neck-wrinkles', { fromMm: 0, toMm: 2.5, openStart: true }],
    ['pigmentation', { fromMm: 1.5, toMm: 1.5, openStart: false }],
    ['fine-lines-texture', null],
    ['stretch-marks', null],
  ])('draws %s as %j', (id, expected) => {
    expect(getConcernBand(concern(id))).toEqual(expected);
  });

  it('draws no band when no concern is chosen', () => {
    expect(getConcernBand(null)).toBeNull();
  });
});
