/** Flags that keep Chromium quiet and self-contained on a machine without internet. */
export const CHROMIUM_ARGS: string[];
/** The path of a Chromium executable, or undefined when none is installed. */
export function findChromium(): string | undefined;
/** What to tell a person when no Chromium is found. */
export const NO_CHROMIUM_MESSAGE: string;
