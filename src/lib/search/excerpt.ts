/** Escapes text for safe use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * Makes a Pagefind excerpt safe to insert as HTML: every tag is escaped except the
 * `<mark>` highlights Pagefind adds around matched words.
 */
export function sanitizeExcerpt(excerpt: string): string {
  const open = '\u0000o\u0000';
  const close = '\u0000c\u0000';
  const marked = excerpt.replaceAll('<mark>', open).replaceAll('</mark>', close);
  return escapeHtml(marked.replace(/<[^>]*>/g, ''))
    .replaceAll(open, '<mark>')
    .replaceAll(close, '</mark>');
}
