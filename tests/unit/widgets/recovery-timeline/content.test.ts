/** Checks the widget's content data itself: valid, sourced, honest about secondary sources, and in both languages. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  createRecoveryActivitySchema,
  createRecoveryStageSchema,
  createTreatmentSeriesSchema,
  createWarningSignSchema,
} from '../../../../src/components/widgets/recovery-timeline/data-schema';
import { findStageSequenceProblems } from '../../../../src/components/widgets/recovery-timeline/stages';

const read = (path: string): unknown[] => parse(readFileSync(path, 'utf8')) as unknown[];
const references = read('src/content/references/references.yaml') as { id: string; kind: 'primary' | 'secondary' }[];
const ids = new Set(references.map((r) => r.id));
const kindOf = new Map(references.map((r) => [r.id, r.kind]));

const stages = read('src/content/recovery-stages/stages.yaml').map((s) => createRecoveryStageSchema(ids).parse(s));
const activities = read('src/content/recovery-activities/activities.yaml').map((a) =>
  createRecoveryActivitySchema(ids).parse(a),
);
const series = read('src/content/treatment-series/series.yaml').map((s) => createTreatmentSeriesSchema(ids).parse(s));
const signs = read('src/content/recovery-stages/warning-signs.yaml').map((s) => createWarningSignSchema(ids).parse(s));

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

const everything = { stages, activities, series, signs };

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
      (item) => item.basis === undefined && item.sources.every((id) => kindOf.get(id) === 'secondary'),
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

  it.each([
    ['makeup', 1, null, undefined],
    ['sunscreen', 1, 1, undefined],
    ['sun', 3, 3, undefined],
    ['exercise', 3, 3, undefined],
    ['swimming', 7, 7, undefined],
    ['retinoids-acids', 7, 7, 5],
    ['other-treatments', 30, 30, 14],
  ])(
    'times %s as in the fact sheet (avoid until %s, fine from %s, earliest %s)',
    (id, avoidUntil, fineFrom, earliest) => {
      const activity = activities.find((a) => a.id === id);
      expect(activity).toMatchObject({ avoidUntilDay: avoidUntil, fineFromDay: fineFrom });
      expect(activity?.earliestStatedDay).toBe(earliest);
    },
  );

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

  it('lists the red flags from the fact sheet', () => {
    expect(signs.map((s) => s.id)).toEqual([
      'infection',
      'cold-sores-blisters',
      'pain-swelling-itching',
      'lasting-redness-darkening',
      'bumps-lumps',
    ]);
  });

  it('rejects a stage with an unknown reference id', () => {
    const bad = {
      ...(read('src/content/recovery-stages/stages.yaml')[0] as object),
      notice: [{ text: { en: 'a', es: 'b' }, sources: ['ref-999'] }],
    };
    const result = createRecoveryStageSchema(ids).safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/unknown reference id "ref-999"/);
  });
});
