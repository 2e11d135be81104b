import type { APIRoute } from 'astro';
import { getEmbedEntryOptions, WIDGETS, type RegisteredWidget } from '../../../components/widgets/registry';
import { EMBED_OTHER_LANGS } from '../../../embed/props-json';

export function getStaticPaths() {
  return WIDGETS.flatMap((widget) =>
    EMBED_OTHER_LANGS.map((lang) => ({ params: { widget: widget.id, lang }, props: { widget, lang } })),
  );
}

/** A widget's island props in another language, with its embed page's own options. */
export const GET: APIRoute = async ({ props, site }) => {
  const { widget, lang } = props as { widget: RegisteredWidget; lang: (typeof EMBED_OTHER_LANGS)[number] };
  const { islandProps } = await widget.loadProps(getEmbedEntryOptions(widget.id, site), `/embed/${widget.id}/`);
  return new Response(JSON.stringify(islandProps(lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
