// The plugin's PHP on its own: every file parses, its checks accept exactly what the embeds'
// own parser accepts, it takes only the guide's own URLs and origins, and through a real
// WordPress nothing a shortcode's author types reaches the page as markup.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { layerDepthEmbed } from '../../src/components/widgets/layer-depth/embed';
import { recoveryTimelineEmbed } from '../../src/components/widgets/recovery-timeline/embed';
import { COMMON_PARAM_SCHEMAS, parseEmbedParams, type ParamSchemas } from '../../src/embed/params';
import { MAX_PARAM_LENGTH } from '../../src/embed/widgets';
import { layerDepthProps, recoveryTimelineProps } from '../support/content';
import { wordpressRun } from './site';

const PLUGIN = 'wordpress-plugin/skinpen-guide-embeds';

type Spec = { type: string; values?: string[]; min?: number; max?: number };
interface Options {
  widgets: Record<string, { params: Record<string, Spec> }>;
}
const options = JSON.parse(readFileSync(path.join(PLUGIN, 'options.json'), 'utf8')) as Options;

/** Runs the plugin's checks in PHP on each case; see validate.php. */
function php(cases: unknown[]): unknown[] {
  const result = spawnSync('php', ['tests/wordpress/validate.php'], { input: JSON.stringify(cases), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as unknown[];
}

function listFiles(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), ext) : e.name.endsWith(ext) ? [path.join(dir, e.name)] : [],
  );
}

test('every PHP file of the plugin and of the harness passes php -l', () => {
  const files = [...listFiles(PLUGIN, '.php'), ...listFiles('tests/wordpress', '.php')];
  expect(files.length).toBeGreaterThanOrEqual(8);
  for (const file of files) {
    const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    expect(lint.status, `${file}: ${lint.stdout}${lint.stderr}`).toBe(0);
  }
});

test('the plugin accepts exactly the values the embeds accept, and nothing else', () => {
  // The embeds' own parameter schemas, over the same data the plugin's lists come from.
  const schemas: Record<string, ParamSchemas> = {
    'layer-depth': { ...COMMON_PARAM_SCHEMAS, ...layerDepthEmbed.paramSchemas(layerDepthProps()) },
    'recovery-timeline': { ...COMMON_PARAM_SCHEMAS, ...recoveryTimelineEmbed.paramSchemas(recoveryTimelineProps()) },
  };
  const hostile = [
    '',
    ' ',
    '<script>alert(1)</script>',
    '"><b>x</b>',
    'javascript:alert(1)',
    'x'.repeat(MAX_PARAM_LENGTH + 1),
  ];
  const cases: { widget: string; name: string; value: string }[] = [];
  for (const [widget, { params }] of Object.entries(options.widgets)) {
    for (const [name, spec] of Object.entries(params)) {
      const values = [...hostile, ...(spec.values ?? []), ...(spec.values ?? []).map((v) => v.toUpperCase())];
      if (spec.type === 'boolean') values.push('true', 'false', 'TRUE', 'yes', '1');
      if (spec.type === 'colour') values.push('#0b6e4f', '#ABCDEF', '#abc', 'red', '#0b6e4f;x');
      if (spec.type === 'text')
        values.push(
          'Clínica Sol',
          '  Dr.   Lee\t& Partners ',
          'a\u00a0b',
          'a\u0000b',
          'a\u202eb',
          'x'.repeat(80),
          'é'.repeat(81),
        );
      if (spec.type === 'phone')
        values.push('(555) 010-2000', '+44 20 7946 0000', '911', '12', '555-CALL-NOW', '٥٥٥١٢٣٤');
      if (spec.type === 'https')
        values.push(
          'https://clinic.example',
          'HTTPS://Clinic.Example/aftercare?x=1#top',
          'http://clinic.example',
          'https:clinic.example',
          'https://user:pw@clinic.example',
          'https://localhost',
          'https://clínica.example',
          'https://clinic.example\\x',
          'https://clinic.example:99999/',
          `https://${'a'.repeat(200)}.example`,
        );
      if (spec.type === 'whole') values.push('+30', '1e1', '030', '3.5');
      if (spec.min !== undefined && spec.max !== undefined)
        values.push(
          ...[spec.min, spec.max, spec.min - 1, spec.max + 1, (spec.min + spec.max) / 2].map(String),
          '1.25',
          '7',
          'ten',
        );
      for (const value of values) cases.push({ widget, name, value });
    }
    cases.push({ widget, name: 'unknown', value: 'en' }, { widget, name: '__proto__', value: 'en' });
  }
  const results = php(cases.map((c) => ({ validate: [c.widget, { [c.name]: c.value }] }))) as {
    values: Record<string, string> | [];
  }[];
  const mismatches: string[] = [];
  cases.forEach((c, i) => {
    const fromPhp = results[i]?.values;
    const phpValue = Array.isArray(fromPhp) ? undefined : fromPhp?.[c.name];
    const parsed = parseEmbedParams(`?${new URLSearchParams({ [c.name]: c.value })}`, schemas[c.widget] ?? {}).values;
    const tsAccepts = Object.hasOwn(parsed, c.name);
    if (tsAccepts !== (phpValue !== undefined)) {
      mismatches.push(`${c.widget} ${c.name}=${JSON.stringify(c.value)}: embed ${tsAccepts}, plugin ${phpValue}`);
      return;
    }
    // What the plugin passes on must mean the same to the embed as what was typed.
    if (phpValue !== undefined) {
      const again = parseEmbedParams(`?${new URLSearchParams({ [c.name]: phpValue })}`, schemas[c.widget] ?? {});
      if (again.values[c.name] !== parsed[c.name])
        mismatches.push(`${c.widget} ${c.name}=${JSON.stringify(c.value)} becomes ${JSON.stringify(phpValue)}`);
    }
  });
  expect(cases.length).toBeGreaterThan(100);
  expect(mismatches, mismatches.join('\n')).toEqual([]);
});

