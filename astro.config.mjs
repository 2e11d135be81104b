// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind';
import { glossaryLinks, readingStats, readLinkableTerms } from './src/integrations/markdown-plugins';
import siteUrl from './src/integrations/site-url';
import contentLint from './src/integrations/content-lint';
import cspMetaFirst from './src/integrations/csp-meta-first';

export default defineConfig({
  // The public origin: SITE_URL or `--site`. A build without one stops (src/integrations/site-url.ts).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // No code blocks on this site, and Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [glossaryLinks(readLinkableTerms()), readingStats()] }),
  },
  integrations: [
    siteUrl(),
    contentLint(),
    mdx(),
    react(),
    sitemap({
      filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') && !page.includes('/my-recovery/'),
    }),
    pagefind(),
    cspMetaFirst(),
  ],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  security: {
    // A per-page Content-Security-Policy meta tag with hashes for every script and style Astro
    // emits. frame-ancestors cannot be set in a meta tag: public/_headers carries it.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Site pages add 'wasm-unsafe-eval' for Pagefind's WebAssembly (Head.astro); embeds do not need it.
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
