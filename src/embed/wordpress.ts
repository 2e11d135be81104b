/**
 * Inside an embed page that WordPress framed from a pasted URL. WordPress treats the guide as an
 * oEmbed provider it does not know: it frames the page with `sandbox="allow-scripts"` (an opaque
 * origin: no storage, no new tabs, no downloads, no print), appends `#?secret=<10 characters>`,
 * and its wp-embed.js listens only for its own messages, `{ message: 'height' | 'link', value,
 * secret }`, sent to the parent; it answers `{ message: 'ready', secret }` when it starts. It
 * clamps heights to 200–1,000 px and follows a link only when it is http(s) on the embed's own
 * host and the iframe has focus (it then navigates the whole page). The shapes are those of
 * wp-includes/js/wp-embed.js and wp-embed-template.js (WordPress 6.1).
 */

/** WordPress's secret from the page's fragment (`#?secret=abcdefghij`), or undefined when it has none. */
export function readWordPressSecret(hash: string): string | undefined {
  return /^#(?:.*[?&])?secret=([A-Za-z0-9]{10})(?:&|$)/.exec(hash)?.[1];
}

/** A message wp-embed.js acts on. */
export interface WordPressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/** The height message for a content height in CSS pixels (rounded up, as WordPress's own embeds send it). */
export function createWordPressHeightMessage(secret: string, heightPx: number): WordPressMessage {
  return { message: 'height', value: Math.ceil(heightPx), secret };
}

/**
 * The address a click should hand WordPress, or undefined when WordPress would ignore it: only
 * http(s) links on the embed page's own host (wp-embed.js drops every other link message).
 */
export function wordPressLinkTarget(href: string, pageUrl: string): string | undefined {
  let target: URL;
  try {
    target = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  const page = new URL(pageUrl);
  if (!/^https?:$/.test(target.protocol) || target.host !== page.host) return undefined;
  return target.href;
}

/** True when the page is framed by WordPress as an unknown provider's embed. */
export function isInWordPressSandbox(): boolean {
  return window.parent !== window && readWordPressSecret(window.location.hash) !== undefined;
}

/**
 * Speaks WordPress's embed protocol from inside the frame: height messages whenever the content
 * changes size and when wp-embed.js says it is ready, and link clicks handed to WordPress (the
 * sandbox blocks the new tab a link would open). Does nothing outside WordPress's frame.
 * Returns a function that stops it.
 */
export function speakWordPress(root: HTMLElement = document.documentElement): () => void {
  const secret = readWordPressSecret(window.location.hash);
  if (window.parent === window || secret === undefined) return () => undefined;
  const send = (message: WordPressMessage) => window.parent.postMessage(message, '*');
  let last = -1;
  const sendHeight = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    send(createWordPressHeightMessage(secret, height));
  };
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (event.source === window.parent && data?.secret === secret && data.message === 'ready') sendHeight(true);
  };
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    )
      return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const target = link ? wordPressLinkTarget(link.getAttribute('href') ?? '', window.location.href) : undefined;
    if (!target) return;
    event.preventDefault();
    send({ message: 'link', value: target, secret });
  };
  const observer = new ResizeObserver(() => sendHeight());
  observer.observe(root);
  window.addEventListener('message', onMessage);
  document.addEventListener('click', onClick);
  sendHeight(true);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
    document.removeEventListener('click', onClick);
  };
}

/**
 * Where the reader can download or print the plan when this frame cannot (WordPress's sandbox,
 * or any sandbox without its own origin): the same embed page, opened as a page of its own, with
 * the same options and the planner shown. Undefined when this frame can do both itself.
 */
export function fullPlannerHref(location: Location = window.location): string | undefined {
  if (!isInWordPressSandbox() && window.origin !== 'null') return undefined;
  const url = new URL(location.pathname + location.search, location.href);
  url.searchParams.set('planner', 'true');
  return url.href;
}

/**
 * What the recovery timeline changes in such a sandbox: download and print become one link to
 * the full planner, and when the planner shows it comes first, with the day-by-day timeline
 * behind a disclosure, so it sits inside the 1,000 px WordPress gives the frame. Empty elsewhere.
 */
export function recoveryTimelineSandboxProps(showPlanner: boolean): {
  fullPlannerHref?: string;
  timeline?: 'collapsed';
} {
  const href = fullPlannerHref();
  if (!href) return {};
  return showPlanner ? { fullPlannerHref: href, timeline: 'collapsed' } : { fullPlannerHref: href };
}
