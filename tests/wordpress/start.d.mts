import type { SiteSpec } from './harness.mjs';
/** Builds and serves the guide at `guide`, starts the WordPress sites; resolves with them and stop(). */
export function startGuideAndWordPress(options: { guide: string; sites: SiteSpec[] }): Promise<{
  sites: Record<string, { home: string; pages: Record<string, string>; debugLog: string }>;
  stop: () => Promise<void>;
}>;
