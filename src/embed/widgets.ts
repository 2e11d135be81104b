/**
 * What a clinic's page needs to know about the embeddable widgets, with no dependencies: the
 * loader (about 1 KB), the snippet builders and the "For clinics" page read this. Each widget's
 * full descriptor (its folder's embed.ts) adds the parameter schemas; a unit test checks that
 * the names listed here are the ones those schemas accept.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../components/widgets/shared/i18n';

/** The site's name as readers see it (lib/site.ts SITE_NAME, repeated so the loader imports nothing). */
export const GUIDE_NAME = 'SkinPen Guide';

/** Parameters every embed accepts, before its widget's own. */
export const COMMON_PARAMS = ['lang', 'theme', 'accent'] as const;

/** Longest parameter or data-* value accepted, in characters; a longer one is refused, never cut. */
export const MAX_PARAM_LENGTH = 64;

/**
 * The sandbox an embed iframe gets: scripts, its own origin, new tabs for links, the calendar
 * download, the planner's form and the print dialog. Never top navigation.
 */
export const IFRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-forms allow-modals';

/** What the loader knows about one widget. */
interface EmbedWidgetMeta {
  /** Default iframe height, in CSS pixels, until the embed reports its own. */
  heightPx: number;
  /** The widget's own parameters, after {@link COMMON_PARAMS}. */
  params: readonly string[];
  /** Title of the embed page and the iframe, in every language. */
  title: Readonly<Record<Lang, string>>;
}

/** Each embeddable widget, by id. */
export const EMBED_WIDGETS = {
  'layer-depth': {
    heightPx: 900,
    params: ['region', 'depth', 'concern'],
    title: {
      en: 'How deep microneedles reach in the skin',
      es: 'Hasta dónde llegan las microagujas en la piel',
    },
  },
  'recovery-timeline': {
    heightPx: 1100,
    params: ['day', 'planner'],
    title: {
      en: 'Recovery after microneedling, day by day',
      es: 'La recuperación después del tratamiento con microagujas, día a día',
    },
  },
} as const satisfies Record<string, EmbedWidgetMeta>;

/** An embeddable widget's id. */
export type EmbedWidgetId = keyof typeof EMBED_WIDGETS;

/** True when `name` is an embeddable widget's id (own properties only, so `__proto__` is not one). */
export function isEmbedWidgetId(name: string): name is EmbedWidgetId {
  return Object.prototype.hasOwnProperty.call(EMBED_WIDGETS, name);
}

/** The widget's title in a language (the default language for any other value), with the guide's name. */
export function getEmbedTitle(id: EmbedWidgetId, lang: string): string {
  return `${EMBED_WIDGETS[id].title[isLang(lang) ? lang : DEFAULT_LANG]} (${GUIDE_NAME})`;
}
