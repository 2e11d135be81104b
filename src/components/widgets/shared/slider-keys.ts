/**
 * The keyboard contract every widget slider shares, after the ARIA slider pattern: arrows move one
 * step, Page Up and Page Down a larger step, Home and End to the ends. Each widget's model turns
 * the action into a value. Pure.
 */

/** What a key asks a slider to do. */
export type SliderKeyAction = 'next' | 'previous' | 'nextPage' | 'previousPage' | 'first' | 'last';

const ACTIONS: Readonly<Record<string, SliderKeyAction>> = {
  ArrowRight: 'next',
  ArrowUp: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'previous',
  PageUp: 'nextPage',
  PageDown: 'previousPage',
  Home: 'first',
  End: 'last',
};

/** The action of a `KeyboardEvent.key`, or null when the key is not a slider key. */
export function getSliderKeyAction(key: string): SliderKeyAction | null {
  return Object.prototype.hasOwnProperty.call(ACTIONS, key) ? (ACTIONS[key] ?? null) : null;
}
