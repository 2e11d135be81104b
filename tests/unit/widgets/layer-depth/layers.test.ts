import { describe, expect, it } from 'vitest';
import {
  getBoundaries,
  getCaveats,
  getConcernBand,
  getLayerBands,
  getLimitStates,
  getReach,
  isConcernForRegion,
  resolveSelection,
  type Reach,
} from '../../../../src/components/widgets/layer-depth/model/layers';
import { layerDepthData as loadData, regionById } from '../../../support/content';

const data = loadData();
const general = data.generalStratumCorneum;
const concern = (id: string) => {
  const found = data.concerns.find((c) => c.id === id);
  if (!found) throw new Error(`no concern ${id}`);
  return found;
};

const skin = (layer: 'stratum-corneum' | 'epidermis' | 'dermis' | 'skin'): Reach => ({ kind: 'skin', layer });
const band: Reach = { kind: 'band' };
const past: Reach = { kind: 'past' };

// Expected reach read by hand from src/content/skin-regions/skin-regions.yaml: each area's depth to the fat
// (total: low to high, the fact sheet's table) and its drawn epidermis. Below the low end the needles likely
// stay in the skin; from the low end to the high end (both ends included) they may reach the fat; past the
// high end they are longer than the thickest skin measured.
const table: [region: string, depthMm: number, reach: Reach][] = [
  ['forehead', 0, { kind: 'surface' }],
  ['forehead', 0.25, skin('dermis')],
  ['forehead', 1, skin('dermis')],
  ['forehead', 1.05, skin('dermis')],
  ['forehead', 1.06, band],
  ['forehead', 1.25, band],
  ['forehead', 2.45, band],
  ['forehead', 2.5, past],
  ['eyelid', 0, { kind: 'not-used' }],
  ['eyelid', 0.5, { kind: 'not-used' }],
  ['eyelid', 2.5, { kind: 'not-used' }],
  ['around-eye', 0.75, skin('dermis')],
  ['around-eye', 1, band],
  ['around-eye', 1.97, band],
  ['around-eye', 2, past],
  ['cheek', 0.01, skin('stratum-corneum')],
  ['cheek', 0.05, skin('epidermis')],
  ['cheek', 0.25, skin('dermis')],
  ['cheek', 0.75, skin('dermis')],
  ['cheek', 1, band],
  ['cheek', 1.5, band],
  ['cheek', 2.5, band],
  ['nose', 1, skin('dermis')],
  ['nose', 1.25, band],
  ['nose', 2, band],
  ['nose', 2.25, past],
  ['upper-lip', 0.01, skin('stratum-corneum')],
  ['upper-lip', 0.09, skin('epidermis')],
  ['upper-lip', 0.1, skin('dermis')],
  ['upper-lip', 1, band],
  ['upper-lip', 2.25, past],
  ['chin', 1, skin('dermis')],
  ['chin', 1.25, band],
  ['chin', 2.25, past],
  ['jaw', 0.75, skin('dermis')],
  ['jaw', 2, band],
  ['jaw', 2.25, past],
  ['neck', 1, skin('dermis')],
  ['neck', 1.5, band],
  ['neck', 1.75, past],
  ['neck', 2.5, past],
  ['chest', 1.25, skin('dermis')],
  ['chest', 1.5, band],
  ['chest', 1.75, past],
  ['back', 1.75, skin('dermis')],
  ['back', 2, band],
  ['back', 2.5, band],
  ['arms', 1, skin('dermis')],
  ['arms', 2.5, band],
  ['abdomen', 1.75, skin('skin')],
  ['abdomen', 1.91, band],
  ['abdomen', 2, past],
  ['thighs', 1.5, skin('skin')],
  ['thighs', 1.55, band],
  ['thighs', 1.75, past],
];

describe('getReach', () => {
  it.each(table)('%s at %s mm gives %j', (id, depth, reach) => {
    expect(getReach(regionById(id, data), depth, general)).toEqual(reach);
  });

  it('covers every region in the data', () => {
    expect(new Set(table.map((row) => row[0]))).toEqual(new Set(data.regions.map((r) => r.id)));
  });
});

