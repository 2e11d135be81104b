import { createHeightMessage } from './protocol';

/**
 * Inside an embed iframe: tells the parent page the content height whenever it changes, so
 * the loader can size the iframe with no inner scrollbar. The message carries only a height,
 * so it is posted to any parent origin (the loader checks that it came from this site).
 */
export function reportHeight(widget: string, root: HTMLElement = document.documentElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(createHeightMessage(widget, height), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  window.addEventListener('load', send);
  send();
  return () => observer.disconnect();
}
