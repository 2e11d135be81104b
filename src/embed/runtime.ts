import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { adjustForContrast, contrastRatio, parseHexColour, toHex, type Rgb } from './colour';
import { parseEmbedParams, type ParamSchemas } from './params';
import { reportHeight } from './height-reporter';

/**
 * The background the accent must contrast with in each colour scheme: the least contrasting of
 * the site's surfaces (--accent-soft, on which notes and links sit), so text passes on all of them.
 */
export const SCHEME_BACKGROUNDS: Record<'light' | 'dark', Rgb> = { light: [227, 242, 241], dark: [23, 50, 51] };

/** CSS custom properties to set on the embed page for a brand colour, and any warnings. */
export function accentProperties(
  hex: string,
  schemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
): { properties: Record<string, string>; warnings: string[] } {
  const rgb = parseHexColour(hex);
  if (!rgb) return { properties: {}, warnings: [] };
  const properties: Record<string, string> = {};
  const warnings: string[] = [];
  for (const scheme of schemes) {
    const background = SCHEME_BACKGROUNDS[scheme];
    const { colour, adjusted } = adjustForContrast(rgb, background);
    if (adjusted) {
      warnings.push(
        `SkinPen embed: accent ${hex.toLowerCase()} is too faint on the ${scheme} background (${contrastRatio(rgb, background).toFixed(2)}:1); ${toHex(colour)} is used there so text keeps 4.5:1.`,
      );
    }
    const onAccent: Rgb =
      contrastRatio(colour, [0, 0, 0]) >= contrastRatio(colour, [255, 255, 255]) ? [0, 0, 0] : [255, 255, 255];
    properties[`--embed-accent-${scheme}`] = toHex(colour);
    properties[`--embed-accent-contrast-${scheme}`] = toHex(onAccent);
  }
  return { properties, warnings };
}

/**
 * Reads an embed page's query parameters with the widget's schemas, applies the page-level
 * ones (language, colour scheme, brand colour), warns once per refused value, starts the
 * height reports, and returns the values for the widget itself.
 */
export function setUpEmbed(
  widget: string,
  schemas: ParamSchemas,
  search = window.location.search,
): Record<string, unknown> {
  const { values, warnings } = parseEmbedParams(search, schemas);
  const root = document.documentElement;
  if (values['lang'] === 'en' || values['lang'] === 'es') {
    const lang = values['lang'];
    root.lang = lang;
    for (const el of document.querySelectorAll('[data-widget]')) el.setAttribute('lang', lang);
    // Server-rendered extras in the other language (the no-JavaScript table) would mislead.
    for (const el of document.querySelectorAll(`[data-skinpen-static-lang]:not([data-skinpen-static-lang="${lang}"])`))
      el.remove();
  }
  if (values['theme'] === 'light' || values['theme'] === 'dark') root.dataset['theme'] = values['theme'];
  if (typeof values['accent'] === 'string') {
    // Only the schemes the reader can see need checking: both when the theme follows the system.
    const theme = values['theme'];
    const accent = accentProperties(
      values['accent'],
      theme === 'light' || theme === 'dark' ? [theme] : ['light', 'dark'],
    );
    for (const [name, value] of Object.entries(accent.properties)) root.style.setProperty(name, value);
    warnings.push(...accent.warnings);
  }
  for (const warning of warnings) console.warn(warning);
  reportHeight(widget);
  return values;
}

/**
 * Renders the widget once the browser has had a turn (so loading the code and drawing it are
 * separate tasks), as a transition, which React works through in short slices: the page stays
 * responsive while the widget comes to life. `hydrate` reuses the server's markup in place.
 */
export function mountWidget(container: HTMLElement | null, widget: ReactNode, hydrate: boolean): void {
  if (!container) return;
  setTimeout(() => {
    startTransition(() => {
      if (hydrate) hydrateRoot(container, widget);
      else createRoot(container).render(widget);
    });
  }, 0);
}

export { loadEmbedProps, type EmbedPropsJson } from './load-props';
