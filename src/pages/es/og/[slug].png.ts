import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPaths, cardResponse } from '../../../lib/social-card';
import { SITE_NAME } from '../../../lib/site';
import { getStrings } from '../../../lib/strings';
import { getTranslatedArticles, type TranslatedArticle } from '../../../lib/translated-articles';

export const getStaticPaths = (async () => cardPaths(await getTranslatedArticles())) satisfies GetStaticPaths;

/** The social card image of one Spanish article, made at build time. */
export const GET: APIRoute = ({ props }) => {
  const { article } = props as { article: TranslatedArticle };
  const t = getStrings('es');
  return cardResponse({
    siteName: SITE_NAME,
    section: t.sections[article.data.section].label,
    title: article.data.title,
    tagline: t.site.cardTagline,
  });
};
