/** The layer-depth embed page's script (browser): the URL's options applied, then the widget. */
import { mountEmbed } from '../../../embed/runtime';
import { layerDepthEmbed } from './embed';
import LayerDepthWidget from './LayerDepthWidget';

void mountEmbed(layerDepthEmbed, LayerDepthWidget);
