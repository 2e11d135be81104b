import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { checkAttribute, checkElement, checkUrl, readScheme, short, type ContentProblem } from './rules';

/** Fields whose whole value is a link (a key, or a list under that key). */
const URL_FIELDS = /^(url|href|src|link|alsoAt|[a-z]+Url)$/;

/** What the data check found: problems stop the build, notices are worth a warning. */
export interface DataLintResult {
  problems: ContentProblem[];
  /** Reference URLs that are plain http (allowed for references, but worth an https address). */
  httpUrls: ContentProblem[];
}

/** Why a piece of data text may not appear, or undefined: markup that runs or loads, or a bad link inside it. */
export function checkDataText(text: string): string | undefined {
  for (const [, name] of text.matchAll(/<\s*\/?\s*([A-Za-z][\w:-]*)/g)) {
    const problem = name ? checkElement(name.toLowerCase()) : undefined;
    if (problem) return problem;
  }
  for (const [tag] of text.matchAll(/<[A-Za-z][^>]*>?/g)) {
    for (const m of tag.matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const problem = m[1] ? checkAttribute(m[1], m[2] ?? m[3] ?? m[4]) : undefined;
      if (problem) return problem;
    }
  }
  for (const [, url] of text.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
    const problem = url ? checkUrl(url) : undefined;
    if (problem) return `a Markdown link: ${problem}`;
  }
  const scheme = readScheme(text);
  if (scheme && ['javascript', 'vbscript', 'data', 'file', 'blob'].includes(scheme)) return checkUrl(text);
  return undefined;
}

/**
 * Every string in a YAML data file that content may not contain, each with its line, entry and
 * field. `allowHttp` lets link fields use plain http (reference URLs), reported as notices.
 */
export function lintYaml(source: string, file: string, allowHttp = false): DataLintResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const result: DataLintResult = { problems: [], httpUrls: [] };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    result.problems.push({
      file,
      line: error?.linePos?.[0]?.line ?? 1,
      message: `is not valid YAML: ${error?.message}`,
    });
    return result;
  }

  const visit = (node: Node | null | undefined, path: (string | number)[], entry: string | undefined) => {
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const id: unknown = path.length === 0 && isMap(item) ? item.get('id') : undefined;
        const name = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i + 1}`;
        visit(item as Node, [...path, i], entry ?? (path.length === 0 ? name : undefined));
      });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value as Node, [...path, key], entry);
      }
    } else if (isScalar(node) && typeof node.value === 'string') {
      const field = (entry === undefined ? path : path.slice(1)).join('.');
      const where = {
        file,
        line: lines.linePos(node.range?.[0] ?? 0).line,
        ...(entry === undefined ? {} : { entry }),
        field,
      };
      const linkField = path.some((p) => typeof p === 'string' && URL_FIELDS.test(p));
      const problem = linkField ? checkUrl(node.value, allowHttp) : undefined;
      const text = problem ?? checkDataText(node.value);
      if (text) result.problems.push({ ...where, message: text });
      else if (linkField && readScheme(node.value) === 'http')
        result.httpUrls.push({ ...where, message: `http: ${short(node.value)}` });
    }
  };
  visit(doc.contents, [], undefined);
  return result;
}
