import { describe, expect, it } from 'vitest';
import { layerDepthData as loadData, layerDepthEntries, readContent } from '../../../support/content';

const rawRegions = readContent('skin-regions/skin-regions.yaml');
const rawGuidance = readContent('depth-guidance/depth-guidance.yaml');
const { regions: regionEntries, guidance: guidanceEntries } = layerDepthEntries;

describe('layer-depth content data', () => {
  it('holds all 13 regions of the fact sheet, each once', () => {
    expect(regionEntries.map((r) => r.factSheetId).sort()).toEqual([
      'abdomen',
      'arms',
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

  it('keeps the chin with no measurement at all', () => {
    const chin = regionEntries.find((r) => r.id === 'chin');
    expect(chin?.drawing).toBeNull();
    for (const m of [chin?.epidermis, chin?.dermis, chin?.total]) {
      expect([m?.minMm, m?.typicalMm, m?.maxMm]).toEqual([null, null, null]);
    }
  });

  it('keeps values the fact sheet marks derived marked as derived', () => {
    const byId = new Map(regionEntries.map((r) => [r.id, r]));
    expect(byId.get('forehead')?.total.derivedFields).toEqual(['min']);
    expect(byId.get('upper-lip')?.epidermis.derivedFields).toEqual(['max', 'typical']);
    expect(byId.get('back')?.epidermis.derivedFields).toEqual(['min', 'max', 'typical']);
    expect(byId.get('chest')?.total.derivedFields).toEqual(['typical']);
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
