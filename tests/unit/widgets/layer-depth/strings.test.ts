import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../../src/components/widgets/layer-depth/strings';

/** Every leaf of a nested strings object, as [dotted.key, value]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const en = new Map(leaves(STRINGS.en));
const es = new Map(leaves(STRINGS.es));

describe('layer-depth strings', () => {
  it('has the same keys in English and Spanish', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])('gives %s a non-empty value in both languages', (key) => {
    expect(en.get(key)?.trim()).not.toBe('');
    expect(es.get(key)?.trim()).not.toBe('');
  });

  it.each([...en.keys()])('uses the same placeholders for %s in both languages', (key) => {
    expect(placeholders(es.get(key) ?? '')).toEqual(placeholders(en.get(key) ?? ''));
  });
});
