import { describe, expect, it } from 'vitest';
import { layerDepthParamSchemas, parseEmbedParams, recoveryTimelineParamSchemas } from '../../../src/embed/params';

const layer = layerDepthParamSchemas(['cheek', 'forehead', 'neck'], ['acne-scars', 'neck-wrinkles'], 2.5);
const timeline = recoveryTimelineParamSchemas();

describe('parseEmbedParams', () => {
  it('accepts good values and converts them', () => {
    expect(
      parseEmbedParams('?lang=es&theme=dark&accent=%23AA3300&region=neck&depth=1.5&concern=acne-scars', layer),
    ).toEqual({
      values: { lang: 'es', theme: 'dark', accent: '#AA3300', region: 'neck', depth: 1.5, concern: 'acne-scars' },
      warnings: [],
    });
    expect(parseEmbedParams('day=3&planner=true', timeline).values).toEqual({ day: 3, planner: true });
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

  it('keeps good parameters when others are bad', () => {
    const { values, warnings } = parseEmbedParams('lang=es&depth=abc&region=neck', layer);
    expect(values).toEqual({ lang: 'es', region: 'neck' });
    expect(warnings).toHaveLength(1);
  });
});
