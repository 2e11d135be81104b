/**
 * The words of the bare page around an embedded widget, in every language: page title, hidden
 * heading, landmark label, description and the credit line. The embed page is built in the
 * default language; the embed runtime switches these when the URL asks for another.
 */
import type { Lang } from '../components/widgets/shared/i18n';
import { EMBED_WIDGETS, GUIDE_NAME, type EmbedWidgetId } from './widgets';

/** The credit line's parts; `{guide}` and `{date}` become links and a date. */
interface CreditStrings {
  /** Before the guide's name: "From the". */
  from: string;
  /** After the guide's name, before the date. */
  reviewed: string;
  /** The link to the sources. */
  sources: string;
  /** The closing caution. */
  notAdvice: string;
  /** BCP 47 locale the review date is written in. */
  dateLocale: string;
}

/** The credit line, per language. */
export const CREDIT_STRINGS: Readonly<Record<Lang, CreditStrings>> = {
  en: {
    from: 'From the',
    reviewed: ', an independent guide. Reviewed',
    sources: 'Sources',
    notAdvice: 'Education, not medical advice.',
    dateLocale: 'en-GB',
  },
  es: {
    from: 'De la',
    reviewed: ', una guía independiente (en inglés). Revisado el',
    sources: 'Fuentes',
    notAdvice: 'Información educativa, no consejo médico.',
    dateLocale: 'es',
  },
};

const DESCRIPTION: Readonly<Record<Lang, string>> = {
  en: `{title}. An embeddable explainer from ${GUIDE_NAME}.`,
  es: `{title}. Una explicación interactiva de ${GUIDE_NAME} para poner en otros sitios web.`,
};

/** Everything in the shell that names the widget, in one language. */
export function getShellText(
  widget: EmbedWidgetId,
  lang: Lang,
): { title: string; pageTitle: string; description: string } {
  const title = EMBED_WIDGETS[widget].title[lang];
  return { title, pageTitle: `${title} | ${GUIDE_NAME}`, description: DESCRIPTION[lang].replace('{title}', title) };
}
