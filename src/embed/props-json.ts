/**
 * The island props an embed page carries: its own language's inline (in a JSON script), and the
 * address of each other language's, fetched only when a clinic asks for it, so the page itself
 * stays small enough for the first round trip of a slow connection.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../components/widgets/shared/i18n';
import type { EmbedWidgetId } from './widgets';

/** Languages served as separate props files (an embed page is built in the default language). */
export const EMBED_OTHER_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG);

/** What the page's `<script type="application/json" data-skinpen-props>` holds. */
export interface EmbedPropsJson<P> {
  props: Partial<Record<Lang, P>>;
  propsUrls?: Partial<Record<Lang, string>>;
}

/** Address of a widget's island props in `lang`, relative to the site. */
export function getEmbedPropsPath(widget: EmbedWidgetId, lang: Lang): string {
  return `/embed/${widget}/props.${lang}.json`;
}

/** The JSON for an embed page in `lang`, safe inside a `<script>` element. */
export function buildEmbedJson(widget: EmbedWidgetId, lang: Lang, props: unknown): string {
  const json: EmbedPropsJson<unknown> = {
    props: { [lang]: props },
    propsUrls: Object.fromEntries(
      LANGS.filter((other) => other !== lang).map((other) => [other, getEmbedPropsPath(widget, other)]),
    ),
  };
  return JSON.stringify(json).replace(/</g, '\\u003c');
}
