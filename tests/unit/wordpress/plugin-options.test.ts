// The WordPress plugin validates shortcode, block and pasted-URL options against
// wordpress-plugin/skinpen-guide-embeds/options.json, a copy of what the embeds accept. This test
// derives that file from the embeds' own schemas and data and fails when the copy is stale:
//   UPDATE_PLUGIN_OPTIONS=1 npx vitest run tests/unit/wordpress/plugin-options.test.ts
// rewrites it. It also probes the embeds' parser with every listed value and each range's edges.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { layerDepthEmbed } from '../../../src/components/widgets/layer-depth/embed';
import { recoveryTimelineEmbed } from '../../../src/components/widgets/recovery-timeline/embed';
import { MAX_INITIAL_DAY } from '../../../src/components/widgets/recovery-timeline/schema';
import { LANGS } from '../../../src/components/widgets/shared/i18n';
import { COMMON_PARAM_SCHEMAS, parseEmbedParams, type ParamSchemas } from '../../../src/embed/params';
import { EMBED_WIDGETS, MAX_PARAM_LENGTH } from '../../../src/embed/widgets';
import { layerDepthProps, recoveryTimelineProps } from '../../support/content';

const FILE = 'wordpress-plugin/skinpen-guide-embeds/options.json';

type Spec =
  | { type: 'enum'; values: string[] }
  | { type: 'boolean' }
  | { type: 'colour' }
  | { type: 'number'; min: number; max: number }
  | { type: 'integer'; min: number; max: number }
  | { type: 'whole'; min: number; max: number }
  | { type: 'text'; maxLength: number }
  | { type: 'phone'; maxLength: number }
  | { type: 'https'; maxLength: number };

const regions = parse(readFileSync('src/content/skin-regions/skin-regions.yaml', 'utf8')) as { id: string }[];
const guidance = parse(readFileSync('src/content/depth-guidance/depth-guidance.yaml', 'utf8')) as {
  id: string;
  kind: string;
  settingMinMm?: number;
  settingMaxMm?: number;
}[];
const device = guidance.find((g) => g.kind === 'device');
const regionIds = regions.map((r) => r.id);
const concernIds = guidance.filter((g) => g.kind === 'concern').map((g) => g.id);
const maxDepthMm = device?.settingMaxMm ?? Number.NaN;
const activities = parse(readFileSync('src/content/recovery-activities/activities.yaml', 'utf8')) as {
  id: string;
  sourcesRange: { minHours: number; maxHours: number } | null;
}[];
const series = parse(readFileSync('src/content/treatment-series/series.yaml', 'utf8')) as {
  intervalRangeDays: { min: number; max: number };
}[];
// A clinic may time an activity whose sources give a range (not one time), and its interval within every series' range.
const timings = Object.fromEntries(
  activities.flatMap((a) =>
    a.sourcesRange && a.sourcesRange.minHours < a.sourcesRange.maxHours
      ? [[`t-${a.id}`, { type: 'whole', min: a.sourcesRange.minHours, max: a.sourcesRange.maxHours }]]
      : [],
  ),
);
const interval: Spec = {
  type: 'whole',
  min: Math.min(...series.map((s) => s.intervalRangeDays.min)),
  max: Math.max(...series.map((s) => s.intervalRangeDays.max)),
};

const common: Record<string, Spec> = {
  lang: { type: 'enum', values: [...LANGS] },
  theme: { type: 'enum', values: [...COMMON_PARAM_SCHEMAS.theme.options] },
  accent: { type: 'colour' },
  clinic: { type: 'text', maxLength: 80 },
  phone: { type: 'phone', maxLength: 25 },
  'after-hours': { type: 'phone', maxLength: 25 },
  website: { type: 'https', maxLength: 200 },
};
const widgets: Record<string, { schemas: ParamSchemas; params: Record<string, Spec> }> = {
  'layer-depth': {
    schemas: { ...COMMON_PARAM_SCHEMAS, ...layerDepthEmbed.paramSchemas(layerDepthProps()) },
    params: {
      ...common,
      region: { type: 'enum', values: regionIds },
      depth: { type: 'number', min: device?.settingMinMm ?? Number.NaN, max: maxDepthMm },
      concern: { type: 'enum', values: ['none', ...concernIds] },
    },
  },
  'recovery-timeline': {
    schemas: { ...COMMON_PARAM_SCHEMAS, ...recoveryTimelineEmbed.paramSchemas(recoveryTimelineProps()) },
    params: {
      ...common,
      day: { type: 'integer', min: 0, max: MAX_INITIAL_DAY },
      planner: { type: 'boolean' },
      interval,
      ...timings,
    },
  },
};

