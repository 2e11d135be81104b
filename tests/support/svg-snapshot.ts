// One format for every committed markup snapshot (after Observable Plot's test/plot-snapshot.js):
// one element per line, indented by depth, numbers in attributes rounded, and ids renumbered in
// order of appearance, so a snapshot diff shows what a diagram draws, not float noise or React ids.

/** Elements that never have a closing tag. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Rounds every decimal number in an attribute value to `digits` places, dropping trailing zeros. */
function roundNumbers(value: string, digits: number): string {
  return value.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))));
}

/** Renames every id to `id-N` by first appearance, and every reference to it (url(#), href="#", aria-*, for). */
function renumberIds(markup: string): string {
  const names = new Map<string, string>();
  for (const [, id] of markup.matchAll(/\sid="([^"]+)"/g))
    if (id && !names.has(id)) names.set(id, `id-${names.size + 1}`);
  const rename = (id: string) => names.get(id) ?? id;
  return markup
    .replace(
      /\s(id|for|aria-labelledby|aria-describedby|aria-controls|headers)="([^"]*)"/g,
      (_, attr: string, ids: string) => ` ${attr}="${ids.split(' ').map(rename).join(' ')}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}

/**
 * Markup as a reviewable snapshot: one element per line, indented by depth, an element holding
 * only text (or nothing) kept on its own line whole; ends in a newline.
 */
export function formatMarkupSnapshot(markup: string, digits = 2): string {
  const tokens = renumberIds(markup)
    .split(/(<[^>]+>)/)
    .filter((t) => t.trim() !== '')
    .map((t) =>
      t.startsWith('<') ? t.replace(/="([^"]*)"/g, (_, v: string) => `="${roundNumbers(v, digits)}"`) : t.trim(),
    );
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const tag = tokens[i] ?? '';
    const indent = '  '.repeat(depth);
    if (!tag.startsWith('<')) {
      lines.push(`${indent}${tag}`);
      continue;
    }
    if (tag.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push(`${'  '.repeat(depth)}${tag}`);
      continue;
    }
    const name = /^<([\w-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (tag.endsWith('/>') || VOID.has(name)) {
      lines.push(`${indent}${tag}`);
      continue;
    }
    const close = `</${name}>`;
    const next = tokens[i + 1] ?? '';
    if (next.toLowerCase() === close) {
      lines.push(`${indent}${tag}${next}`);
      i += 1;
    } else if (!next.startsWith('<') && (tokens[i + 2] ?? '').toLowerCase() === close) {
      lines.push(`${indent}${tag}${next}${close}`);
      i += 2;
    } else {
      lines.push(`${indent}${tag}`);
      depth += 1;
    }
  }
  return `${lines.join('\n')}\n`;
}