test('only the guide’s own embed URLs are taken over, with their options', () => {
  const guide = 'https://guide.example.org';
  const table: [string, unknown][] = [
    [`${guide}/embed/layer-depth/`, ['layer-depth', []]],
    [`${guide}/embed/layer-depth`, ['layer-depth', []]],
    [`${guide}/embed/recovery-timeline/?lang=es&planner=true`, ['recovery-timeline', { lang: 'es', planner: 'true' }]],
    [`${guide}/embed/layer-depth/?lang=es&lang=en&region=ne%63k`, ['layer-depth', { lang: 'es', region: 'neck' }]],
    [
      `${guide}/embed/recovery-timeline/es/planner/day-3/`,
      ['recovery-timeline', { lang: 'es', planner: 'true', day: '3' }],
    ],
    [`${guide}/embed/layer-depth/es/neck/?depth=1.5`, ['layer-depth', { lang: 'es', region: 'neck', depth: '1.5' }]],
    [`${guide}/embed/layer-depth/neck/?region=forehead`, ['layer-depth', { region: 'neck' }]],
    [`${guide}.evil.test/embed/layer-depth/`, null],
    [`${guide}@evil.test/embed/layer-depth/`, null],
    [`https://evil.test/?${guide}/embed/layer-depth/`, null],
    [`http://guide.example.org/embed/layer-depth/`, null],
    [`${guide}/embed/../for-clinics/`, null],
    [`${guide}/embed/not-a-widget/`, null],
    [`${guide}/embed/oembed/layer-depth.json`, null],
    [`${guide}/articles/aftercare/`, null],
  ];
  const results = php(table.map(([url]) => ({ url: [url, guide] })));
  expect(results).toEqual(table.map(([, expected]) => expected));
});

test('the guide’s address must be an https origin (http only on this computer)', () => {
  const table: [unknown, string][] = [
    ['https://guide.example.org', 'https://guide.example.org'],
    ['https://Guide.Example.org/', 'https://guide.example.org'],
    ['https://guide.example.org:8443', 'https://guide.example.org:8443'],
    ['http://localhost:4356', 'http://localhost:4356'],
    ['http://guide.example.org', ''],
    ['https://guide.example.org/guide/', ''],
    ['https://user:pw@guide.example.org', ''],
    ['https://guide.example.org/?x=1', ''],
    ['javascript:alert(1)', ''],
    ['guide.example.org', ''],
    ['https://guide example.org', ''],
    ['', ''],
    [42, ''],
  ];
  expect(php(table.map(([origin]) => ({ origin })))).toEqual(table.map(([, expected]) => expected));
});

test('through WordPress, hostile shortcode attributes never reach the page as markup', async ({ request }) => {
  const { guide, sites } = wordpressRun();
  const html = await (await request.get(sites.plugin.pages['Hostile shortcode'] ?? '')).text();
  const placeholder = /<div class="skinpen-guide-embed"[^>]*>/.exec(html)?.[0] ?? '';
  // Only the valid option survives; the refused ones fall back to the embed's defaults.
  expect(placeholder).toBe('<div class="skinpen-guide-embed" data-skinpen-widget="layer-depth" data-lang="es">');
  expect(html).not.toMatch(/<img src=x|onerror|onload="alert|evil\.test|__proto__/);
  expect(html).toContain(`<a href="${guide}/embed/layer-depth/?lang=es">`);
  expect(html).toMatch(new RegExp(`<script[^>]*src='${guide}/embed/v1/loader\\.js'`));
  // WordPress 6.1 itself logs deprecations on PHP 8.2; the plugin must log nothing.
  expect(readFileOrEmpty(sites.plugin.debugLog)).not.toMatch(/skinpen-guide-embeds/);
});

test('through WordPress, raw markup typed into a shortcode never reaches the page', async ({ request }) => {
  const html = await (await request.get(wordpressRun().sites.plugin.pages['Markup in a shortcode'] ?? '')).text();
  expect(html).not.toMatch(/<script>alert|data-region/);
});

function readFileOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
