// What a translated page says about itself, rendered in Spanish with Astro's Container API:
// provenance and a link to the original always; the out-of-date notice only while the original has changed.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import Note from '../../../src/components/site/TranslationNote.astro';

// ESLint's TypeScript service cannot see into .astro files; Astro's own check types this import.
const TranslationNote = Note as unknown as AstroComponentFactory;

async function renderNote(outdated: boolean): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(TranslationNote, {
    props: {
      locale: 'es',
      originalHref: '/articles/what-is-skinpen/',
      translatedBy: 'borrador hecho con un modelo de lenguaje de IA',
      reviewedBy: 'el equipo editorial de SkinPen Guide',
      date: new Date('2026-12-10T00:00:00Z'),
      outdated,
    },
  });
}

/** The text of the first element carrying `attribute`, tags removed and spaces collapsed; undefined when there is none. */
function textOf(html: string, attribute: string): string | undefined {
  const match = new RegExp(`<(\\w+)[^>]*\\s${attribute}[\\s>][\\s\\S]*?</\\1>`).exec(html);
  return match?.[0]
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('TranslationNote', () => {
  it('says who translated and checked the page, when, and links to the English original', async () => {
    const html = await renderNote(false);
    expect(textOf(html, 'data-translation')).toBe(
      'Traducido del inglés. Traducción: borrador hecho con un modelo de lenguaje de IA. Revisión de la traducción: el equipo editorial de SkinPen Guide, 10 de diciembre de 2026. Lee el original (en inglés)',
    );
    expect(html).toMatch(/<a href="\/articles\/what-is-skinpen\/" hreflang="en" data-original/);
  });

  it('shows no out-of-date notice while the original is unchanged', async () => {
    expect(textOf(await renderNote(false), 'data-translation-outdated')).toBeUndefined();
  });

  it('shows the out-of-date notice, linking to the original, once the original has changed', async () => {
    const html = await renderNote(true);
    expect(textOf(html, 'data-translation-outdated')).toBe(
      'El original en inglés cambió después de esta traducción, así que puede que esta página no esté al día. Mientras la actualizamos, consulta el original. Lee el original (en inglés)',
    );
    expect(html).toMatch(/data-translation-outdated[^>]*>[^<]*<a href="\/articles\/what-is-skinpen\/" hreflang="en"/);
  });
});
