import { describe, expect, it } from 'vitest';
import {
  readClinicLang,
  readClinicName,
  readInterval,
  readPhone,
  readTiming,
  readWebsite,
  toTelHref,
  type ClinicLimits,
} from '../../../../src/lib/clinic/profile';

const limits: ClinicLimits = {
  activityRanges: { makeup: { minHours: 24, maxHours: 48 }, exercise: { minHours: 72, maxHours: 168 } },
  intervalRangeDays: { min: 28, max: 42 },
};

describe('clinic name', () => {
  it.each([
    ['Bright Skin Clinic', 'Bright Skin Clinic'],
    ['  Smith & Jones   Dermatology ', 'Smith & Jones Dermatology'],
    ['Clínica Piel Sana', 'Clínica Piel Sana'],
    ['A'.repeat(80), 'A'.repeat(80)],
  ])('keeps %j as %j', (raw, value) => {
    expect(readClinicName(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['<img src=x onerror=alert(1)>', 'contains markup or control characters'],
    ['Clinic</title>', 'contains markup or control characters'],
    ['Clinic\u0000', 'contains markup or control characters'],
    ['Clinic\u202eevil', 'contains markup or control characters'],
    ['A'.repeat(81), 'is longer than 80 characters'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(readClinicName(raw)).toEqual({ ok: false, reason });
  });
});

describe('phone numbers', () => {
  it.each([
    ['(555) 010-2000', 'tel:5550102000'],
    ['+1 555 010 2000', 'tel:+15550102000'],
    ['020 7946 0000', 'tel:02079460000'],
    ['911', 'tel:911'],
    ['555.010.2000', 'tel:5550102000'],
  ])('accepts %j and calls %s', (raw, href) => {
    const result = readPhone(raw);
    expect(result.ok).toBe(true);
    expect(toTelHref(raw)).toBe(href);
  });

  it.each([
    ['555-CLINIC', 'may hold only digits, spaces, + ( ) . and -'],
    ['javascript:alert(1)', 'may hold only digits, spaces, + ( ) . and -'],
    ['1+555', 'may hold only digits, spaces, + ( ) . and -'],
    ['12', 'must have 3 to 15 digits'],
    ['1234567890123456', 'must have 3 to 15 digits'],
    [`${'1 '.repeat(13)}1`, 'is longer than 25 characters'],
    ['', 'is empty'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(readPhone(raw)).toEqual({ ok: false, reason });
  });
});

describe('website', () => {
  it.each([
    ['https://brightskin.example', 'https://brightskin.example/'],
    ['https://www.brightskin.example/aftercare?x=1', 'https://www.brightskin.example/aftercare?x=1'],
  ])('accepts %j', (raw, value) => {
    expect(readWebsite(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['http://brightskin.example', 'must start with https://'],
    ['javascript:alert(1)', 'must start with https://'],
    ['data:text/html,<b>x</b>', 'must start with https://'],
    ['https://user:pw@brightskin.example', 'must not contain a user name or password'],
    ['https://localhost', 'needs a host name such as example.com'],
    ['brightskin.example', 'is not a web address'],
    [`https://a.example/${'x'.repeat(200)}`, 'is longer than 200 characters'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(readWebsite(raw)).toEqual({ ok: false, reason });
  });
});

describe('languages', () => {
  it.each(['en', 'es', 'both'])('accepts %s', (raw) => {
    expect(readClinicLang(raw)).toEqual({ ok: true, value: raw });
  });
  it.each(['fr', 'EN', '', 'en,es'])('refuses %j', (raw) => {
    expect(readClinicLang(raw).ok).toBe(false);
  });
});

describe('clinic timings', () => {
  it.each([
    ['makeup', '24', 24],
    ['makeup', '48', 48],
    ['makeup', '36', 36],
    ['exercise', '72', 72],
  ])('accepts %s at %s hours', (id, raw, value) => {
    expect(readTiming(id, raw, limits)).toEqual({ ok: true, value });
  });

  it.each([
    ['makeup', '12', 'must be between 24 and 48 hours, the range the sources give'],
    ['makeup', '49', 'must be between 24 and 48 hours, the range the sources give'],
    ['makeup', '1e2', 'must be a whole number of hours'],
    ['makeup', '0x30', 'must be a whole number of hours'],
    ['makeup', '-24', 'must be a whole number of hours'],
    ['makeup', '36.5', 'must be a whole number of hours'],
    ['sauna', '72', 'is not an activity a clinic can time'],
    ['__proto__', '24', 'is not an activity a clinic can time'],
  ])('refuses %s at %j', (id, raw, reason) => {
    expect(readTiming(id, raw, limits)).toEqual({ ok: false, reason });
  });

  it.each([
    ['28', true],
    ['42', true],
    ['27', false],
    ['43', false],
    ['thirty', false],
  ])('reads a session interval of %j days: %s', (raw, ok) => {
    expect(readInterval(raw, limits).ok).toBe(ok);
  });
});
