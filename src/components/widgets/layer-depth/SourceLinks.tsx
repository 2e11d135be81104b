/** Numbered links from a figure to its entries on the references page (/references/#ref-N). */

interface SourceLinksProps {
  /** Reference ids, `ref-N`. */
  ids: readonly string[];
  /** URL of the references page, ending in "/". */
  href: string;
  /** Word read before each number by screen readers ("source"). */
  prefix: string;
}

/** "[54, 61]", each number a link; nothing when there are no ids. */
export function SourceLinks({ ids, href, prefix }: SourceLinksProps) {
  if (ids.length === 0) return null;
  return (
    <span className="spg-ld-src">
      {' ['}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`${href}#${id}`} aria-label={`${prefix} ${id.replace(/^ref-/, '')}`}>
            {id.replace(/^ref-/, '')}
          </a>
        </span>
      ))}
      {']'}
    </span>
  );
}
