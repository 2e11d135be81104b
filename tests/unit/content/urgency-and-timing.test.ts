/** Bad urgency and activity-timing data fails with the entry's field named and a message that says what is wrong. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createRecoveryActivitySchema } from '../../../src/components/widgets/recovery-timeline/data-schema';
import { createUrgencyTierSchema, createWarningSignSchema } from '../../../src/content/urgency-schema';

const ids = new Set(['ref-12', 'ref-74', 'ref-106']);
const tierIds = new Set(['clinic', 'same-day', 'emergency']);
const text = { en: 'Some text', es: 'Algún texto' };

const sign = { id: 'a-sign', order: 1, tier: 'clinic', text, short: text, sources: ['ref-12'] };
const activity = {
  id: 'makeup',
  order: 1,
  label: text,
  shortLabel: { en: 'Makeup', es: 'Maquillaje' },
  sourcesRange: { minHours: 24, maxHours: 48 },
  fineFromHours: 48,
  detail: text,
  conflict: text,
  sources: ['ref-74'],
};

/** The issues of a failed parse as "path: message" lines. */
function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('warning signs', () => {
  const schema = createWarningSignSchema(ids, tierIds);

  it('accepts a sign in a known tier', () => {
    expect(schema.safeParse(sign).success).toBe(true);
  });

  it.each([
    [{ tier: 'urgent' }, /^tier: unknown urgency tier "urgent": it is not in src\/content\/urgency\/tiers\.yaml/],
    [{ tier: undefined }, /^tier: /],
    [{ sources: [] }, /^sources: needs at least one reference id/],
    [{ sources: ['ref-999'] }, /^sources\.0: unknown reference id "ref-999"/],
  ])('refuses %j', (change, message) => {
    expect(issuesOf(schema.safeParse({ ...sign, ...change })).join('\n')).toMatch(message);
  });
});

describe('urgency tiers', () => {
  const schema = createUrgencyTierSchema(ids);
  const tier = { id: 'emergency', order: 3, heading: text, when: text, numbers: [{ where: text, number: '911' }] };

  it('accepts a tier with emergency numbers', () => {
    expect(schema.safeParse(tier).success).toBe(true);
  });

  it.each([['91a'], ['1'], ['1234567']])('refuses the emergency number %j', (number) => {
    expect(issuesOf(schema.safeParse({ ...tier, numbers: [{ where: text, number }] })).join()).toMatch(
      /^numbers\.0\.number: must be digits only/,
    );
  });
});

describe('activity timings', () => {
  const schema = createRecoveryActivitySchema(ids);

  it('accepts the cautious end of a disputed range, with the disagreement explained', () => {
    expect(schema.safeParse(activity).success).toBe(true);
  });

  it.each([
    ['a time outside the sources’ range', { fineFromHours: 72 }, /^fineFromHours: must lie inside sourcesRange/],
    ['the less cautious end', { fineFromHours: 24 }, /^fineFromHours: must be sourcesRange\.maxHours/],
    [
      'a range whose low end is above its high end',
      { sourcesRange: { minHours: 72, maxHours: 48 } },
      /^sourcesRange\.minHours: must not be after maxHours/,
    ],
    ['a disputed range with no explanation', { conflict: undefined }, /^conflict: explain the disagreement/],
    [
      'a conflict where the sources agree',
      { sourcesRange: { minHours: 48, maxHours: 48 } },
      /^conflict: explain the disagreement/,
    ],
    ['a time with no range', { sourcesRange: null }, /^fineFromHours: give both fineFromHours and sourcesRange/],
    [
      'a reminder with no time',
      { sourcesRange: null, fineFromHours: null, reminder: text },
      /^reminder: a reminder needs a fineFromHours/,
    ],
    ['a negative time', { fineFromHours: -1 }, /^fineFromHours: /],
    ['a time of hours that are not whole', { fineFromHours: 47.5 }, /^fineFromHours: /],
  ])('refuses %s', (_name, change, message) => {
    expect(issuesOf(schema.safeParse({ ...activity, ...change })).join('\n')).toMatch(message);
  });

  it('checks every activity in the real data', () => {
    const all = parse(readFileSync('src/content/recovery-activities/activities.yaml', 'utf8')) as unknown[];
    const realIds = new Set(
      (parse(readFileSync('src/content/references/references.yaml', 'utf8')) as { id: string }[]).map((r) => r.id),
    );
    for (const entry of all)
      expect(createRecoveryActivitySchema(realIds).safeParse(entry).error?.issues).toBeUndefined();
  });
});
