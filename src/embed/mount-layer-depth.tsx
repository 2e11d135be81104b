/** Inside the layer-depth embed page: applies the URL's options, then renders the widget. */
import LayerDepthWidget, { type LayerDepthWidgetProps } from '../components/widgets/layer-depth/LayerDepthWidget';
import { layerDepthParamSchemas } from './params';
import { mountWidget, setUpEmbed } from './runtime';

interface EmbedJson {
  props: Record<'en' | 'es', LayerDepthWidgetProps>;
  regionIds: string[];
  concernIds: string[];
  maxDepthMm: number;
}

const json = JSON.parse(document.querySelector('[data-skinpen-props]')?.textContent ?? '{}') as EmbedJson;
const container = document.querySelector<HTMLElement>('[data-skinpen-mount]');
const values = setUpEmbed('layer-depth', layerDepthParamSchemas(json.regionIds, json.concernIds, json.maxDepthMm));
const lang = values['lang'] === 'es' ? 'es' : 'en';
const props: LayerDepthWidgetProps = { ...json.props[lang] };
if (typeof values['region'] === 'string') props.initialRegionId = values['region'];
if (typeof values['depth'] === 'number') props.initialDepthMm = values['depth'];
if (values['concern'] === 'none') props.initialConcernId = null;
else if (typeof values['concern'] === 'string') props.initialConcernId = values['concern'];
// With no options that change the picture, the server's markup is already right: hydrate it in place.
const unchanged = lang === 'en' && !['region', 'depth', 'concern'].some((k) => k in values);
mountWidget(container, <LayerDepthWidget {...props} />, unchanged);
document.querySelector('[data-widget="layer-depth"]')?.setAttribute('aria-label', props.strings.widgetLabel);
