import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../lib/social-card';
import { SITE_NAME } from '../../../lib/site';
import { getStrings } from '../../../lib/strings';
import { getTranslatedArticles, type TranslatedArticle } from '../../../lib/translated-articles';

export const getStaticPaths = (async () =>
  process.env['SKINPEN_SOCIAL_CARDS'] === 'off'
    ? []
    : (await getTranslatedArticles()).map((article) => ({
        params: { slug: article.id },
        props: { article },
      }))) satisfies GetStaticPaths;

/** The social card image of one Spanish article, made at build time. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: TranslatedArticle };
  const t = getStrings('es');
  const png = await renderCard({
    siteName: SITE_NAME,
    section: t.sections[article.data.section].label,
    title: article.data.title,
    tagline: t.site.cardTagline,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
