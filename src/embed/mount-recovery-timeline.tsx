/** Inside the recovery-timeline embed page: applies the URL's options, then renders the widget. */
import {
  RecoveryTimelineWidget,
  type RecoveryTimelineWidgetProps,
} from '../components/widgets/recovery-timeline/RecoveryTimelineWidget';
import { recoveryTimelineParamSchemas } from './params';
import { loadEmbedProps, mountWidget, setUpEmbed, type EmbedPropsJson } from './runtime';
import { recoveryTimelineSandboxProps } from './wordpress';

const json = JSON.parse(
  document.querySelector('[data-skinpen-props]')?.textContent ?? '{}',
) as EmbedPropsJson<RecoveryTimelineWidgetProps>;
const container = document.querySelector<HTMLElement>('[data-skinpen-mount]');
const values = setUpEmbed('recovery-timeline', recoveryTimelineParamSchemas());
const loaded = await loadEmbedProps(json, values['lang'] === 'es' ? 'es' : 'en');
const props: RecoveryTimelineWidgetProps = { ...loaded.props };
if (typeof values['day'] === 'number') props.initialDay = values['day'];
if (typeof values['planner'] === 'boolean') props.showPlanner = values['planner'];
Object.assign(props, recoveryTimelineSandboxProps(props.showPlanner));
document.querySelector('[data-widget="recovery-timeline"]')?.setAttribute('aria-label', props.strings.widgetLabel);
// With no options that change the widget, the server's markup is already right: hydrate it in place.
const unchanged = loaded.lang === 'en' && !['day', 'planner'].some((k) => k in values);
mountWidget(container, <RecoveryTimelineWidget {...props} />, unchanged);
