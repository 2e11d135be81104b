import { describe, expect, it } from 'vitest';
import { parseRecoveryTimelineOptions } from '../../../../src/components/widgets/recovery-timeline/schema';

describe('widget options', () => {
  it('fills in defaults', () => {
    expect(parseRecoveryTimelineOptions({}, 'test')).toEqual({
      initialDay: 0,
      showPlanner: false,
      timeline: 'open',
      lang: 'en',
      headingLevel: 3,
    });
  });

  it('accepts the strings an embed URL carries', () => {
    expect(
      parseRecoveryTimelineOptions(
        { initialDay: '14', showPlanner: 'true', lang: 'es', timeline: 'collapsed', headingLevel: '2' },
        'test',
      ),
    ).toMatchObject({ initialDay: 14, showPlanner: true, lang: 'es', timeline: 'collapsed', headingLevel: 2 });
  });

  it.each([
    [{ lang: 'fr' }, /lang/],
    [{ initialDay: -1 }, /initialDay/],
    [{ initialDay: 2.5 }, /initialDay/],
    [{ initialDay: 400 }, /initialDay/],
    [{ showPlanner: 'yes' }, /showPlanner/],
    [{ timeline: 'hidden' }, /timeline/],
    [{ colour: 'red' }, /colour|Unrecognized/i],
  ])('rejects %j with a message naming the option', (input, message) => {
    expect(() => parseRecoveryTimelineOptions(input, 'page.mdx')).toThrow(message);
    expect(() => parseRecoveryTimelineOptions(input, 'page.mdx')).toThrow(/page\.mdx/);
  });
});
