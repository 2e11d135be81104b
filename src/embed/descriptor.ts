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
  /**
   * The props with the accepted parameter values applied, and a warning for each the data
   * refuses in combination. `changed` is true when the props differ from the page's for a reason
   * other than a parameter (the frame's sandbox, say), so the widget is rendered afresh.
   */
  applyParams(props: P, values: Readonly<Record<string, unknown>>): { props: P; warnings: string[]; changed?: boolean };
  /** The accessible name of the widget's region in the props' language. */
  getLabel(props: P): string;
}
