import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));

/** Width and height of a social card, in pixels (the size Open Graph and X/Twitter prefer). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** What a card says. */
export interface CardText {
  siteName: string;
  section: string;
  title: string;
  tagline: string;
}

/** The card as a satori element tree: plain type on a calm background, no photos. */
export function buildCardTree(text: CardText): Node {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#ffffff',
      borderLeft: '24px solid #0b6363',
      fontFamily: 'Noto Sans',
      color: '#1b1f24',
    },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#0b6363' }, text.siteName),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          { display: 'flex', fontSize: 28, color: '#4a5360', textTransform: 'uppercase', letterSpacing: 2 },
          text.section,
        ),
        el(
          'div',
          {
            display: 'flex',
            fontSize: text.title.length > 48 ? 58 : 68,
            fontWeight: 700,
            lineHeight: 1.15,
            marginTop: 12,
          },
          text.title,
        ),
      ]),
      el('div', { display: 'flex', fontSize: 28, color: '#4a5360' }, text.tagline),
    ],
  );
}

/** Renders a card to PNG bytes. */
export async function renderCard(text: CardText): Promise<Uint8Array> {
  const svg = await satori(buildCardTree(text) as never, {
    ...CARD_SIZE,
    fonts: [
      { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
}

/**
 * The static paths of a social-card route, one per article, or none when the scale benchmark sets
 * SKINPEN_SOCIAL_CARDS=off to time the site without image rendering.
 */
export function cardPaths<A extends { id: string }>(
  articles: readonly A[],
): { params: { slug: string }; props: { article: A } }[] {
  return process.env['SKINPEN_SOCIAL_CARDS'] === 'off'
    ? []
    : articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** A card as the PNG response of a social-card route. */
export async function cardResponse(text: CardText): Promise<Response> {
  return new Response(new Uint8Array(await renderCard(text)), { headers: { 'Content-Type': 'image/png' } });
}
