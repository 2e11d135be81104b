import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveryTimelineWidget } from '../../../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import type { Lang } from '../../../../src/components/widgets/shared/i18n';
import { recoveryTimelineProps as makeProps } from '../../../support/content';

beforeEach(() => {
  // Only Date is faked, so "today" is fixed while user-event's timers run normally.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 8, 1, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('data-spg-rt-print');
});

function setup(lang: Lang = 'en') {
  const user = userEvent.setup();
  const view = render(
    <section data-widget="recovery-timeline">
      <RecoveryTimelineWidget {...makeProps(lang, { showPlanner: true, timeline: 'collapsed' })} />
    </section>,
  );
  const live = view.container.querySelector('[aria-live="polite"]');
  if (!live) throw new Error('no live region');
  return { user, view, live };
}

const dateField = (name = 'Date of your first session') => screen.getByLabelText(name);
const setDate = (value: string, name?: string) => fireEvent.change(dateField(name), { target: { value } });

describe('the series planner', () => {
  it('turns a first-session date into a dated series with windows, milestones and results', () => {
    const { live } = setup();
    setDate('2026-10-15');
    const plan = screen.getByRole('heading', { name: 'Your possible plan: Acne scars (face): 3 sessions' })
      .parentElement as HTMLElement;
    const sessions = within(plan)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-session'));
    expect(sessions.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Session 1 of 3: Thu, October 15, 2026',
      'Session 2 of 3: Sat, November 14, 2026',
      'Session 3 of 3: Mon, December 14, 2026',
    ]);
    expect(sessions[1]).toHaveTextContent('Usual window: Thu, November 12, 2026 to Sat, November 14, 2026');
    expect(sessions[0]).toHaveTextContent(
      'day 1 (Fri, Oct 16): Sunscreen; day 2 (Sat, Oct 17): Makeup; day 7 (Thu, Oct 22): Exercise and sweat, Saunas and hot tubs, Pools (estimate), Retinoids and acids; day 14 (Thu, Oct 29): Sun with sunscreen, Ibuprofen and similar.',
    );
    expect(plan).toHaveTextContent(
      'First results check: Thu, January 14, 2027 (1 month after the last session, estimate)',
    );
    expect(plan).toHaveTextContent(
      'Later results check: Mon, June 14, 2027 (6 months after the last session, estimate)',
    );
    expect(plan).toHaveTextContent(/Upkeep, if you choose it: between Mon, June 14, 2027 and Tue, December 14, 2027/);
    expect(live).toHaveTextContent('Plan ready: 3 sessions, from Thu, October 15, 2026 to Mon, December 14, 2026.');
  });

  it('replans when the series changes', async () => {
    const { user } = setup();
    setDate('2026-10-15');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'neck-wrinkles');
    expect(screen.getByRole('heading', { name: /Neck wrinkles: 4 sessions/ })).toBeInTheDocument();
    expect(screen.getByText('Session 4 of 4: Wed, January 13, 2027')).toBeInTheDocument();
  });

  it('allows a start date in the past', () => {
    setup();
    setDate('2026-03-01');
    expect(screen.getByText('Session 3 of 3: Thu, April 30, 2026')).toBeInTheDocument();
  });

  it.each([
    ['2031-01-01', 'That date is more than a year away. Choose a date within a year of today.'],
    ['2024-02-29', 'That date is more than a year ago. Choose a date within a year of today.'],
  ])('explains inline why %s gives no plan', (value, message) => {
    setup();
    setDate(value);
    expect(dateField()).toHaveAttribute('aria-invalid', 'true');
    expect(dateField()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.queryByRole('heading', { name: /Your possible plan/ })).not.toBeInTheDocument();
  });

  it('asks for a date when the form is sent empty', async () => {
    const { user, live } = setup();
    await user.click(screen.getByRole('button', { name: 'Show my plan' }));
    expect(dateField()).toHaveAccessibleDescription(expect.stringContaining('Enter the date of your first session.'));
    expect(dateField()).toHaveAttribute('aria-invalid', 'true');
    expect(live).toHaveTextContent('Enter the date of your first session.');
  });

  it('removes the plan when a valid date is cleared', () => {
    setup();
    setDate('2026-10-15');
    setDate('');
    expect(screen.queryByRole('heading', { name: /Your possible plan/ })).not.toBeInTheDocument();
  });

  it('offers the plan as a calendar file made by the calendar library', async () => {
    const { user } = setup();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:plan';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    setDate('2026-10-15');
    await user.click(screen.getByRole('button', { name: 'Download calendar file (.ics)' }));
    await waitFor(() =>
      expect(screen.getByText('Calendar file ready: skinpen-plan-2026-10-15.ics')).toBeInTheDocument(),
    );
    expect(click).toHaveBeenCalledTimes(1);
    const calendar = new ICAL.Component(ICAL.parse(await (saved as Blob).text()) as unknown[]);
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.filter((s) => s.startsWith('SkinPen session'))).toEqual([
      'SkinPen session 1 of 3',
      'SkinPen session 2 of 3',
      'SkinPen session 3 of 3',
    ]);
  });

  it('prints only the plan and puts the page back afterwards', async () => {
    const { user, view } = setup();
    // As in a browser that opens its print dialog: beforeprint at once, afterprint once it closes.
    const print = vi.spyOn(window, 'print').mockImplementation(() => window.dispatchEvent(new Event('beforeprint')));
    setDate('2026-10-15');
    await user.click(screen.getByRole('button', { name: 'Print this plan' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.documentElement).toHaveAttribute('data-spg-rt-print');
    const root = view.container.querySelector('[data-widget="recovery-timeline"]');
    expect(root).toHaveAttribute('data-spg-rt-printing');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement).not.toHaveAttribute('data-spg-rt-print');
    expect(root).not.toHaveAttribute('data-spg-rt-printing');
  });

  it('puts the page back at once when the browser refuses to print (a sandbox without allow-modals)', async () => {
    const { user, view } = setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    setDate('2026-10-15');
    await user.click(screen.getByRole('button', { name: 'Print this plan' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.documentElement).not.toHaveAttribute('data-spg-rt-print');
    expect(view.container.querySelector('[data-spg-rt-printing]')).toBeNull();
  });

  it('formats dates for a Spanish reader', () => {
    setup('es');
    setDate('2026-10-15', 'Fecha de tu primera sesión');
    expect(screen.getByText('Sesión 2 de 3: sábado, 14 de noviembre de 2026')).toBeInTheDocument();
  });
});

describe('the series planner inside a sandbox that cannot download or print', () => {
  it.each([
    ['en', 'Date of your first session', 'Open the full planner to download or print this plan'],
    ['es', 'Fecha de tu primera sesión', 'Abre el planificador completo para descargar o imprimir este plan'],
  ] as const)('offers one link to the full planner instead of download and print (%s)', (lang, field, link) => {
    const href = 'https://guide.example.org/embed/recovery-timeline/?planner=true';
    render(
      <section data-widget="recovery-timeline">
        <RecoveryTimelineWidget {...makeProps(lang, { showPlanner: true })} fullPlannerHref={href} />
      </section>,
    );
    setDate('2026-10-15', field);
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', href);
    expect(screen.queryByRole('button', { name: /calendar|calendario|Print|Imprimir/ })).toBeNull();
  });
});
