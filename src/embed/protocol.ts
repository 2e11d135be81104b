/**
 * The message protocol between an embed iframe and the loader on the host page. Every name
 * that lands on a clinic's page carries the `skinpen` prefix.
 */

/** Message type an embed page posts when its content height changes. */
export const HEIGHT_MESSAGE = 'skinpen:height';

/** Largest height, in CSS pixels, the loader will give an iframe (guards against runaway values). */
export const MAX_HEIGHT_PX = 20_000;

/** The height message an embed page sends to its parent. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** Which widget sent it (layer-depth or recovery-timeline). */
  widget: string;
  /** Content height in CSS pixels, rounded up. */
  height: number;
}

/** Builds the height message for a content height in pixels. */
export function createHeightMessage(widget: string, heightPx: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, widget, height: Math.ceil(heightPx) };
}

/**
 * The height a received message asks for, or undefined when the message is not ours, comes
 * from another origin, or carries a value that is not a sane height.
 */
export function readHeightMessage(data: unknown, origin: string, expectedOrigin: string): number | undefined {
  if (origin !== expectedOrigin || typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<HeightMessage>;
  if (message.type !== HEIGHT_MESSAGE || typeof message.height !== 'number' || !Number.isFinite(message.height))
    return undefined;
  if (message.height < 0 || message.height > MAX_HEIGHT_PX) return undefined;
  return Math.ceil(message.height);
}
