/** Schemas of the layer-depth widget's data collections (build time): skin regions and depth guidance. */
import { z } from 'astro/zod';
import { createSourcesSchema, kebabId as kebab, LocalTextSchema } from '../shared/schema-atoms';

/** A thickness or depth in millimetres (0 to 10). */
const mm = z.number().min(0).max(10);
const areaSchema = z.enum(['face', 'neck', 'body']);

/** Where the regions live; guidance entries name regions by their ids there. */
export const REGIONS_PATH = 'src/content/skin-regions/skin-regions.yaml';

/** Each region id, with whether SkinPen is used there (false: the eyelid inside the orbital rim). */
export type RegionTreatMap = ReadonlyMap<string, boolean>;

/**
 * Collections of skin-region and depth-guidance data, given the known reference ids and the regions
 * (read from the regions file first, so a guidance entry naming a region is checked by name).
 */
export function createLayerDepthDataSchemas(knownIds: ReadonlySet<string>, regionTreat: RegionTreatMap) {
  const sources = createSourcesSchema(knownIds);
  /** A region id that exists; `treatedOnly` refuses a region SkinPen is not used on. */
  const regionId = (treatedOnly: boolean) =>
    z.string().superRefine((id, ctx) => {
      const treat = regionTreat.get(id);
      if (treat === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown region "${id}": it is not in ${REGIONS_PATH} (known: ${[...regionTreat.keys()].join(', ')})`,
        });
      } else if (treatedOnly && !treat) {
        ctx.addIssue({
          code: 'custom',
          message: `"${id}" is a region SkinPen is not used on (treat: false in ${REGIONS_PATH}), so no depth may be given for it`,
        });
      }
    });
  const treatedRegions = z.array(regionId(true)).min(1, 'needs at least one region');

  const sourcedText = z.strictObject({
    /** The sentence in each language. */
    text: LocalTextSchema,
    /** Reference ids behind it; may be empty only for a statement of what was not found. */
    sources: sources.default([]),
  });

  const pointMeasure = z.strictObject({
    /** The value in mm. */
    valueMm: mm,
    /** Standard deviation in mm, when the source gives one. */
    sdMm: mm.nullable().default(null),
    /** Site within the area, when narrower than the area. */
    site: LocalTextSchema.nullable().default(null),
    /** How it was measured. */
    method: LocalTextSchema.nullable().default(null),
    /** Reference ids; at least one. */
    sources: sources.min(1),
  });

  const measure = z
    .strictObject({
      /** Lowest value found, mm; null when not measured. */
      minMm: mm.nullable(),
      /** Typical value, mm; null when the sources give none. */
      typicalMm: mm.nullable(),
      /** Highest value found, mm; null when not measured. */
      maxMm: mm.nullable(),
      /** Fields the fact sheet marks as derived (computed, not measured). */
      derivedFields: z.array(z.enum(['min', 'typical', 'max'])).default([]),
      /** How it was measured; null only when nothing was measured. */
      method: LocalTextSchema.nullable().default(null),
      /** The fact sheet's basis for the numbers, kept for reviewers (English, not shown to readers). */
      basis: z.string().min(3),
      /** Reference ids behind the numbers. */
      sources: sources.default([]),
    })
    .refine((m) => m.minMm === null || m.maxMm === null || m.minMm <= m.maxMm, 'minMm must not exceed maxMm')
    .refine(
      (m) => m.derivedFields.every((f) => m[`${f}Mm`] !== null),
      'derivedFields may only name fields that have a value',
    )
    .refine(
      (m) =>
        (m.minMm === null && m.typicalMm === null && m.maxMm === null) || (m.sources.length > 0 && m.method !== null),
      'a measure with a value needs a method and at least one source',
    );

  const region = z
    .strictObject({
      /** kebab-case id (the entry id). */
      id: kebab,
      /** The fact sheet's id for this region, for tracing back. */
      factSheetId: z.string().min(2),
      /** Display order in the area picker. */
      order: z.number().int().min(0),
      /** Face, neck or body. */
      area: areaSchema,
      /** Name shown to readers. */
      label: LocalTextSchema,
      /** Stratum corneum readings for this area; empty when none. */
      stratumCorneum: z.array(pointMeasure).default([]),
      /** Whole epidermis, mm. */
      epidermis: measure,
      /** Epidermis by high-frequency ultrasound, by sex, mm (ultrasound reads higher than histology). */
      epidermisUltrasound: z
        .strictObject({
          femaleMm: mm,
          maleMm: mm,
          site: LocalTextSchema.nullable().default(null),
          sources: sources.min(1),
        })
        .nullable()
        .default(null),
      /** Dermis, mm. */
      dermis: measure,
      /**
       * Depth to the fat (whole skin, epidermis plus dermis), mm: the lowest, typical and highest figure
       * across studies and methods. The diagram draws it as a band, never as one certain line.
       */
      total: measure.refine(
        (m) =>
          m.minMm !== null &&
          m.typicalMm !== null &&
          m.maxMm !== null &&
          m.minMm <= m.typicalMm &&
          m.typicalMm <= m.maxMm,
        'needs minMm <= typicalMm <= maxMm, all three given: the depth to the fat is drawn as a band',
      ),
      /** Fat layer under the skin, mm. */
      fat: pointMeasure.nullable().default(null),
      /** How the diagram is drawn: the bottom of the epidermis (null: no split measured) and a note. */
      drawing: z.strictObject({
        /** Bottom of the epidermis, mm; null where no split between epidermis and dermis was measured. */
        epidermisBottomMm: mm.nullable(),
        /** True when the drawn values were computed by the editors. */
        derived: z.boolean(),
        /** How the picture was drawn, with its sources. */
        note: sourcedText.nullable().default(null),
      }),
      /** False where SkinPen is not used (the eyelid inside the orbital rim): no depth or concern is shown. */
      treat: z.boolean().default(true),
      /** Why SkinPen is not used here, shown instead of any depth; required when `treat` is false. */
      noTreatment: sourcedText.optional(),
      /** Further sourced notes about the area. */
      notes: z.array(sourcedText).default([]),
      /** Every reference the fact sheet lists for the region. */
      sources: sources.min(1),
    })
    .refine((r) => r.treat || r.noTreatment !== undefined, {
      path: ['noTreatment'],
      message: 'say why SkinPen is not used here (required when treat is false)',
    })
    .refine(
      (r) =>
        r.drawing.epidermisBottomMm === null || r.total.minMm === null || r.drawing.epidermisBottomMm < r.total.minMm,
      {
        path: ['drawing', 'epidermisBottomMm'],
        message: 'must be above the shallowest depth to the fat (total.minMm)',
      },
    );

  const device = z.strictObject({
    id: kebab,
    kind: z.literal('device'),
    /** Shallowest setting, mm. */
    settingMinMm: mm,
    /** Deepest setting, mm. */
    settingMaxMm: mm,
    /** Step between settings, mm. */
    settingStepMm: mm.positive(),
    sources: sources.min(1),
  });

  const limit = z.strictObject({
    id: kebab,
    kind: z.literal('limit'),
    /** Regions it applies to; never a region SkinPen is not used on. */
    regions: treatedRegions,
    /** Deepest setting studied, mm. */
    maxMm: mm,
    /** Short legend label. */
    label: LocalTextSchema,
    /** Shown within the limit; `{max}` becomes the formatted limit. */
    within: LocalTextSchema,
    /** Shown above the limit, as a caution; `{max}` becomes the formatted limit. */
    above: LocalTextSchema,
    sources: sources.min(1),
  });

  const caveat = z.strictObject({
    id: kebab,
    kind: z.literal('caveat'),
    /** note (context) or caution (a safety point). */
    tone: z.enum(['note', 'caution']).default('note'),
    /** Parts of the body it applies to; empty = all. */
    areas: z.array(areaSchema).default([]),
    /** Region ids it applies to; empty = all. */
    regions: z.array(regionId(false)).default([]),
    text: LocalTextSchema,
    sources: sources.min(1),
  });

  const generalLayer = z.strictObject({
    id: kebab,
    kind: z.literal('general-layer'),
    /** Which layer the figure describes. */
    layer: z.literal('stratum-corneum'),
    /** The general figure, mm. */
    valueMm: mm,
    /** Where it comes from and how it was measured. */
    method: LocalTextSchema,
    sources: sources.min(1),
  });

  const concern = z
    .strictObject({
      id: kebab,
      kind: z.literal('concern'),
      /** Display order in the concern picker. */
      order: z.number().int().min(0),
      /** Regions the concern applies to (acne scars: the face outside the orbital rim); never a no-treatment region. */
      regions: treatedRegions,
      /** False where the evidence is too weak to draw a "depths used" band; the range is given in words. */
      drawBand: z.boolean().default(true),
      label: LocalTextSchema,
      /** Shallowest depth used, mm; null if the source gives only a maximum or nothing. */
      minMm: mm.nullable(),
      /** Deepest depth used, mm; null when there is no sourced range. */
      maxMm: mm.nullable(),
      /** Where and for whom; whether it is a cleared use. */
      where: LocalTextSchema,
      /** The evidence, plainly. */
      evidence: LocalTextSchema,
      sources: sources.default([]),
    })
    .refine((c) => c.maxMm !== null || c.minMm === null, 'a concern with a minimum needs a maximum')
    .refine((c) => c.minMm === null || c.maxMm === null || c.minMm <= c.maxMm, 'minMm must not exceed maxMm')
    .refine((c) => c.maxMm === null || c.sources.length > 0, 'a depth range needs at least one source');

  return {
    /** One entry per body or face area. */
    region,
    /** Device settings, studied limits, caveats, general layer figures and concerns. */
    depthGuidance: z.discriminatedUnion('kind', [device, limit, caveat, generalLayer, concern]),
  };
}

/** Schemas returned by {@link createLayerDepthDataSchemas}. */
type Schemas = ReturnType<typeof createLayerDepthDataSchemas>;
/** One validated skin region. */
export type SkinRegionEntry = z.output<Schemas['region']>;
/** One validated depth-guidance entry. */
export type DepthGuidanceEntry = z.output<Schemas['depthGuidance']>;
