/**
 * The recovery-timeline widget's embed descriptor (browser, on its embed page): its URL
 * parameters, derived from its own option schema and data, and how their values become the
 * island's props.
 */
import type { EmbedDescriptor } from '../../../embed/descriptor';
import { fromReader, type ParamSchemas } from '../../../embed/params';
import { recoveryTimelineSandboxProps } from '../../../embed/wordpress';
import { readInterval, readTiming } from '../../../lib/clinic/profile';
import { embedParamsToProfile, TIMING_PARAM_PREFIX } from '../shared/clinic';
import { applyClinicProfile, getLimitsFromProps, getTimeableActivities } from './clinic';
import type { RecoveryTimelineWidgetProps } from './RecoveryTimelineWidget';
import { RecoveryTimelineOptionsSchema } from './schema';

/**
 * day (0 to 365, snapped to the nearest stop), planner (true or false), and the clinic's session
 * interval and restart times (t-<activity>), each inside the range the sources give.
 */
export const recoveryTimelineEmbed: EmbedDescriptor<RecoveryTimelineWidgetProps> = {
  id: 'recovery-timeline',
  paramSchemas(props) {
    const shape = RecoveryTimelineOptionsSchema.shape;
    const limits = getLimitsFromProps(props);
    const timings = Object.fromEntries(
      getTimeableActivities(props).map((a) => [
        `${TIMING_PARAM_PREFIX}${a.id}`,
        fromReader((raw) => readTiming(a.id, raw, limits)),
      ]),
    ) as ParamSchemas;
    return {
      day: shape.initialDay,
      planner: shape.showPlanner,
      interval: fromReader((raw) => readInterval(raw, limits)),
      ...timings,
    };
  },
  applyParams(props, values) {
    let next = { ...props };
    if (typeof values['day'] === 'number') next.initialDay = values['day'];
    if (typeof values['planner'] === 'boolean') next.showPlanner = values['planner'];
    next = applyClinicProfile(next, embedParamsToProfile(values), next.lang);
    // In a sandbox that cannot download or print (WordPress's), those become a link to the full planner.
    const sandbox = recoveryTimelineSandboxProps(next.showPlanner);
    Object.assign(next, sandbox);
    return { props: next, warnings: [], changed: Object.keys(sandbox).length > 0 };
  },
  getLabel: (props) => props.strings.widgetLabel,
};
