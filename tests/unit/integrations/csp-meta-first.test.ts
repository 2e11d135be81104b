import { describe, expect, it } from 'vitest';
import { moveCspMetaFirst } from '../../../src/integrations/csp-meta-first';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('moveCspMetaFirst', () => {
  it.each([
    [
      'moves the policy from the end of the head to right after the charset',
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><script>x()</script>${csp}<link rel="stylesheet" href="/a.css"></head><body></body></html>`,
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp}<title>T</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    ],
    [
      'leaves a page whose policy is already first as it is',
      `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>T</title></head></html>`,
      `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>T</title></head></html>`,
    ],
    [
      'leaves a page without a policy as it is',
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head></html>',
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head></html>',
    ],
    [
      'leaves a page that does not start with its charset as it is',
      `<!DOCTYPE html><html><head><title>T</title>${csp}</head></html>`,
      `<!DOCTYPE html><html><head><title>T</title>${csp}</head></html>`,
    ],
  ])('%s', (_name, html, expected) => {
    expect(moveCspMetaFirst(html)).toBe(expected);
  });
});