const expected = {
  version: 1,
  maxLength: MAX_PARAM_LENGTH,
  loader: '/embed/v1/loader.js',
  widgets: Object.fromEntries(
    Object.entries(widgets).map(([id, w]) => [
      id,
      {
        title: { ...EMBED_WIDGETS[id as keyof typeof EMBED_WIDGETS].title },
        height: EMBED_WIDGETS[id as keyof typeof EMBED_WIDGETS].heightPx,
        params: w.params,
      },
    ]),
  ),
};

if (process.env['UPDATE_PLUGIN_OPTIONS'])
  writeFileSync(FILE, await format(JSON.stringify(expected), { ...(await resolveConfig(FILE)), parser: 'json' }));

/** Whether the embed page accepts `value` for `name`. */
function accepts(schemas: ParamSchemas, name: string, value: string): boolean {
  return Object.hasOwn(parseEmbedParams(`?${new URLSearchParams({ [name]: value })}`, schemas).values, name);
}

describe('the WordPress plugin option lists', () => {
  it('match what the embeds accept (regenerate with UPDATE_PLUGIN_OPTIONS=1 when this fails)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(expected);
  });

  it.each(Object.keys(widgets))('name every query parameter the %s embed reads, and no other', (id) => {
    expect(Object.keys(widgets[id]?.params ?? {}).sort()).toEqual(Object.keys(widgets[id]?.schemas ?? {}).sort());
  });

  const cases = Object.entries(widgets).flatMap(([id, w]) =>
    Object.entries(w.params).map(([name, spec]) => ({ id, name, spec })),
  );
  it.each(cases)('$id $name: the embed accepts what the list allows and refuses its edges', ({ id, name, spec }) => {
    const schemas = widgets[id]?.schemas ?? {};
    const s = spec;
    const [good, bad]: [string[], string[]] =
      s.type === 'enum'
        ? [s.values, ['', 'xx', `${s.values[0]}x`, (s.values[0] ?? '').toUpperCase()]]
        : s.type === 'boolean'
          ? [
              ['true', 'false'],
              ['yes', '1', 'TRUE'],
            ]
          : s.type === 'colour'
            ? [
                ['#0b6e4f', '#ABCDEF'],
                ['red', '#abc', '#0b6e4f0', 'javascript:alert(1)'],
              ]
            : s.type === 'text'
              ? [
                  ['Clínica Sol', 'Dr. Lee & Partners', 'x'.repeat(s.maxLength)],
                  ['<b>x</b>', 'a\u0000b', 'a\u202eb', 'x'.repeat(s.maxLength + 1)],
                ]
              : s.type === 'phone'
                ? [
                    ['(555) 010-2000', '+44 20 7946 0000', '911'],
                    ['555-CALL-NOW', '12', '+1 555 010 2000 0000 0', 'javascript:1', '1'.repeat(s.maxLength + 1)],
                  ]
                : s.type === 'https'
                  ? [
                      ['https://clinic.example', 'https://clinic.example/aftercare?x=1'],
                      [
                        'http://clinic.example',
                        'javascript:alert(1)',
                        'https://user:pw@clinic.example',
                        'https://localhost',
                        'https://clínica.example',
                        'https:clinic.example',
                        'https://clinic.example\\x',
                        `https://${'a'.repeat(s.maxLength)}.example`,
                      ],
                    ]
                  : s.type === 'whole'
                    ? [
                        [String(s.min), String(s.max)],
                        [String(s.min - 1), String(s.max + 1), '3.5', '+30', '1e1', 'x'],
                      ]
                    : s.type === 'integer'
                      ? [
                          [String(s.min), String(s.max), '14'],
                          [String(s.min - 1), String(s.max + 1), '3.5', 'x'],
                        ]
                      : [
                          [String(s.min), String(s.max), '1.25'],
                          [String(s.min - 0.25), String(s.max + 0.25), 'deep'],
                        ];
    for (const value of good) expect(accepts(schemas, name, value), `${name}=${value}`).toBe(true);
    for (const value of bad) expect(accepts(schemas, name, value), `${name}=${value}`).toBe(false);
  });
});
