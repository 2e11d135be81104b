/**
 * Zod compiles fast validators with `Function()` unless told not to, and even probing whether
 * it may do so breaks the embed pages' Content-Security-Policy (no eval), which Chrome logs as
 * an issue. Schemas decide at construction, and some are built when their module loads, so
 * this module must be the first import of every embed entry point.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
