/** The one hydrated flag every widget keys its no-JavaScript strategy on (see README.md). */
import { useEffect, useState } from 'react';

/** False in the server's markup and the first client render, true once the island is live. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
