// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind';
import { glossaryLinks, readingStats, readLinkableTerms } from './src/integrations/markdown-plugins';

// Set SITE_URL to the public origin when deploying, so canonical and Open Graph URLs are absolute and right.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ hastPlugins: [glossaryLinks(readLinkableTerms()), readingStats()] }),
  },
  integrations: [
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') }),
    pagefind(),
  ],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
