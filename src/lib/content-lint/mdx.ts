import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { checkAttribute, checkElement, checkUrl, short, type ContentProblem } from './rules';

/** The parts of an mdast or hast node the checks read. */
interface LintNode {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  children?: LintNode[];
  position?: { start: { line: number } } | null;
}

/**
 * True when a JavaScript expression is only a value written out: strings, numbers, true, false,
 * null, arrays and objects of those (object keys may be bare names). Nothing in it can call,
 * read or compute anything, so it cannot run code when the site builds.
 */
export function isLiteralExpression(expression: string): boolean {
  const token =
    /\s+|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[[\]{},:]|[A-Za-z_$][\w$]*/y;
  const tokens: string[] = [];
  for (let at = 0; at < expression.length;) {
    token.lastIndex = at;
    const match = token.exec(expression);
    if (!match) return false;
    if (match[0].trim() !== '' && !match[0].startsWith('/*')) tokens.push(match[0]);
    at = token.lastIndex;
  }
  return tokens.every((t, i) => {
    if (!/^[A-Za-z_$]/.test(t)) return true;
    return ['true', 'false', 'null'].includes(t) || tokens[i + 1] === ':';
  });
}

function checkHtml(html: string, report: (message: string) => void): void {
  const walk = (node: LintNode) => {
    if (node.type === 'element' && node.tagName) {
      const element = checkElement(node.tagName);
      if (element) report(element);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        const attribute = checkAttribute(
          name === 'xLinkHref' ? 'xlink:href' : name,
          Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined,
        );
        if (attribute) report(attribute);
      }
    }
    node.children?.forEach(walk);
  };
  walk(htmlToHast(html, { fragment: true }) as LintNode);
}

/** Everything in an MDX (or Markdown) article that content may not contain, each with its line. */
export function lintMdx(source: string, file: string, format: 'mdx' | 'md' = 'mdx'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let tree: LintNode;
  try {
    tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as LintNode;
  } catch (error) {
    const line = Number(/^(\d+):/.exec(String((error as Error).message))?.[1] ?? 1);
    return [{ file, line, message: `cannot be read as MDX: ${(error as Error).message}` }];
  }
  const walk = (node: LintNode) => {
    const line = node.position?.start.line ?? 1;
    const report = (message: string) => problems.push({ file, line, message });
    switch (node.type) {
      case 'mdxjsEsm':
        report('import and export statements run as code when the site builds; use the components without importing');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // Comments (`{/* … */}`) and `{'text'}` (literal braces) are fine; only computed expressions run code.
        if (!isLiteralExpression(String(node.value)))
          report(`{${short(String(node.value))}} runs as code when the site builds; write the text itself`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node.name ? checkElement(node.name) : undefined;
        if (element) report(element);
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(
              `{${short(String(attribute.value))}} spreads code into ${node.name ?? 'a fragment'}; write each prop`,
            );
            continue;
          }
          const name = attribute.name ?? '';
          const value = attribute.value as string | { value?: string } | null | undefined;
          if (value !== null && typeof value === 'object') {
            const expression = String(value.value);
            if (!isLiteralExpression(expression))
              report(`${name}={${short(expression)}} runs as code when the site builds; give a plain value`);
            // Each string written in the value is checked as if it were the attribute's own.
            const strings = [...expression.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map(
              (m) => m[1] ?? m[2] ?? '',
            );
            for (const text of strings.length > 0 ? strings : [undefined]) {
              const problem = checkAttribute(name, text);
              if (problem) {
                report(problem);
                break;
              }
            }
            continue;
          }
          const problem = checkAttribute(name, value ?? undefined);
          if (problem) report(problem);
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const problem = checkUrl(String(node.url));
        if (problem) report(problem);
        break;
      }
      case 'html':
        checkHtml(String(node.value), report);
        break;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}
