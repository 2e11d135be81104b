// Every widget's strings table, checked the same way: every language has every key, nothing is
// empty, each template fills the same slots everywhere, and sentences are translated, not copied.
import { describe, expect, it } from 'vitest';
import { STRINGS as LAYER_DEPTH } from '../../../src/components/widgets/layer-depth/strings';
import { STRINGS as RECOVERY_TIMELINE } from '../../../src/components/widgets/recovery-timeline/strings';
import { DEFAULT_LANG, LANGS } from '../../../src/components/widgets/shared/i18n';

/** Every leaf of a nested strings object, as [dotted.key, value]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const TABLES = { 'layer-depth': LAYER_DEPTH, 'recovery-timeline': RECOVERY_TIMELINE };
const OTHER_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG);

describe.each(Object.entries(TABLES))('%s strings', (_widget, table) => {
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, new Map(leaves(table[lang]))]));
  const base = byLang[DEFAULT_LANG] ?? new Map<string, string>();

  it.each(OTHER_LANGS)('has exactly the default language keys in %s', (lang) => {
    expect([...(byLang[lang]?.keys() ?? [])].sort()).toEqual([...base.keys()].sort());
  });

  it.each(LANGS)('has no empty string in %s', (lang) => {
    expect([...(byLang[lang] ?? [])].filter(([, value]) => value.trim() === '')).toEqual([]);
  });

  it.each(OTHER_LANGS)('fills the same slots in %s as in the default language', (lang) => {
    const other = byLang[lang] ?? new Map<string, string>();
    const differ = [...base].filter(([key, text]) => slots(other.get(key) ?? '').join() !== slots(text).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it.each(OTHER_LANGS)('translates the sentences into %s rather than copying them', (lang) => {
    const other = byLang[lang] ?? new Map<string, string>();
    const copied = [...base].filter(
      // A sentence has words; a single term ("Dermis") may be the same in both languages.
      ([key, text]) => other.get(key) === text && /[a-z]{4,}\s+\S/.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});
