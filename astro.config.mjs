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
    // No code blocks on this site, and Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [glossaryLinks(readLinkableTerms()), readingStats()] }),
  },
  integrations: [
    mdx(),
    react(),
    sitemap({
      filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') && !page.includes('/my-recovery/'),
    }),
    pagefind(),
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
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (JavaScript eval stays blocked).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
