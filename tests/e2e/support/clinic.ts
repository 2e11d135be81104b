// A clinic's web page on another origin, for the embed tests: a strict Content-Security-Policy
// that allows only the guide's scripts and frames, and whatever markup a test gives it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Locator } from '@playwright/test';

/** A running clinic site: its origin, the page it serves at /, and how to stop it. */
export interface Clinic {
  origin: string;
  setPage(html: string): void;
  close(): Promise<void>;
}

/** Starts the clinic on a free port of localhost (another site than the guide's 127.0.0.1). */
export async function startClinic(siteOrigin: string): Promise<Clinic> {
  let html = '';
  const server: Server = createServer((req, res) => {
    // The clinic has no favicon; answer without an error so the console stays clean.
    if (req.url !== '/') return void res.writeHead(204).end();
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'self'; script-src ${siteOrigin}; frame-src ${siteOrigin}; style-src 'self'; img-src 'self'`,
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    setPage: (page) => (html = page),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A clinic page around the given markup. */
export function clinicPage(...parts: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Clinic</title></head><body><h1>Example Clinic</h1>${parts.join('\n')}</body></html>`;
}

/** The frame inside an embed's iframe, once it is scrolled into view (the loader mounts lazily). */
export async function frameOf(iframe: Locator): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}
