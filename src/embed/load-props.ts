/**
 * The island's props in a language, for pages that carry one language's props inline and fetch the
 * others (embed pages and the my-recovery page). No option parsing here, so no zod either.
 */

/** The props an embed page carries: its own language's inline, the others' addresses. */
export interface EmbedPropsJson<P> {
  props: Partial<Record<'en' | 'es', P>>;
  propsUrls?: Partial<Record<'en' | 'es', string>>;
}

/**
 * The island's props in `lang`: the page's own when it carries them, otherwise fetched from
 * this site. If that fails, the page's language is used instead, with a console warning, and
 * the page says so in its `lang` attributes.
 */
export async function loadEmbedProps<P>(
  json: EmbedPropsJson<P>,
  lang: 'en' | 'es',
): Promise<{ props: P; lang: 'en' | 'es' }> {
  const own = json.props[lang];
  if (own) return { props: own, lang };
  const [pageLang, pageProps] = Object.entries(json.props)[0] as ['en' | 'es', P];
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
    document.documentElement.lang = pageLang;
    for (const el of document.querySelectorAll('[data-widget]')) el.setAttribute('lang', pageLang);
    return { props: pageProps, lang: pageLang };
  }
}
