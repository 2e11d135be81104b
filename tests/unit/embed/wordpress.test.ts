import { describe, expect, it } from 'vitest';
import { createWordPressHeightMessage, readWordPressSecret, wordPressLinkTarget } from '../../../src/embed/wordpress';

describe('readWordPressSecret', () => {
  it.each([
    ['#?secret=abcDEF1234', 'abcDEF1234'],
    ['#secret=abcDEF1234', 'abcDEF1234'],
    ['#?foo=1&secret=abcDEF1234', 'abcDEF1234'],
    ['#?secret=abcDEF1234&x=y', 'abcDEF1234'],
    ['', undefined],
    ['#?secret=short', undefined],
    ['#?secret=abcDEF12345', undefined],
    ['#?secret=abc<ef1234', undefined],
    ['#?notsecret=abcDEF1234', undefined],
    ['#accent=0b6e4f&lang=es', undefined],
  ])('%j holds the secret %j', (hash, expected) => {
    expect(readWordPressSecret(hash)).toBe(expected);
  });
});

describe('createWordPressHeightMessage', () => {
  it('is the shape wp-embed.js reads: message, a whole-pixel value and the secret', () => {
    expect(createWordPressHeightMessage('abcDEF1234', 812.2)).toEqual({
      message: 'height',
      value: 813,
      secret: 'abcDEF1234',
    });
  });
});

describe('wordPressLinkTarget', () => {
  const page = 'https://guide.example.org/embed/layer-depth/?lang=es#?secret=abcDEF1234';
  it.each([
    ['https://guide.example.org/references/#ref-9', 'https://guide.example.org/references/#ref-9'],
    ['/articles/aftercare/', 'https://guide.example.org/articles/aftercare/'],
    ['http://guide.example.org/references/', 'http://guide.example.org/references/'],
    ['https://pubmed.ncbi.nlm.nih.gov/1/', undefined],
    ['https://guide.example.org.evil.test/', undefined],
    ['tel:911', undefined],
    ['mailto:editor@example.org', undefined],
    ['javascript:alert(1)', undefined],
    ['http://[bad', undefined],
  ])('%s is handed to WordPress as %j', (href, expected) => {
    expect(wordPressLinkTarget(href, page)).toBe(expected);
  });
});
