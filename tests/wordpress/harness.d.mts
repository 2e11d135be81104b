/** What to tell a person when WordPress, PHP or MariaDB is missing. */
export const NO_WORDPRESS_MESSAGE: string;
/** The paths of the tools, or undefined (and which are missing) when any is absent. */
export function findWordPressTools(): {
  tools: { php: string; mariadbd: string; installDb: string } | undefined;
  missing: string[];
};
/** One WordPress site to start. */
export interface SiteSpec {
  name: string;
  port: number;
  /** The guide origin to configure the plugin with, or '' for a site without the plugin. */
  plugin: string;
  /** Page title => block markup. */
  posts: Record<string, string>;
}
/** Starts MariaDB and the sites; resolves with each site's home and page URLs, and stop(). */
export function startWordPress(options: { sites: SiteSpec[]; guidePort: number }): Promise<{
  sites: Record<string, { home: string; pages: Record<string, string>; debugLog: string }>;
  stop: () => Promise<void>;
}>;
