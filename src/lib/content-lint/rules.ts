/**
 * What content may contain, shared by the MDX and data checks. Content is reviewed as text, but
 * MDX is code and the pages are a clinic's trusted widget source, so markup that runs, loads,
 * redirects or submits anything is refused, and links may only go where a reader expects.
 */

/** One thing wrong in a content file, with where it is. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** For data files: the entry (its id, or its position) and the field path inside it. */
  entry?: string;
  field?: string;
  message: string;
}

/** HTML elements content may not use, and why each is refused. */
export const BLOCKED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'runs code',
  style: 'restyles the page',
  link: 'loads a file from elsewhere',
  meta: 'can redirect the reader (http-equiv="refresh")',
  base: 'changes where every link goes',
  iframe: 'frames another page',
  frame: 'frames another page',
  frameset: 'frames other pages',
  object: 'loads a plugin or another page',
  embed: 'loads a plugin or another page',
  applet: 'loads a plugin',
  portal: 'shows another page',
  form: 'submits what readers type',
  input: 'is a form control',
  button: 'is a form control',
  textarea: 'is a form control',
  select: 'is a form control',
  foreignobject: 'hides HTML inside SVG',
  animate: 'can rewrite links inside SVG',
  set: 'can rewrite links inside SVG',
};

/** Attributes refused on any element or component, whatever their value. */
export const BLOCKED_ATTRIBUTES: Readonly<Record<string, string>> = {
  style: 'inline styles are blocked by the Content-Security-Policy; use the components',
  dangerouslysetinnerhtml: 'it writes raw markup',
  srcdoc: 'it holds a whole HTML page',
  formaction: 'it submits a form elsewhere',
};

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'poster',
  'data',
  'xlink:href',
  'cite',
  'background',
  'ping',
  'longdesc',
  'manifest',
  'codebase',
  'srcset',
]);

/** Where a link may go: `https`, and these schemes that cannot run or load anything. */
const SAFE_SCHEMES = new Set(['https', 'mailto', 'tel']);
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob']);

/** The scheme a browser would read from a URL (it drops surrounding spaces and any tab or newline). */
export function readScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers strip exactly these characters
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Why a URL may not appear in content, or undefined when it may: relative links, `#`
 * fragments, `https:`, `mailto:` and `tel:`. `allowHttp` lets plain `http:` through (for
 * reference URLs whose source has no https address).
 */
export function checkUrl(url: string, allowHttp = false): string | undefined {
  const trimmed = url.trim();
  if (/^[\\/]{2}/.test(trimmed)) return `"${short(url)}" has no scheme; write the full https:// address`;
  const scheme = readScheme(url);
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  if (scheme === 'http') return allowHttp ? undefined : `"${short(url)}" is not https; link to the https:// address`;
  if (SCRIPT_SCHEMES.has(scheme)) return `${scheme}: URLs can run code or smuggle a page ("${short(url)}")`;
  return `${scheme}: links are not allowed ("${short(url)}"); use https, mailto or a relative link`;
}

/** Why an attribute (name and string value) may not appear, or undefined when it may. */
export function checkAttribute(name: string, value: string | undefined): string | undefined {
  const lower = name.toLowerCase();
  if (/^on[a-z]/.test(lower)) return `the ${name} attribute runs code`;
  const blocked = BLOCKED_ATTRIBUTES[lower];
  if (blocked) return `the ${name} attribute is not allowed: ${blocked}`;
  if (value === undefined) return undefined;
  if (URL_ATTRIBUTES.has(lower)) {
    const urls = lower === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of urls) {
      const problem = checkUrl(url);
      if (problem) return `${name}: ${problem}`;
    }
    return undefined;
  }
  // A component prop can still become a link: refuse script-capable values whatever the name.
  const scheme = readScheme(value);
  if (scheme && SCRIPT_SCHEMES.has(scheme)) return `${name}: ${checkUrl(value) ?? ''}`;
  return undefined;
}

/** Why an element may not appear, or undefined when it may (components, written capitalised, may). */
export function checkElement(name: string): string | undefined {
  const reason = BLOCKED_ELEMENTS[name.toLowerCase()];
  if (!reason || /^[A-Z]/.test(name)) return undefined;
  return `<${name}> is not allowed in content: it ${reason}`;
}

/** Shortens a value for a message. */
export function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Formats problems one a line, as the build prints them: `file:line: entry "x", field y: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => {
      const where = p.entry ? ` entry "${p.entry}"${p.field ? `, field ${p.field}` : ''}:` : '';
      return `${p.file}:${p.line}:${where} ${p.message}`;
    })
    .join('\n');
}
