// Every widget entry checks its options the same way: defaults filled in, URL strings accepted,
// and one error naming where and every bad option.
import { describe, expect, it } from 'vitest';
import { createLayerDepthOptionsSchema } from '../../../../src/components/widgets/layer-depth/schema';
import { RecoveryTimelineOptionsSchema } from '../../../../src/components/widgets/recovery-timeline/schema';
import { parseWidgetOptions } from '../../../../src/components/widgets/shared/options';

const layer = createLayerDepthOptionsSchema({ regionIds: ['cheek', 'neck'], concernIds: ['acne-scars'] });
const timeline = RecoveryTimelineOptionsSchema;

describe('parseWidgetOptions', () => {
  it('fills in defaults', () => {
    expect(parseWidgetOptions(timeline, {}, 'test')).toEqual({
      initialDay: 0,
      showPlanner: false,
      timeline: 'open',
      lang: 'en',
      headingLevel: 3,
      referencesHref: '/references/',
    });
    expect(parseWidgetOptions(layer, {}, 'test')).toEqual({
      region: 'cheek',
      depthMm: 1,
      concern: 'none',
      lang: 'en',
      referencesHref: '/references/',
    });
  });

  it('accepts the strings an embed URL carries', () => {
    expect(
      parseWidgetOptions(
        timeline,
        { initialDay: '14', showPlanner: 'true', lang: 'es', timeline: 'collapsed', headingLevel: '2' },
        'test',
      ),
    ).toMatchObject({ initialDay: 14, showPlanner: true, lang: 'es', timeline: 'collapsed', headingLevel: 2 });
    expect(parseWidgetOptions(layer, { depthMm: '1.5', region: 'neck' }, 'test')).toMatchObject({
      depthMm: 1.5,
      region: 'neck',
    });
  });

  it.each([
    [timeline, { lang: 'fr' }, /lang: /],
    [timeline, { initialDay: -1 }, /initialDay: /],
    [timeline, { initialDay: 2.5 }, /initialDay: /],
    [timeline, { initialDay: 400 }, /initialDay: /],
    [timeline, { showPlanner: 'yes' }, /showPlanner: must be true or false/],
    [timeline, { timeline: 'hidden' }, /timeline: /],
    [timeline, { colour: 'red' }, /colour/],
    [timeline, { referencesHref: 'javascript:alert(1)' }, /referencesHref: must be a path or URL ending in "\/"/],
    [layer, { region: 'eyeball' }, /region: must be one of: cheek, neck/],
    [layer, { concern: 'Acne Scars' }, /concern: must be kebab-case/],
    [layer, { concern: 'wrinkles' }, /concern: must be "none" or one of: acne-scars/],
    [layer, { depthMm: 11 }, /depthMm: /],
  ] as const)('rejects %#: %j, naming where and the option', (schema, input, message) => {
    expect(() => parseWidgetOptions(schema, input, '<Widget> on /articles/x/')).toThrow(message);
    expect(() => parseWidgetOptions(schema, input, '<Widget> on /articles/x/')).toThrow(
      /^Invalid options for <Widget> on \/articles\/x\/:\n {2}- /,
    );
  });

  it('names every bad option, one per line', () => {
    let message = '';
    try {
      parseWidgetOptions(timeline, { initialDay: -1, lang: 'fr' }, 'x');
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(
      message
        .split('\n')
        .slice(1)
        .map((line) => line.split(':')[0])
        .sort(),
    ).toEqual(['  - initialDay', '  - lang']);
  });
});
