import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles, type Article } from '../../lib/articles';
import { cardPaths, cardResponse } from '../../lib/social-card';
import { SITE_NAME } from '../../lib/site';
import { getStrings } from '../../lib/strings';

export const getStaticPaths = (async () => cardPaths(await getPublishedArticles())) satisfies GetStaticPaths;

/** The social card image of one article, made at build time. */
export const GET: APIRoute = ({ props }) => {
  const { article } = props as { article: Article };
  const t = getStrings('en');
  return cardResponse({
    siteName: SITE_NAME,
    section: t.sections[article.data.section].label,
    title: article.data.title,
    tagline: t.site.cardTagline,
  });
};
