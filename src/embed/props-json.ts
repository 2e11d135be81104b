/**
 * The island props an embed page carries: its own language's inline (in a JSON script), and the
 * address of each other language's, fetched only when a clinic asks for it, so the page itself
 * stays small enough for the first round trip of a slow connection. No option parsing here, so
 * no zod: a page with its own script (the my-recovery page) loads its props through this too.
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

/**
 * The island's props in `lang`: the page's own when it carries them, otherwise fetched from this
 * site. If that fails, the page's language is used instead, with a console warning.
 */
export async function loadEmbedProps<P>(json: EmbedPropsJson<P>, lang: Lang): Promise<{ props: P; lang: Lang }> {
  const own = json.props[lang];
  if (own) return { props: own, lang };
  const [pageLang, pageProps] = Object.entries(json.props)[0] as [Lang, P];
  const url = json.propsUrls?.[lang];
  try {
    if (!url) throw new Error('no address');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { props: (await response.json()) as P, lang };
  } catch (error) {
    console.warn(
      `SkinPen embed: the ${lang} text could not be loaded (${error instanceof Error ? error.message : 'error'}); ${pageLang} is shown.`,
    );
    return { props: pageProps, lang: pageLang };
  }
}
