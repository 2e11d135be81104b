// What the reading-level checks score on an article page: its own sentences, as the build scores them.
import type { Page } from '@playwright/test';

/**
 * Prose blocks of the article body: paragraphs and list items, without citations or widget text.
 * `skip` adds containers to leave out whole and `drop` elements to cut from a block: the Spanish
 * check leaves out the urgency tiers and timings, which are shared data rather than the
 * translator's sentences, and which the build (scoring before components render) never sees.
 */
export async function readProse(page: Page, extra: { skip?: string; drop?: string } = {}): Promise<string[]> {
  const skip = ['[data-widget]', '[data-widget-placeholder]', 'table', extra.skip].filter(Boolean).join(', ');
  const drop = ['sup.cite', 'ul', 'ol', extra.drop].filter(Boolean).join(', ');
  return page.locator('.prose').evaluate(
    (root, { skip, drop }) => {
      const blocks: string[] = [];
      for (const el of root.querySelectorAll('p, li')) {
        if (el.closest(skip) || el.classList.contains('callout__title')) continue;
        if (el.tagName === 'LI' && el.querySelector(':scope > p')) continue;
        const clone = el.cloneNode(true) as HTMLElement;
        for (const cut of clone.querySelectorAll(drop)) cut.remove();
        const text = clone.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        if (text) blocks.push(text);
      }
      return blocks;
    },
    { skip, drop },
  );
}
