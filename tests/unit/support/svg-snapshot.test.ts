import { describe, expect, it } from 'vitest';
import { formatMarkupSnapshot } from '../../support/svg-snapshot';

describe('formatMarkupSnapshot', () => {
  it('puts one element per line, indented by depth, with text-only elements whole', () => {
    expect(formatMarkupSnapshot('<svg><g><rect x="1"></rect><text>A b</text></g><path d="M0 0"/></svg>')).toBe(
      '<svg>\n  <g>\n    <rect x="1"></rect>\n    <text>A b</text>\n  </g>\n  <path d="M0 0"/>\n</svg>\n',
    );
  });

  it('rounds numbers inside attributes, not in text', () => {
    expect(formatMarkupSnapshot('<rect x="12.3456" y="-0.004" width="50.10%"></rect><text>1.2345 mm</text>')).toBe(
      '<rect x="12.35" y="0" width="50.1%"></rect>\n<text>1.2345 mm</text>\n',
    );
  });

  it('renumbers ids by first appearance, and every reference to them', () => {
    const markup =
      '<svg aria-labelledby="spg-ld-r7-title"><title id="spg-ld-r7-title">T</title><pattern id="spg-ld-r7-fat"></pattern><rect fill="url(#spg-ld-r7-fat)"></rect><a href="#spg-ld-r7-fat">x</a></svg>';
    expect(formatMarkupSnapshot(markup)).toBe(
      '<svg aria-labelledby="id-1">\n  <title id="id-1">T</title>\n  <pattern id="id-2"></pattern>\n  <rect fill="url(#id-2)"></rect>\n  <a href="#id-2">x</a>\n</svg>\n',
    );
  });

  it('leaves void elements unclosed without indenting what follows', () => {
    expect(formatMarkupSnapshot('<p>a<br>b</p><input type="range"><hr>')).toBe(
      '<p>\n  a\n  <br>\n  b\n</p>\n<input type="range">\n<hr>\n',
    );
  });
});
