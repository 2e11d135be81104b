/**
 * Inside an embed iframe (browser): reads the URL's options with the widget's schemas, applies
 * language, colour scheme and brand colour to the page, starts the height reports, and renders
 * the widget. `setUpEmbed` and `reportHeight` are the hooks other embed protocols build on.
 */
import { createElement, startTransition, type ComponentType, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isLang, type Lang } from '../components/widgets/shared/i18n';
import { adjustForContrast, contrastRatio, parseHexColour, toHex, type Rgb } from './colour';
import type { EmbedDescriptor } from './descriptor';
import { reportHeight } from './height-reporter';
import { speakWordPress } from './wordpress';
import { checkFragment, COMMON_PARAM_SCHEMAS, parseEmbedParams, type ParamSchemas } from './params';
import { loadEmbedProps, type EmbedPropsJson } from './props-json';
import { getShellText } from './shell';
import { CLINIC_PARAMS, EMBED_WIDGETS, type EmbedWidgetId } from './widgets';

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
 * Reads an embed page's query parameters with the widget's schemas, applies the colour scheme
 * and brand colour, writes each warning to the console once, starts the height reports, and
 * returns the accepted values.
 */
export function setUpEmbed(
  widget: EmbedWidgetId,
  schemas: ParamSchemas,
  location: Pick<Location, 'search' | 'hash'> = window.location,
): Record<string, unknown> {
  const { values, warnings } = parseEmbedParams(location.search, schemas);
  const fragment = checkFragment(location.hash, Object.keys(schemas));
  if (fragment) warnings.push(fragment);
  const root = document.documentElement;
  const theme = values['theme'];
  if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
  if (typeof values['accent'] === 'string') {
    // Only the schemes the reader can see need checking: both when the theme follows the system.
    const accent = accentProperties(values['accent'], theme === 'light' || theme === 'dark' ? [theme] : undefined);
    for (const [name, value] of Object.entries(accent.properties)) root.style.setProperty(name, value);
    warnings.push(...accent.warnings);
  }
  for (const warning of warnings) console.warn(warning);
  reportHeight(widget);
  speakWordPress();
  return values;
}

/** Puts the page around the widget in `lang`: its language, title, heading, landmark name and description. */
export function applyShellLang(widget: EmbedWidgetId, lang: Lang, doc: Document = document): void {
  const text = getShellText(widget, lang);
  doc.documentElement.lang = lang;
  for (const el of doc.querySelectorAll('[data-widget]')) el.setAttribute('lang', lang);
  doc.title = text.pageTitle;
  const main = doc.querySelector('main');
  main?.setAttribute('aria-label', text.title);
  const heading = main?.querySelector('h1');
  if (heading) heading.textContent = text.title;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', text.description);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-embed-lang]')) el.hidden = el.dataset['embedLang'] !== lang;
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

/**
 * Everything an embed page's script does: reads the props the page carries, applies the URL's
 * options through the widget's descriptor, and renders the widget. With no option that changes
 * it, the server's markup is already right and is hydrated in place.
 */
export async function mountEmbed<P extends object>(embed: EmbedDescriptor<P>, Widget: ComponentType<P>): Promise<void> {
  const json = JSON.parse(document.querySelector('[data-skinpen-props]')?.textContent ?? '{}') as EmbedPropsJson<P>;
  const [pageLang, pageProps] = (Object.entries(json.props ?? {})[0] ?? []) as [Lang | undefined, P | undefined];
  if (!pageLang || !pageProps) return;
  const values = setUpEmbed(embed.id, { ...COMMON_PARAM_SCHEMAS, ...embed.paramSchemas(pageProps) });
  const loaded = await loadEmbedProps(json, isLang(values['lang']) ? values['lang'] : pageLang);
  applyShellLang(embed.id, loaded.lang);
  const { props, warnings, changed: propsChanged = false } = embed.applyParams(loaded.props, values);
  for (const warning of warnings) console.warn(warning);
  document.querySelector('[data-widget]')?.setAttribute('aria-label', embed.getLabel(props));
  const changed =
    propsChanged ||
    loaded.lang !== pageLang ||
    [...EMBED_WIDGETS[embed.id].params, ...CLINIC_PARAMS].some((name) => name in values);
  mountWidget(document.querySelector<HTMLElement>('[data-skinpen-mount]'), createElement(Widget, props), !changed);
}
