/** Gzip size of a string or buffer, in bytes. */
export function gzipSize(content: string | Uint8Array): number;
/** A JavaScript file and every file it imports statically, as absolute paths. */
export function moduleClosure(file: string, seen?: Set<string>): Set<string>;
/** One island on a page: its component, the files it loads and their gzip total. */
export interface IslandWeight {
  component: string;
  files: string[];
  bytes: number;
}
/** What a built HTML page loads: JavaScript before interaction, JavaScript per island, CSS. */
export function measurePage(
  dist: string,
  htmlFile: string,
): { jsBeforeInteraction: number; islands: IslandWeight[]; css: number };
