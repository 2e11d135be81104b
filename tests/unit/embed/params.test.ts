import { describe, expect, it } from 'vitest';
import { layerDepthEmbed } from '../../../src/components/widgets/layer-depth/embed';
import { recoveryTimelineEmbed } from '../../../src/components/widgets/recovery-timeline/embed';
import { checkFragment, COMMON_PARAM_SCHEMAS, parseEmbedParams } from '../../../src/embed/params';
import { layerDepthProps, recoveryTimelineProps } from '../../support/content';

const layer = { ...COMMON_PARAM_SCHEMAS, ...layerDepthEmbed.paramSchemas(layerDepthProps()) };
const timeline = { ...COMMON_PARAM_SCHEMAS, ...recoveryTimelineEmbed.paramSchemas(recoveryTimelineProps()) };

describe('parseEmbedParams', () => {
  it('accepts good values and converts them', () => {
    expect(
      parseEmbedParams('?lang=es&theme=dark&accent=%23AA3300&region=neck&depth=1.5&concern=acne-scars', layer),
    ).toEqual({
      values: { lang: 'es', theme: 'dark', accent: '#aa3300', region: 'neck', depth: 1.5, concern: 'acne-scars' },
      warnings: [],
    });
    expect(parseEmbedParams('day=3&planner=true', timeline).values).toEqual({ day: 3, planner: true });
  });

  it.each([
    ['accent=7a3e9d', '#7a3e9d'],
    ['accent=%237A3E9D', '#7a3e9d'],
    ['accent=%230b6e4f', '#0b6e4f'],
  ])('reads %s as the colour %s, with or without "#"', (query, colour) => {
    expect(parseEmbedParams(query, layer)).toEqual({ values: { accent: colour }, warnings: [] });
  });

  it.each([
    ['wrong type', 'depth=deep', 'depth'],
    ['out of range', 'depth=2.75', 'depth'],
    ['far out of range', 'depth=1e9', 'depth'],
    ['negative', 'day=-1', 'day'],
    ['not a whole day', 'day=2.5', 'day'],
    ['unknown language', 'lang=fr', 'lang'],
    ['markup', 'region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'region'],
    ['script in a colour', 'accent=%23000000%3B%7D%3Cscript%3E', 'accent'],
    ['a named colour', 'accent=red', 'accent'],
    ['a short colour', 'accent=fff', 'accent'],
    ['an unknown area', 'region=eyeball', 'region'],
    ['a very long string', `concern=${'a'.repeat(5000)}`, 'concern'],
    ['an empty value', 'theme=', 'theme'],
    ['an unknown parameter', 'colour=blue', 'colour'],
    ['__proto__', '__proto__=polluted', '__proto__'],
    ['constructor', 'constructor=x', 'constructor'],
  ])('refuses %s with one warning and no value', (_name, query, param) => {
    const schemas = /day|planner/.test(query) ? timeline : layer;
    const { values, warnings } = parseEmbedParams(query, schemas);
    expect(Object.keys(values)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(param.slice(0, 20));
    expect(warnings[0]).not.toMatch(/<img|<script/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('uses the first of repeated parameters and warns once', () => {
    expect(parseEmbedParams('lang=es&lang=en', layer)).toEqual({
      values: { lang: 'es' },
      warnings: ['SkinPen embed: parameter "lang" was given more than once; the first value is used.'],
    });
  });

  it.each(['lang=&lang=es', 'lang=xx&lang=es'])(
    'says the default is used when the first of repeated values (%s) was refused',
    (query) => {
      const { values, warnings } = parseEmbedParams(query, layer);
      expect(values).toEqual({});
      expect(warnings).toHaveLength(2);
      expect(warnings[1]).toBe(
        'SkinPen embed: parameter "lang" was given more than once; the first value was refused, so the default is used.',
      );
    },
  );

  it('gives many unknown parameters one warning that counts them', () => {
    const query = Array.from({ length: 1500 }, (_, i) => `p${i}=x`).join('&');
    expect(parseEmbedParams(`${query}&lang=es`, layer)).toEqual({
      values: { lang: 'es' },
      warnings: ['SkinPen embed: unknown parameters "p0", "p1", "p2", "p3", "p4" and 1,495 more were ignored.'],
    });
  });

  it('escapes direction controls in a refused value, so the console shows what was sent', () => {
    const [warning] = parseEmbedParams('lang=%E2%80%AEes', layer).warnings;
    expect(warning).toContain('\\u202e');
    expect(warning).not.toContain('\u202e');
  });

  it('keeps good parameters when others are bad', () => {
    const { values, warnings } = parseEmbedParams('lang=es&depth=abc&region=neck', layer);
    expect(values).toEqual({ lang: 'es', region: 'neck' });
    expect(warnings).toHaveLength(1);
  });
});

describe('checkFragment', () => {
  const names = Object.keys(layer);

  it.each([
    ['#0b6e4f&lang=es', 'lang among them'],
    ['#0b6e4f', 'nothing after it'],
    ['#accent=0b6e4f&region=neck', 'accent, region among them'],
  ])('warns when %s looks like parameters cut off by an unencoded "#"', (hash, says) => {
    const warning = checkFragment(hash, names);
    expect(warning).toContain(says);
    expect(warning).toContain('accent=0b6e4f');
  });

  it.each(['', '#', '#?secret=abc123&marker=x', '#top', '#ref-12'])('says nothing for the fragment %j', (hash) => {
    expect(checkFragment(hash, names)).toBeNull();
  });
});