describe('getBoundaries and getLayerBands', () => {
  it('draws the depth to the fat as a band with its typical line, from the whole-skin figures', () => {
    expect(getBoundaries(regionById('cheek', data), general).fat).toEqual({ lowMm: 1, typicalMm: 1.6, highMm: 2.53 });
    expect(getBoundaries(regionById('eyelid', data), general).fat).toEqual({
      lowMm: 0.52,
      typicalMm: 0.87,
      highMm: 1.5,
    });
  });

  it('draws stratum corneum, living epidermis, dermis and fat where the split is known', () => {
    expect(getLayerBands(getBoundaries(regionById('cheek', data), general))).toEqual([
      { layer: 'stratum-corneum', topMm: 0, bottomMm: 0.0168 },
      { layer: 'epidermis', topMm: 0.0168, bottomMm: 0.077 },
      { layer: 'dermis', topMm: 0.077, bottomMm: 1.6 },
      { layer: 'fat', topMm: 1.6, bottomMm: null },
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
});

describe('getLimitStates', () => {
  it.each([
    ['cheek', 1.5, [['face-acne-scars-limit', false]]],
    ['cheek', 1.75, [['face-acne-scars-limit', true]]],
    ['around-eye', 1.75, [['face-acne-scars-limit', true]]],
    ['eyelid', 2.5, []],
    ['neck', 2.5, [['neck-study-limit', false]]],
    ['back', 2.5, []],
  ] as const)('in %s at %s mm gives %j', (id, depth, expected) => {
    const states = getLimitStates(regionById(id, data), depth, data.limits);
    expect(states.map((s) => [s.limit.id, s.exceeded])).toEqual(expected);
  });
});

describe('getCaveats', () => {
  it.each([
    ['cheek', ['setting-not-penetration', 'measurement-method', 'device-range-secondary']],
    ['around-eye', ['setting-not-penetration', 'measurement-method', 'device-range-secondary', 'orbital-rim']],
    ['eyelid', ['setting-not-penetration', 'measurement-method', 'device-range-secondary']],
    ['thighs', ['setting-not-penetration', 'measurement-method', 'device-range-secondary', 'body-off-label']],
  ])('shows %s the caveats %j', (id, expected) => {
    expect(getCaveats(regionById(id, data), data.caveats).map((c) => c.id)).toEqual(expected);
  });
});

// Which concern applies where, from the fact sheet (section 3, "Which concern applies where"): acne
// scars on the face outside the orbital rim; neck wrinkles on the neck only; nothing on the eyelid.
describe('concerns by region', () => {
  const regions = [
    'forehead',
    'eyelid',
    'around-eye',
    'cheek',
    'nose',
    'upper-lip',
    'chin',
    'jaw',
    'neck',
    'chest',
    'back',
    'arms',
    'abdomen',
    'thighs',
  ];
  it.each([
    ['acne-scars', ['forehead', 'around-eye', 'cheek', 'nose', 'upper-lip', 'chin', 'jaw']],
    ['fine-lines-texture', ['forehead', 'around-eye', 'cheek', 'nose', 'upper-lip', 'chin', 'jaw']],
    ['neck-wrinkles', ['neck']],
    ['stretch-marks', ['chest', 'arms', 'abdomen', 'thighs']],
    ['pigmentation', ['forehead', 'around-eye', 'cheek', 'nose', 'upper-lip', 'chin', 'jaw']],
  ])('%s applies to %j and nowhere else', (id, expected) => {
    expect(regions.filter((r) => isConcernForRegion(concern(id), regionById(r, data)))).toEqual(expected);
  });

  it('applies no concern to the eyelid', () => {
    expect(data.concerns.filter((c) => isConcernForRegion(c, regionById('eyelid', data)))).toEqual([]);
  });
});

describe('getConcernBand', () => {
  it.each([
    ['acne-scars', 'cheek', { fromMm: 0.25, toMm: 1.5, openStart: false }],
    ['neck-wrinkles', 'neck', { fromMm: 0, toMm: 2.5, openStart: true }],
    ['acne-scars', 'eyelid', null],
    ['neck-wrinkles', 'cheek', null],
    ['acne-scars', 'neck', null],
    ['pigmentation', 'cheek', null],
    ['fine-lines-texture', 'cheek', null],
    ['stretch-marks', 'thighs', null],
  ])('draws %s on %s as %j', (id, region, expected) => {
    expect(getConcernBand(concern(id), regionById(region, data))).toEqual(expected);
  });

  it('draws no band when no concern is chosen', () => {
    expect(getConcernBand(null, regionById('cheek', data))).toBeNull();
  });
});

describe('resolveSelection', () => {
  const ask = (regionId: string, concernId: string | null) =>
    resolveSelection(data.regions, data.concerns, { regionId, concernId });
  it.each([
    ['cheek', 'acne-scars', { regionId: 'cheek', concernId: 'acne-scars', dropped: null }],
    ['eyelid', 'acne-scars', { regionId: 'eyelid', concernId: null, dropped: 'not-for-region' }],
    ['eyelid', 'neck-wrinkles', { regionId: 'eyelid', concernId: null, dropped: 'not-for-region' }],
    ['cheek', 'neck-wrinkles', { regionId: 'cheek', concernId: null, dropped: 'not-for-region' }],
    ['cheek', 'no-such-concern', { regionId: 'cheek', concernId: null, dropped: 'unknown-concern' }],
    ['no-such-region', null, { regionId: 'forehead', concernId: null, dropped: null }],
    ['neck', null, { regionId: 'neck', concernId: null, dropped: null }],
  ] as const)('starts %s with %s as %j', (region, concernId, expected) => {
    expect(ask(region, concernId)).toEqual(expected);
  });
});
