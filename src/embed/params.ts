import { z } from '../lib/validation';
import { LayerDepthOptionsSchema } from '../components/widgets/layer-depth/schema';
import { RecoveryTimelineOptionsSchema } from '../components/widgets/recovery-timeline/schema';

/** Longest parameter value we look at; longer ones are refused unread. */
export const MAX_PARAM_LENGTH = 64;

/** Parameters every embed accepts: language, colour scheme and brand colour. */
export const EmbedCommonParams = {
  /** Language of every string: en (default) or es. */
  lang: z.enum(['en', 'es']),
  /** Colour scheme: auto (default, follows the reader's system), light or dark. */
  theme: z.enum(['auto', 'light', 'dark']),
  /** Brand colour as #rrggbb; adjusted when it would fail contrast. */
  accent: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')),
} as const;

/** The zod schema of each accepted query parameter, by parameter name. */
export type ParamSchemas = Record<string, z.ZodMiniType>;

/** Parsed parameters, and one warning for each parameter that was refused. */
export interface ParsedParams {
  values: Record<string, unknown>;
  warnings: string[];
}

/** Shows a refused value in a warning: quoted, shortened, control characters escaped. */
export function describeValue(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/**
 * Reads query parameters against their schemas. A parameter that is unknown, repeated, too
 * long or invalid is left out (so the widget's default applies) with one warning; nothing
 * from the URL is returned unless its schema accepted it.
 */
export function parseEmbedParams(search: string, schemas: ParamSchemas): ParsedParams {
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const warnings: string[] = [];
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const label = describeValue(name);
    if (!Object.prototype.hasOwnProperty.call(schemas, name)) {
      warnings.push(`SkinPen embed: unknown parameter ${label} was ignored.`);
      continue;
    }
    if (seen.has(name)) {
      warnings.push(`SkinPen embed: parameter ${label} was given more than once; the first value is used.`);
      continue;
    }
    seen.add(name);
    if (value.trim() === '') {
      warnings.push(`SkinPen embed: ${name} is empty and was ignored; the default is used.`);
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      warnings.push(
        `SkinPen embed: ${name} is longer than ${MAX_PARAM_LENGTH} characters and was ignored; the default is used.`,
      );
      continue;
    }
    const result = (schemas[name] as z.ZodMiniType).safeParse(value);
    if (result.success) values[name] = result.data;
    else
      warnings.push(
        `SkinPen embed: ${name}=${describeValue(value)} is not valid (${result.error.issues[0]?.message ?? 'invalid'}); the default is used.`,
      );
  }
  return { values, warnings };
}

/** Query parameters of the layer-depth embed: the widget's own option schemas, checked against the ids the data knows. */
export function layerDepthParamSchemas(
  regionIds: readonly string[],
  concernIds: readonly string[],
  maxDepthMm: number,
): ParamSchemas {
  const shape = LayerDepthOptionsSchema.shape;
  return {
    ...EmbedCommonParams,
    lang: shape.lang,
    /** Area shown first. */
    region: shape.region.check(z.refine((id) => regionIds.includes(id), 'is not an area this widget knows')),
    /** Needle depth setting in mm, within the pen's range (snapped to its settings by the widget). */
    depth: shape.depthMm.check(z.refine((mm) => mm <= maxDepthMm, `must be at most the pen's ${maxDepthMm} mm`)),
    /** Concern shown first, or none. */
    concern: shape.concern.check(
      z.refine((id) => id === 'none' || concernIds.includes(id), 'is not a concern this widget knows'),
    ),
  };
}

/** Query parameters of the recovery-timeline embed: the widget's own option schemas. */
export function recoveryTimelineParamSchemas(): ParamSchemas {
  const shape = RecoveryTimelineOptionsSchema.shape;
  return {
    ...EmbedCommonParams,
    lang: shape.lang,
    /** Day after the session the timeline opens on. */
    day: shape.initialDay,
    /** Whether the series planner shows: true or false. */
    planner: shape.showPlanner,
  };
}
