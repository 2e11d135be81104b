/**
 * The languages every widget, its data and the embed shell speak, and the one way multi-language
 * content becomes the one-language props an island gets. Adding a language starts here.
 */

/** Languages, in the order pickers list them; the first is the default. */
export const LANGS = ['en', 'es'] as const;

/** A language the widgets speak. */
export type Lang = (typeof LANGS)[number];

/** The language used when none is asked for. */
export const DEFAULT_LANG: Lang = LANGS[0];

/** Text with a value in every language. */
export type LocalText = Readonly<Record<Lang, string>>;

/** True when `value` is one of {@link LANGS}. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/**
 * `T` with every {@link LocalText} inside it (at any depth) replaced by a plain string; optional
 * fields stay optional but never hold `undefined`, as {@link localize} leaves them out.
 */
export type Localized<T> = T extends LocalText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Localized<Exclude<T[K], undefined>> }
      : T;

function isLocalText(value: object): value is LocalText {
  const keys = Object.keys(value);
  return (
    keys.length === LANGS.length && LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string')
  );
}

/**
 * A deep copy of `value` in one language: every {@link LocalText} becomes its `lang` string, and
 * fields that are undefined are left out (so optional fields stay absent, not `undefined`).
 */
export function localize<T>(value: T, lang: Lang): Localized<T> {
  if (Array.isArray(value)) return value.map((item: unknown) => localize(item, lang)) as Localized<T>;
  if (value === null || typeof value !== 'object') return value as Localized<T>;
  if (isLocalText(value)) return value[lang] as Localized<T>;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = localize(item, lang);
  return out as Localized<T>;
}
