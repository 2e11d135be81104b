/** Numbered links from a statement or figure to its entries on the references page (`#ref-N`). */
import { Fragment } from 'react';
import { getReferenceNumber } from './text';

interface SourceLinksProps {
  /** Reference ids, `ref-N`. */
  ids: readonly string[];
  /** URL of the references page, ending in "/". */
  href: string;
  /** Word a screen reader hears before each number ("source", "fuente"). */
  label: string;
}

/** "[54, 61]", each number a link; nothing when there are no ids. Put a space before it. */
export function SourceLinks({ ids, href, label }: SourceLinksProps) {
  if (ids.length === 0) return null;
  return (
    <span className="spg-cite">
      [
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <a href={`${href}#${id}`} aria-label={`${label} ${getReferenceNumber(id)}`}>
            {getReferenceNumber(id)}
          </a>
        </Fragment>
      ))}
      ]
    </span>
  );
}
