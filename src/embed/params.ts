/**
 * Reads an embed page's query parameters with the widget's own option schemas. Whatever the URL
 * holds, only values a schema accepted come back; everything else is reported in a warning and
 * the widget's default is used.
 */
import { langOption } from '../components/widgets/shared/options';
import { z } from '../lib/validation';
import { readClinicName, readPhone, readWebsite, type FieldResult } from '../lib/clinic/profile';
import { COMMON_PARAMS, getMaxParamLength } from './widgets';

/** A parameter read by one of the clinic profile's readers: its clean value, or the reader's reason. */
export function fromReader<T>(read: (raw: string) => FieldResult<T>) {
  return z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = read(raw);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', message: result.reason, input: raw });
      return z.NEVER;
    }),
  );
}

/** The zod schema of each accepted query parameter, by parameter name. */
export type ParamSchemas = Readonly<Record<string, z.ZodMiniType>>;

/** Parameters every embed accepts: language, colour scheme and brand colour. */
export const COMMON_PARAM_SCHEMAS = {
  /** Language of every string (default en). */
  lang: langOption,
  /** Colour scheme: auto (default, follows the reader's system), light or dark. */
  theme: z.enum(['auto', 'light', 'dark']),
  /** Brand colour as rrggbb, with or without a leading #; adjusted when it would fail contrast. */
  accent: z.pipe(
    z.string().check(z.regex(/^#?[0-9a-fA-F]{6}$/, 'must be a colour written rrggbb or #rrggbb')),
    z.transform((hex) => `#${hex.replace(/^#/, '').toLowerCase()}`),
  ),
  /** The clinic's name, as plain text (at most 80 characters, no markup). */
  clinic: fromReader(readClinicName),
  /** The clinic's daytime phone, as it writes it. */
  phone: fromReader(readPhone),
  /** The clinic's after-hours phone. */
  'after-hours': fromReader(readPhone),
  /** The clinic's website: https only. */
  website: fromReader(readWebsite),
} as const satisfies Record<(typeof COMMON_PARAMS)[number], z.ZodMiniType>;

/** Parsed parameters, and the warnings about what was refused. */
export interface ParsedParams {
  values: Record<string, unknown>;
  warnings: string[];
}

/** Unknown parameter names quoted in full in a warning; the rest are counted. */
const NAMES_SHOWN = 5;

/** Shows a refused value in a warning: quoted, shortened, markup and direction controls escaped. */
export function describeValue(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function describeUnknown(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map(describeValue).join(', ');
  if (names.length === 1) return `SkinPen embed: unknown parameter ${shown} was ignored.`;
  const more = names.length > NAMES_SHOWN ? ` and ${(names.length - NAMES_SHOWN).toLocaleString('en')} more` : '';
  return `SkinPen embed: unknown parameters ${shown}${more} were ignored.`;
}

/** One parameter's value against its schema: the value, or why it was refused. */
function readValue(
  name: string,
  value: string,
  schema: z.ZodMiniType,
): { ok: true; value: unknown } | { ok: false; warning: string } {
  if (value.trim() === '')
    return { ok: false, warning: `SkinPen embed: ${name} is empty and was ignored; the default is used.` };
  const max = getMaxParamLength(name);
  if (value.length > max)
    return {
      ok: false,
      warning: `SkinPen embed: ${name} is longer than ${max} characters and was ignored; the default is used.`,
    };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const reason = result.error.issues[0]?.message ?? 'invalid';
  return {
    ok: false,
    warning: `SkinPen embed: ${name}=${describeValue(value)} is not valid (${reason}); the default is used.`,
  };
}

/**
 * Reads query parameters against their schemas. A parameter that is unknown, repeated, empty,
 * too long or invalid is left out (so the widget's default applies) with a warning; unknown
 * ones share a single warning, however many there are.
 */
export function parseEmbedParams(search: string, schemas: ParamSchemas): ParsedParams {
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const warnings: string[] = [];
  const unknown: string[] = [];
  const firstAccepted = new Map<string, boolean>();
  for (const [name, value] of new URLSearchParams(search)) {
    const schema = Object.prototype.hasOwnProperty.call(schemas, name) ? schemas[name] : undefined;
    if (!schema) {
      unknown.push(name);
      continue;
    }
    const earlier = firstAccepted.get(name);
    if (earlier !== undefined) {
      warnings.push(
        `SkinPen embed: parameter ${describeValue(name)} was given more than once; ${earlier ? 'the first value is used' : 'the first value was refused, so the default is used'}.`,
      );
      continue;
    }
    const read = readValue(name, value, schema);
    firstAccepted.set(name, read.ok);
    if (read.ok) values[name] = read.value;
    else warnings.push(read.warning);
  }
  if (unknown.length > 0) warnings.unshift(describeUnknown(unknown));
  return { values, warnings };
}

/**
 * A warning when the address's fragment holds what look like parameters: an unencoded "#" in a
 * hand-written `accent=#0b6e4f&lang=es` ends the query there, so the rest never reaches us. Null
 * for any other fragment (a host's own, such as WordPress's `#?secret=`).
 */
export function checkFragment(hash: string, names: readonly string[]): string | null {
  const pairs = hash.replace(/^#/, '').split('&');
  const swallowed = pairs.map((pair) => pair.split('=')[0] ?? '').filter((name) => names.includes(name));
  if (!/^[0-9a-f]{6}$/i.test(pairs[0] ?? '') && swallowed.length === 0) return null;
  const lost = swallowed.length > 0 ? ` (${swallowed.join(', ')} among them)` : '';
  return `SkinPen embed: the address has an unencoded "#" at ${describeValue(hash)}, so nothing after it was read${lost}. Write accent without "#" (accent=0b6e4f) or encode it as %23.`;
}
