/**
 * What a clinic's page needs to know about the embeddable widgets, with no dependencies: the
 * loader (about 1 KB), the snippet builders and the "For clinics" page read this. Each widget's
 * full descriptor (its folder's embed.ts) adds the parameter schemas; a unit test checks that
 * the names listed here are the ones those schemas accept.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../components/widgets/shared/i18n';
import { MAX_NAME_LENGTH, MAX_WEBSITE_LENGTH } from '../lib/clinic/profile';

/** The site's name as readers see it (lib/site.ts SITE_NAME, repeated so the loader imports nothing). */
export const GUIDE_NAME = 'SkinPen Guide';

/**
 * The clinic's name, daytime and after-hours phones and website (lib/clinic/profile.ts checks them):
 * they change what a widget says, so an embed page given any of them renders afresh, not hydrating.
 */
export const CLINIC_PARAMS = ['clinic', 'phone', 'after-hours', 'website'] as const;

/** Parameters every embed accepts, before its widget's own: language, colour scheme, brand colour, clinic. */
export const COMMON_PARAMS = ['lang', 'theme', 'accent', ...CLINIC_PARAMS] as const;

/** Longest parameter or data-* value accepted, in characters; a longer one is refused, never cut. */
export const MAX_PARAM_LENGTH = 64;

/** Parameters allowed to be longer than {@link MAX_PARAM_LENGTH}: a clinic's name and website. */
export const LONG_PARAM_LENGTHS: Readonly<Record<string, number>> = {
  clinic: MAX_NAME_LENGTH,
  website: MAX_WEBSITE_LENGTH,
};

/** Longest value accepted for a parameter, in characters. */
export function getMaxParamLength(name: string): number {
  return Object.prototype.hasOwnProperty.call(LONG_PARAM_LENGTHS, name)
    ? (LONG_PARAM_LENGTHS[name] ?? MAX_PARAM_LENGTH)
    : MAX_PARAM_LENGTH;
}

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
    // The clinic's session interval and its own restart times (t-<activity>), inside the sources' range.
    params: [
      'day',
      'planner',
      'interval',
      't-makeup',
      't-sun',
      't-exercise',
      't-heat',
      't-swimming',
      't-retinoids',
      't-painkillers',
      't-hair-removal',
    ],
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
