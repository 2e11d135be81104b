/** Inside the layer-depth embed page: applies the URL's options, then renders the widget. */
import LayerDepthWidget, { type LayerDepthWidgetProps } from '../components/widgets/layer-depth/LayerDepthWidget';
import { resolveSelection } from '../components/widgets/layer-depth/model';
import { layerDepthParamSchemas } from './params';
import { loadEmbedProps, mountWidget, setUpEmbed, type EmbedPropsJson } from './runtime';

interface EmbedJson extends EmbedPropsJson<LayerDepthWidgetProps> {
  regionIds: string[];
  concernIds: string[];
  maxDepthMm: number;
}

const json = JSON.parse(document.querySelector('[data-skinpen-props]')?.textContent ?? '{}') as EmbedJson;
const container = document.querySelector<HTMLElement>('[data-skinpen-mount]');
const values = setUpEmbed('layer-depth', layerDepthParamSchemas(json.regionIds, json.concernIds, json.maxDepthMm));
const loaded = await loadEmbedProps(json, values['lang'] === 'es' ? 'es' : 'en');
const props: LayerDepthWidgetProps = { ...loaded.props };
if (typeof values['region'] === 'string') props.initialRegionId = values['region'];
if (typeof values['depth'] === 'number') props.initialDepthMm = values['depth'];
if (values['concern'] === 'none') props.initialConcernId = null;
else if (typeof values['concern'] === 'string') props.initialConcernId = values['concern'];
// A concern the data does not allow on the area (none on the eyelid) is dropped, with one warning.
const selection = resolveSelection(props.data.regions, props.data.concerns, {
  regionId: props.initialRegionId,
  concernId: props.initialConcernId,
});
if (selection.dropped === 'not-for-region') {
  console.warn(
    `SkinPen embed: concern=${String(props.initialConcernId)} does not apply to region=${selection.regionId}; no concern is shown.`,
  );
  props.initialConcernId = null;
}
// With no options that change the picture, the server's markup is already right: hydrate it in place.
const unchanged = loaded.lang === 'en' && !['region', 'depth', 'concern'].some((k) => k in values);
mountWidget(container, <LayerDepthWidget {...props} />, unchanged);
document.querySelector('[data-widget="layer-depth"]')?.setAttribute('aria-label', props.strings.widgetLabel);
