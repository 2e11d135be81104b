/**
 * On the "my recovery" page: reads the link's fragment (never sent to a server), opens the timeline at
 * today's day after the session with the clinic's numbers and timings, and lets a reader without a link
 * enter their session date and bookmark the result. Nothing is fetched but this site's own files.
 */
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { decodeRecoveryFragment, encodeRecoveryFragment, readSessionDate } from '../../lib/clinic/fragment';
import { loadEmbedProps, type EmbedPropsJson } from '../../embed/props-json';
import { getLocalCalendarDate } from '../widgets/recovery-timeline/model/dates';
import {
  RecoveryTimelineWidget,
  type RecoveryTimelineWidgetProps,
} from '../widgets/recovery-timeline/RecoveryTimelineWidget';
import { getLimitsFromProps, personalise } from './my-recovery';

const json = JSON.parse(
  document.querySelector('[data-skinpen-props]')?.textContent ?? '{}',
) as EmbedPropsJson<RecoveryTimelineWidgetProps>;
const container = document.querySelector<HTMLElement>('[data-skinpen-mount]');
const pageLang = document.documentElement.lang === 'es' ? 'es' : 'en';
let root: Root | null = null;

/** Renders the timeline for the fragment now in the address bar. */
async function render(): Promise<void> {
  if (!container) return;
  const today = getLocalCalendarDate(new Date());
  const pageProps = Object.values(json.props)[0];
  if (!pageProps) return;
  const decoded = decodeRecoveryFragment(window.location.hash, getLimitsFromProps(pageProps), today);
  for (const warning of decoded.warnings) console.warn(warning);
  const wanted =
    decoded.link.clinic.lang === 'es' || (decoded.link.clinic.lang === undefined && pageLang === 'es') ? 'es' : 'en';
  const loaded = await loadEmbedProps(json, wanted);
  const props = personalise(loaded.props, decoded.link, today, loaded.lang);
  const widget = <RecoveryTimelineWidget key={window.location.hash} {...props} />;
  if (root) root.render(widget);
  else if (window.location.hash.length <= 1 && loaded.lang === pageLang) root = hydrateRoot(container, widget);
  else {
    root = createRoot(container);
    root.render(widget);
  }
}

// A reader with no link can enter their session date; the page keeps it in its own address, for a bookmark.
const form = document.querySelector<HTMLFormElement>('[data-my-recovery-form]');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = form.querySelector<HTMLInputElement>('input[type="date"]');
  const message = form.querySelector<HTMLElement>('[data-my-recovery-message]');
  const result = readSessionDate(input?.value ?? '', getLocalCalendarDate(new Date()));
  if (!result.ok) {
    if (message) message.textContent = form.dataset['invalid'] ?? '';
    input?.setAttribute('aria-invalid', 'true');
    return;
  }
  input?.removeAttribute('aria-invalid');
  const pageProps = Object.values(json.props)[0];
  const current = pageProps
    ? decodeRecoveryFragment(window.location.hash, getLimitsFromProps(pageProps), getLocalCalendarDate(new Date())).link
    : { clinic: {} };
  history.replaceState(null, '', encodeRecoveryFragment({ ...current, sessionDate: result.value }));
  if (message) message.textContent = form.dataset['saved'] ?? '';
  void render();
});
window.addEventListener('hashchange', () => void render());
void render();
