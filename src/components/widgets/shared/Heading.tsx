/** A heading whose level the host page chooses, so a widget fits under any article heading. */
import { createElement, type ReactNode } from 'react';

interface HeadingProps {
  /** Level from 2 to 6; values outside are clamped. */
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** `<h2>` to `<h6>` at `level`. */
export function Heading({ level, id, className, children }: HeadingProps) {
  const attributes: { id?: string; className?: string } = {};
  if (id !== undefined) attributes.id = id;
  if (className !== undefined) attributes.className = className;
  return createElement(`h${Math.min(6, Math.max(2, Math.round(level)))}`, attributes, children);
}
