/** Checks the widget's content data itself: valid, sourced, honest about secondary sources, and in both languages. */
import { describe, expect, it } from 'vitest';
import { findStageSequenceProblems } from '../../../../src/components/widgets/recovery-timeline/model/stages';
import { createRecoveryStageSchema } from '../../../../src/components/widgets/recovery-timeline/data-schema';
import { readContent, recoveryTimelineEntries, referenceIds, references } from '../../../support/content';

const kindOf = new Map(references.map((r) => [r.id, r.kind]));
const { stages, activities, series, warningSigns: signs, tiers } = recoveryTimelineEntries;

/** Every object in the data that carries `sources`. */
function collectSourced(value: unknown, path = ''): { path: string; sources: string[]; basis?: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectSourced(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = Array.isArray(record.sources)
    ? [
        {
          path,
          sources: record.sources as string[],
          ...(typeof record.basis === 'string' ? { basis: record.basis } : {}),
        },
      ]
    : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => collectSourced(v, `${path}.${k}`))];
}

/** Every { en, es } pair in the data. */
function collectLocalized(value: unknown, path = ''): { path: string; en: string; es: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectLocalized(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.es === 'string') return [{ path, en: record.en, es: record.es }];
  return Object.entries(record).flatMap(([k, v]) => collectLocalized(v, `${path}.${k}`));
}

const everything = { stages, activities, series, signs, tiers };

describe('recovery-timeline content', () => {
  it('has stages that run from day 0 without gaps or overlaps', () => {
    const sorted = [...stages].sort((a, b) => a.dayFrom - b.dayFrom);
    expect(findStageSequenceProblems(sorted)).toEqual([]);
    expect(sorted.map((s) => s.id)).toEqual([
      'day-0',
      'day-1',
      'day-2',
      'day-3',
      'days-4-7',
      'weeks-2-4',
      'months-1-6',
      'after-6-months',
    ]);
  });

  it('says which kind of secondary source an item rests on whenever all its sources are secondary', () => {
    const unlabelled = collectSourced(everything).filter(
      (item) =>
        item.basis === undefined &&
        item.sources.length > 0 &&
        item.sources.every((id) => kindOf.get(id) === 'secondary'),
    );
    expect(unlabelled.map((i) => i.path)).toEqual([]);
  });

  it('labels an item secondary only when at least one of its sources is secondary', () => {
    const mislabelled = collectSourced(everything).filter(
      (item) => item.basis !== undefined && item.sources.every((id) => kindOf.get(id) === 'primary'),
    );
    expect(mislabelled.map((i) => i.path)).toEqual([]);
  });

  it('labels the collagen remodelling timing as a maker page', () => {
    const remodelling = collectSourced(everything).filter((item) => item.sources.includes('ref-52'));
    expect(remodelling.length).toBeGreaterThan(0);
    expect(remodelling.every((item) => item.basis === 'maker-page')).toBe(true);
  });

  it('has Spanish text for every English text', () => {
    const pairs = collectLocalized(everything);
    expect(pairs.length).toBeGreaterThan(100);
    expect(pairs.filter((p) => p.es.trim() === '' || p.es === p.en).map((p) => p.path)).toEqual([]);
  });

  // Restart times in hours from the fact sheet (sections 5, 14, 17; skin-layers.json activity_restart):
  // the earliest and latest any source gives, and the more cautious one the site shows.
  it.each([
    ['makeup', 24, 48],
    ['sunscreen', 24, 24],
    ['sun', 72, 336],
    ['exercise', 72, 168],
    ['heat', 72, 168],
    ['swimming', 96, 168],
    ['retinoids', 120, 168],
    ['painkillers', 168, 336],
    ['hair-removal', 120, 168],
    ['next-session', 720, 720],
  ])('times %s as in the fact sheet (sources %s to %s hours; the site shows the later)', (id, min, max) => {
    const activity = activities.find((a) => a.id === id);
    expect(activity?.sourcesRange).toEqual({ minHours: min, maxHours: max });
    expect(activity?.fineFromHours).toBe(max);
    expect(activity?.conflict !== undefined).toBe(min < max);
  });

  it('gives no time for other cosmetic treatments, which no primary source times', () => {
    expect(activities.find((a) => a.id === 'other-treatments')).toMatchObject({
      sourcesRange: null,
      fineFromHours: null,
    });
  });

  it('marks the one timing we inferred as an estimate', () => {
    expect(activities.filter((a) => a.estimate).map((a) => a.id)).toEqual(['swimming']);
  });

  it('plans the series the SkinPen studies used', () => {
    expect(
      series.map((s) => [s.id, s.sessionCount, s.intervalDays, s.followUps.map((f) => f.monthsAfterLast)]),
    ).toEqual([
      ['acne-scars-face', 3, 30, [1, 6]],
      ['neck-wrinkles', 4, 30, [1, 3]],
    ]);
  });

  it('puts each warning sign of the fact sheet in its urgency tier, the cautious one where sources differ', () => {
    expect(tiers.map((t) => t.id)).toEqual(['clinic', 'same-day', 'emergency']);
    expect(signs.map((s) => [s.id, s.tier])).toEqual([
      ['infection-worse', 'clinic'],
      ['cold-sores', 'clinic'],
      ['pain-swelling-itching', 'clinic'],
      ['lasting-redness-darkening', 'clinic'],
      ['bumps-lumps', 'clinic'],
      ['hot-swollen-skin', 'same-day'],
      ['eye-problem', 'same-day'],
      ['swelling-hives', 'same-day'],
      ['spreading-redness', 'emergency'],
      ['severe-allergy', 'emergency'],
      ['spreading-infection', 'emergency'],
      ['eye-injury', 'emergency'],
      ['numbing-cream-reaction', 'emergency'],
    ]);
    expect(signs.find((s) => s.id === 'spreading-redness')?.conflict).toBeDefined();
  });

  it('gives the emergency numbers for the US, the UK and the EU', () => {
    expect(tiers.find((t) => t.id === 'emergency')?.numbers.map((n) => [n.where.en, n.number])).toEqual([
      ['US', '911'],
      ['UK', '999'],
      ['EU', '112'],
    ]);
  });

  it('rejects a stage with an unknown reference id', () => {
    const bad = {
      ...(readContent('recovery-stages/stages.yaml')[0] as object),
      notice: [{ text: { en: 'a', es: 'b' }, sources: ['ref-999'] }],
    };
    const result = createRecoveryStageSchema(referenceIds).safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/unknown reference id "ref-999"/);
  });
});
