/**
 * The validation library for code that may run in a browser: Zod Mini (the same engine as the
 * `astro/zod` the content collections use, at a third of the size and start-up cost), with
 * English messages, and with Zod's compiled fast path turned off, because compiling uses
 * `Function()` and even probing for it breaks a Content-Security-Policy without eval (the embed
 * pages have one). Schemas read this setting when they are built, so import `z` from here only.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
z.config({ jitless: true });

export { z };
