import { describe, expect, it } from 'vitest';
import { layerDepthEmbed } from '../../../src/components/widgets/layer-depth/embed';
import { recoveryTimelineEmbed } from '../../../src/components/widgets/recovery-timeline/embed';
import { checkFragment, COMMON_PARAM_SCHEMAS, parseEmbedParams } from '../../../src/embed/params';
import { embedParamsToProfile, profileToEmbedParams } from '../../../src/components/widgets/shared/clinic';
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

describe('the clinic parameters', () => {
  it.each([
    ['clinic=Cl%C3%ADnica%20Sol', { clinic: 'Clínica Sol' }],
    ['clinic=%20%20Dr.%20%20Lee%20%26%20Partners%20', { clinic: 'Dr. Lee & Partners' }],
    ['phone=(555)%20010-2000', { phone: '(555) 010-2000' }],
    ['after-hours=%2B44%2020%207946%200000', { 'after-hours': '+44 20 7946 0000' }],
    ['website=https%3A%2F%2Fclinic.example%2Faftercare', { website: 'https://clinic.example/aftercare' }],
    ['website=https%3A%2F%2FClinic.Example', { website: 'https://clinic.example/' }],
    ['interval=28', { interval: 28 }],
    ['t-makeup=48', { 't-makeup': 48 }],
    ['t-sun=72&t-sun=96', { 't-sun': 72 }],
  ])('accepts %s', (query, expected) => {
    expect(parseEmbedParams(query, timeline).values).toEqual(expected);
  });

  it.each([
    ['markup in the name', 'clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'clinic', 'markup'],
    ['a direction control in the name', 'clinic=Sol%E2%80%AE', 'clinic', 'control'],
    ['a name over 80 characters', `clinic=${'a'.repeat(81)}`, 'clinic', 'longer than 80'],
    ['letters in a phone', 'phone=555-CALL-NOW', 'phone', 'digits'],
    ['too few digits', 'phone=12', 'phone', '3 to 15 digits'],
    ['a phone over 25 characters', `after-hours=${'1'.repeat(26)}`, 'after-hours', 'longer than 25'],
    ['a javascript: website', 'website=javascript%3Aalert(1)', 'website', 'https://'],
    ['an http: website', 'website=http%3A%2F%2Fclinic.example', 'website', 'https://'],
    ['a website without slashes', 'website=https%3Aclinic.example', 'website', 'https://'],
    ['a website with a password', 'website=https%3A%2F%2Fu%3Ap%40clinic.example', 'website', 'password'],
    ['a website with an accented host', 'website=https%3A%2F%2Fcl%C3%ADnica.example', 'website', 'xn--'],
    ['a website over 200 characters', `website=https%3A%2F%2F${'a'.repeat(200)}.example`, 'website', '200'],
    ['an interval outside the sources', 'interval=14', 'interval', 'between 28 and 30 days'],
    ['makeup sooner than any source', 't-makeup=12', 't-makeup', 'between 24 and 48 hours'],
    ['a fraction of an hour', 't-makeup=30.5', 't-makeup', 'whole number'],
    ['sunscreen, which has one sourced time', 't-sunscreen=24', 't-sunscreen', 'unknown'],
  ])('refuses %s with one warning, and uses the default', (_name, query, param, reason) => {
    const { values, warnings } = parseEmbedParams(query, timeline);
    expect(values).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(param);
    expect(warnings[0]).toContain(reason);
    expect(warnings[0]).not.toMatch(/<img/);
  });

  it('reads the layer-depth embed’s clinic the same way', () => {
    expect(parseEmbedParams('clinic=Sol&phone=911&t-makeup=48', layer)).toMatchObject({
      values: { clinic: 'Sol', phone: '911' },
    });
  });

  it.each([
    [{}],
    [{ name: 'Clínica Sol' }],
    [{ name: 'Dr. Lee & Partners', phone: '(555) 010-2000', afterHoursPhone: '+1 555 010 9999' }],
    [{ website: 'https://clinic.example/aftercare', intervalDays: 30, timings: { makeup: 24, sun: 336 } }],
    [{ timings: { 'hair-removal': 120, retinoids: 168, swimming: 96, exercise: 72, heat: 168, painkillers: 336 } }],
  ])('a profile survives the trip to embed parameters and back: %j', (profile) => {
    const query = new URLSearchParams(profileToEmbedParams(profile)).toString();
    const { values, warnings } = parseEmbedParams(query, timeline);
    expect(warnings).toEqual([]);
    expect(embedParamsToProfile(values)).toEqual(profile);
  });
});
