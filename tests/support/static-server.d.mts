import type { Server } from 'node:http';
/** One rule of a _headers file. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  detach: string[];
}
/** How a static host combines overlapping _headers rules. */
export type HeadersHost = 'cloudflare' | 'netlify';
/** Parses a `_headers` file into rules of a path pattern, the headers it sets and the headers it detaches. */
export function parseHeadersFile(text: string): HeaderRule[];
/** The headers a host sends for `pathname`, combining every matching rule the way that host does. */
export function resolveHeaders(rules: HeaderRule[], pathname: string, host?: HeadersHost): Record<string, string>;
/** The request path percent-decoded with dot segments removed, or undefined when it cannot be decoded. */
export function normaliseRequestPath(rawPath: string): string | undefined;
/** Starts a server for `root` on `port`; resolves with the server once it listens. */
export function serveDirectory(
  root: string,
  port: number,
  bindHost?: string,
  options?: { host?: HeadersHost },
): Promise<Server>;
