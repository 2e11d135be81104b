/**
 * The recovery-timeline widget's embed descriptor (browser, on its embed page): its URL
 * parameters, derived from its own option schema, and how their values become the island's props.
 */
import type { EmbedDescriptor } from '../../../embed/descriptor';
import { recoveryTimelineSandboxProps } from '../../../embed/wordpress';
import type { RecoveryTimelineWidgetProps } from './RecoveryTimelineWidget';
import { RecoveryTimelineOptionsSchema } from './schema';

/** day (0 to 365, snapped to the nearest stop) and planner (true or false). */
export const recoveryTimelineEmbed: EmbedDescriptor<RecoveryTimelineWidgetProps> = {
  id: 'recovery-timeline',
  paramSchemas() {
    const shape = RecoveryTimelineOptionsSchema.shape;
    return { day: shape.initialDay, planner: shape.showPlanner };
  },
  applyParams(props, values) {
    const next = { ...props };
    if (typeof values['day'] === 'number') next.initialDay = values['day'];
    if (typeof values['planner'] === 'boolean') next.showPlanner = values['planner'];
    // In a sandbox that cannot download or print (WordPress's), those become a link to the full planner.
    const sandbox = recoveryTimelineSandboxProps(next.showPlanner);
    Object.assign(next, sandbox);
    return { props: next, warnings: [], changed: Object.keys(sandbox).length > 0 };
  },
  getLabel: (props) => props.strings.widgetLabel,
};
