/** The shape of each widget's embed descriptor (its folder's embed.ts), which embed pages run in the browser. */
import type { ParamSchemas } from './params';
import type { EmbedWidgetId } from './widgets';

/** How an embed page turns URL parameters into its widget's props. `P` is the island's props. */
export interface EmbedDescriptor<P> {
  /** The widget's id, a key of EMBED_WIDGETS. */
  id: EmbedWidgetId;
  /**
   * The schema of each of the widget's own parameters (EMBED_WIDGETS[id].params), derived from
   * its option schema and checked against the ids in `props` (areas, concerns…).
   */
  paramSchemas(props: P): ParamSchemas;
  /** The props with the accepted parameter values applied, and a warning for each the data refuses in combination. */
  applyParams(props: P, values: Readonly<Record<string, unknown>>): { props: P; warnings: string[] };
  /** The accessible name of the widget's region in the props' language. */
  getLabel(props: P): string;
}
