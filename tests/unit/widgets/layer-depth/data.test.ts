import { describe, expect, it } from 'vitest';
import { createLayerDepthDataSchemas } from '../../../../src/components/widgets/layer-depth/data-schema';
import {
  layerDepthData as loadData,
  layerDepthEntries,
  readContent,
  referenceIds,
  regionTreat,
} from '../../../support/content';

const rawRegions = readContent('skin-regions/skin-regions.yaml');
const rawGuidance = readContent('depth-guidance/depth-guidance.yaml');
const { regions: regionEntries, guidance: guidanceEntries } = layerDepthEntries;

describe('layer-depth content data', () => {
  it('holds all 14 regions of the fact sheet, each once', () => {
    expect(regionEntries.map((r) => r.factSheetId).sort()).toEqual([
      'abdomen',
      'arms',
      'around_eye_outside_rim',
      'back',
      'cheek',
      'chin',
      'decolletage_chest',
      'forehead',
      'jaw_submandibular',
      'neck',
      'nose',
      'periorbital',
      'thighs',
      'upper_lip_perioral',
    ]);
    expect(new Set(regionEntries.map((r) => r.id)).size).toBe(rawRegions.length);
  });

  // The fact sheet's table "Depth to the fat (total skin thickness): low / typical / high by region".
  it.each([
    ['forehead', 1.06, 1.67, 2.45],
    ['eyelid', 0.52, 0.87, 1.5],
    ['around-eye', 1.0, 1.48, 1.97],
    ['cheek', 1.0, 1.6, 2.53],
    ['nose', 1.12, 1.44, 2.0],
    ['upper-lip', 1.0, 1.31, 2.06],
    ['chin', 1.19, 1.63, 2.06],
    ['jaw', 1.0, 1.26, 2.06],
    ['neck', 1.16, 1.33, 1.66],
    ['chest', 1.4, 1.53, 1.66],
    ['back', 1.98, 2.26, 2.54],
    ['arms', 1.16, 2.07, 3.19],
    ['abdomen', 1.91, 1.91, 1.91],
    ['thighs', 1.55, 1.55, 1.55],
  ])('gives %s a depth to the fat of %s (low), %s (typical) and %s mm (high)', (id, low, typical, high) => {
    const total = regionEntries.find((r) => r.id === id)?.total;
    expect([total?.minMm, total?.typicalMm, total?.maxMm]).toEqual([low, typical, high]);
  });

  it('marks the eyelid, and only the eyelid, as an area SkinPen is not used on, and says why', () => {
    expect(regionEntries.filter((r) => !r.treat).map((r) => r.id)).toEqual(['eyelid']);
    expect(regionEntries.find((r) => r.id === 'eyelid')?.noTreatment?.sources).toEqual(['ref-11', 'ref-15']);
  });

  it('keeps values the fact sheet marks derived marked as derived', () => {
    const byId = new Map(regionEntries.map((r) => [r.id, r]));
    expect(byId.get('forehead')?.total.derivedFields).toEqual(['min', 'typical']);
    expect(byId.get('upper-lip')?.epidermis.derivedFields).toEqual(['max', 'typical']);
    expect(byId.get('back')?.epidermis.derivedFields).toEqual(['min', 'max', 'typical']);
    expect(byId.get('chest')?.total.derivedFields).toEqual(['min', 'typical', 'max']);
  });

  it('gives every number a source', () => {
    for (const r of regionEntries) {
      for (const m of [r.epidermis, r.dermis, r.total]) {
        const hasValue = m.minMm !== null || m.typicalMm !== null || m.maxMm !== null;
        if (hasValue) expect(m.sources.length, `${r.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('loads the device settings, two studied limits and five concerns', () => {
    const data = loadData('es');
    expect(data.device).toMatchObject({ minMm: 0, maxMm: 2.5, stepMm: 0.25 });
    expect(data.limits.map((l) => [l.id, l.maxMm])).toEqual([
      ['face-acne-scars-limit', 1.5],
      ['neck-study-limit', 2.5],
    ]);
    expect(data.concerns.map((c) => c.id)).toEqual([
      'acne-scars',
      'fine-lines-texture',
      'neck-wrinkles',
      'stretch-marks',
      'pigmentation',
    ]);
    expect(guidanceEntries).toHaveLength(rawGuidance.length);
  });

  it('states no sourced range for fine lines and stretch marks', () => {
    const data = loadData();
    for (const id of ['fine-lines-texture', 'stretch-marks']) {
      expect(data.concerns.find((c) => c.id === id)).toMatchObject({ minMm: null, maxMm: null });
    }
  });
});

describe('bad layer-depth data', () => {
  const schemas = createLayerDepthDataSchemas(referenceIds, regionTreat);
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
    expect(result.success).toBe(false);
    return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };
  const concern = rawGuidance.find((g) => (g as { id: string }).id === 'acne-scars') as Record<string, unknown>;
  const limit = rawGuidance.find((g) => (g as { id: string }).id === 'face-acne-scars-limit') as Record<
    string,
    unknown
  >;
  const cheek = rawRegions.find((r) => (r as { id: string }).id === 'cheek') as Record<string, unknown>;
  const eyelid = rawRegions.find((r) => (r as { id: string }).id === 'eyelid') as Record<string, unknown>;

  it.each([
    [
      'a concern on the eyelid',
      { ...concern, regions: ['cheek', 'eyelid'] },
      /^regions\.1: "eyelid" is a region SkinPen is not used on \(treat: false in src\/content\/skin-regions\/skin-regions\.yaml\)/,
    ],
    [
      'a concern on an unknown region',
      { ...concern, regions: ['elbow'] },
      /^regions\.0: unknown region "elbow": it is not in src\/content\/skin-regions\/skin-regions\.yaml/,
    ],
    ['a concern with no region', { ...concern, regions: [] }, /^regions: needs at least one region/],
    [
      'a studied limit on the eyelid',
      { ...limit, regions: ['eyelid'] },
      /^regions\.0: "eyelid" is a region SkinPen is not used on/,
    ],
  ])('refuses %s', (_name, entry, message) => {
    expect(issues(schemas.depthGuidance.safeParse(entry))).toMatch(new RegExp(message.source, 'm'));
  });

  it.each([
    [
      'a depth to the fat whose low end is above its high end',
      { ...cheek, total: { ...(cheek.total as object), minMm: 2.6 } },
      /^total: needs minMm <= typicalMm <= maxMm/,
    ],
    [
      'a typical depth outside its range',
      { ...cheek, total: { ...(cheek.total as object), typicalMm: 3 } },
      /^total: needs minMm <= typicalMm <= maxMm/,
    ],
    [
      'a missing typical depth',
      { ...cheek, total: { ...(cheek.total as object), typicalMm: null } },
      /^total: needs minMm <= typicalMm <= maxMm, all three given/,
    ],
    [
      'a no-treatment area with no reason',
      { ...eyelid, noTreatment: undefined },
      /^noTreatment: say why SkinPen is not used here/,
    ],
  ])('refuses %s', (_name, entry, message) => {
    expect(issues(schemas.region.safeParse(entry))).toMatch(new RegExp(message.source, 'm'));
  });
});
