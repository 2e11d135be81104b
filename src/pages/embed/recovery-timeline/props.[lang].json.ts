import type { APIRoute } from 'astro';
import { loadRecoveryTimelineProps } from '../../../components/widgets/recovery-timeline/island-props';
import { EMBED_OTHER_LANGS, recoveryTimelineEmbedOptions } from '../../../embed/page-options';

export function getStaticPaths() {
  return EMBED_OTHER_LANGS.map((lang) => ({ params: { lang } }));
}

/** The recovery-timeline island's props in another language, with the embed page's own options. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as (typeof EMBED_OTHER_LANGS)[number];
  const { referencesHref, ...options } = recoveryTimelineEmbedOptions(site);
  const { islandProps } = await loadRecoveryTimelineProps(options, referencesHref, '/embed/recovery-timeline/');
  return new Response(JSON.stringify(islandProps(lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
