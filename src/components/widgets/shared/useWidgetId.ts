/** Ids unique on the page (several widgets may share one), safe in `id`, `for` and `url(#…)`. */
import { useId } from 'react';

/** `prefix` plus React's id for this component, with every character outside [A-Za-z0-9_-] removed. */
export function useWidgetId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}
