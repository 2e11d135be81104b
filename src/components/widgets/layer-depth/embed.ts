/**
 * The layer-depth widget's embed descriptor (browser, on its embed page): its URL parameters,
 * derived from its own option schema, and how their values become the island's props.
 */
import type { EmbedDescriptor } from '../../../embed/descriptor';
import { z } from '../../../lib/validation';
import { embedParamsToProfile, toClinicContact } from '../shared/clinic';
import type { LayerDepthWidgetProps } from './LayerDepthWidget';
import { resolveSelection } from './model/layers';
import { LayerDepthOptionsSchema } from './schema';

/** region, depth (mm) and concern, checked against the ids and the pen range in the page's data. */
export const layerDepthEmbed: EmbedDescriptor<LayerDepthWidgetProps> = {
  id: 'layer-depth',
  paramSchemas({ data }) {
    const shape = LayerDepthOptionsSchema.shape;
    const regionIds = data.regions.map((r) => r.id);
    const concernIds = data.concerns.map((c) => c.id);
    const maxMm = data.device.maxMm;
    return {
      region: shape.region.check(z.refine((id) => regionIds.includes(id), 'is not an area this widget knows')),
      depth: shape.depthMm.check(z.refine((mm) => mm <= maxMm, `must be at most the pen's ${maxMm} mm`)),
      concern: shape.concern.check(
        z.refine((id) => id === 'none' || concernIds.includes(id), 'is not a concern this widget knows'),
      ),
    };
  },
  applyParams(props, values) {
    const next = { ...props };
    // The embedding clinic's name and numbers, already checked by the common parameters' schemas.
    const clinic = toClinicContact(embedParamsToProfile(values));
    if (clinic) next.clinic = clinic;
    if (typeof values['region'] === 'string') next.initialRegionId = values['region'];
    if (typeof values['depth'] === 'number') next.initialDepthMm = values['depth'];
    if (typeof values['concern'] === 'string')
      next.initialConcernId = values['concern'] === 'none' ? null : values['concern'];
    // A concern the data does not allow on the area (none on the eyelid) is dropped, with a warning.
    const selection = resolveSelection(next.data.regions, next.data.concerns, {
      regionId: next.initialRegionId,
      concernId: next.initialConcernId,
    });
    if (selection.dropped !== 'not-for-region') return { props: next, warnings: [] };
    const warning = `SkinPen embed: concern=${String(next.initialConcernId)} does not apply to region=${selection.regionId}; no concern is shown.`;
    return { props: { ...next, initialConcernId: null }, warnings: [warning] };
  },
  getLabel: (props) => props.strings.widgetLabel,
};
