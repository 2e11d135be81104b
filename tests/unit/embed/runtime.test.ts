import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour } from '../../../src/embed/colour';
import { accentProperties, SCHEME_BACKGROUNDS } from '../../../src/embed/runtime';

describe('accentProperties', () => {
  it('keeps a readable colour in both schemes and picks readable text on it', () => {
    const { properties, warnings } = accentProperties('#7a3e9d', ['light']);
    expect(warnings).toEqual([]);
    expect(properties['--embed-accent-light']).toBe('#7a3e9d');
    expect(properties['--embed-accent-contrast-light']).toBe('#ffffff');
    expect(properties['--embed-accent-dark']).toBeUndefined();
  });

  it.each([
    ['#ffee00', 'light'],
    ['#1a1a6e', 'dark'],
  ] as const)('adjusts %s on the %s background, says so, and reaches 4.5:1', (hex, scheme) => {
    const { properties, warnings } = accentProperties(hex, [scheme]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(hex);
    const used = parseHexColour(properties[`--embed-accent-${scheme}`] ?? '');
    expect(used).toBeDefined();
    expect(contrastRatio(used ?? [0, 0, 0], SCHEME_BACKGROUNDS[scheme])).toBeGreaterThanOrEqual(4.5);
  });

  it('ignores a value that is not a colour', () => {
    expect(accentProperties('red')).toEqual({ properties: {}, warnings: [] });
  });
});
