import type { Server } from 'node:http';
/** One rule of a _headers file. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}
/** Parses a `_headers` file into rules of a path pattern and its headers. */
export function parseHeadersFile(text: string): HeaderRule[];
/** Starts a server for `root` on `port`; resolves with the server once it listens. */
export function serveDirectory(root: string, port: number, host?: string): Promise<Server>;
