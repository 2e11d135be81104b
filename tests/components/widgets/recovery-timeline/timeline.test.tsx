import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecoveryTimelineWidget } from '../../../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import { recoveryTimelineProps as makeProps } from '../../../support/content';

function setup(overrides: Parameters<typeof makeProps>[1] = {}, lang: Parameters<typeof makeProps>[0] = 'en') {
  const user = userEvent.setup();
  const view = render(
    <section data-widget="recovery-timeline">
      <RecoveryTimelineWidget {...makeProps(lang, overrides)} />
    </section>,
  );
  const slider = screen.getByRole('slider', {
    name: lang === 'en' ? 'Time after a session' : 'Tiempo después de una sesión',
  });
  const live = view.container.querySelector('[aria-live="polite"]');
  if (!live) throw new Error('no live region');
  return { user, slider, live, view };
}

describe('the day control', () => {
  it('starts on treatment day with a value text saying what is happening', () => {
    const { slider } = setup();
    expect(slider).toHaveAttribute('aria-valuetext', 'Day 0: red and warm, like a moderate sunburn');
    expect(screen.getByRole('heading', { name: 'Day 0: treatment day' })).toBeInTheDocument();
  });

  it('opens on the day it is given', () => {
    const { slider } = setup({ initialDay: 2 });
    expect(slider).toHaveAttribute('aria-valuetext', 'Day 2: redness fading, skin may feel tight');
  });

  it.each([
    [[], 'ArrowRight', 'Day 1: pink and a bit inflamed, may feel dry'],
    [[], 'ArrowUp', 'Day 1: pink and a bit inflamed, may feel dry'],
    [[], 'ArrowLeft', 'Day 0: red and warm, like a moderate sunburn'],
    [[], 'End', 'Month 12: repair may go on for a year or more'],
    [['End'], 'Home', 'Day 0: red and warm, like a moderate sunburn'],
    [['End'], 'ArrowDown', 'Month 9: repair may go on for a year or more'],
    [['PageUp', 'PageUp', 'PageUp', 'PageUp'], 'PageUp', 'Week 2: skin usually looks normal again'],
    [['End', 'PageDown'], 'PageDown', 'Month 1: slow change in texture and scars'],
  ])('after %j, %s moves to "%s"', async (before, key, valueText) => {
    const { user, slider } = setup();
    slider.focus();
    for (const k of before) await user.keyboard(`{${k}}`);
    await user.keyboard(`{${key}}`);
    expect(slider).toHaveAttribute('aria-valuetext', valueText);
  });

  it('announces the new stage politely', async () => {
    const { user, slider, live } = setup();
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(live).toHaveTextContent('Day 2: redness fading, skin may feel tight. Day 2, stage 3 of 8.');
    expect(screen.getByRole('heading', { name: 'Day 2' })).toBeInTheDocument();
  });

  it('names the time and the stage for stops inside a longer stage', async () => {
    const { user, slider } = setup({ initialDay: 21 });
    expect(screen.getByRole('heading', { name: 'Week 3 · Weeks 2 to 4' })).toBeInTheDocument();
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Week 4 · Weeks 2 to 4' })).toBeInTheDocument();
  });

  it('moves with the Earlier and Later buttons, which stop at the ends', async () => {
    const { user, slider } = setup();
    const earlier = screen.getByRole('button', { name: /Earlier/ });
    expect(earlier).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Later/ }));
    expect(slider).toHaveAttribute('aria-valuetext', 'Day 1: pink and a bit inflamed, may feel dry');
    expect(earlier).toBeEnabled();
  });

  it('shows what to notice, do, avoid and when to call, each with sources and secondary-source notes', () => {
    setup();
    const stage = screen.getByRole('region', { name: 'Day 0: treatment day' });
    for (const name of ['What you may notice', 'What to do', 'What to avoid', 'Not normal: call your clinic']) {
      expect(within(stage).getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(within(stage).getAllByRole('link', { name: 'source 74' })[0]).toHaveAttribute('href', '/references/#ref-74');
    expect(
      within(stage).getAllByText(/clinic copies of the SkinPen care instructions \(secondary source\)/).length,
    ).toBeGreaterThan(0);
  });

  it('says when sources disagree and which timing it shows', async () => {
    const { user, slider } = setup({ initialDay: 5 });
    expect(screen.getByRole('region', { name: /Days 4 to 7/ })).toHaveTextContent(
      'Sources differ: Clinic instructions range from 5 to 7 days. We show the more cautious 7 days.',
    );
    slider.focus();
    await user.keyboard('{End}');
    expect(screen.getByRole('region', { name: /After 6 months/ })).toHaveTextContent(
      /device maker’s web page, not a trial/,
    );
  });
});

describe('activities', () => {
  it.each([
    [0, 'exercise', 'Day 0: avoid for now.'],
    [3, 'exercise', 'Day 3: sources differ, so the cautious advice is to wait.'],
    [7, 'exercise', 'Day 7: usually fine.'],
    [5, 'retinoids', 'Day 5: sources differ, so the cautious advice is to wait.'],
    [1, 'makeup', 'Day 1: sources differ, so the cautious advice is to wait.'],
    [2, 'makeup', 'Day 2: usually fine.'],
    [0, 'other-treatments', 'Day 0: ask your provider.'],
  ])('on day %i, %s reads "%s"', (day, id, status) => {
    const { view } = setup({ initialDay: day });
    const item = view.container.querySelector(`li[data-activity="${id}"]`);
    expect(item).toHaveTextContent(status);
  });

  it('marks the estimated timing', () => {
    const { view } = setup();
    expect(view.container.querySelector('li[data-activity="swimming"]')).toHaveTextContent(
      'Usually fine again from day 7 (estimate).',
    );
  });
});

describe('when to get help', () => {
  it.each(['open', 'collapsed'] as const)('is always visible when the timeline is %s', (timeline) => {
    setup({ timeline, showPlanner: true });
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(within(help).getAllByRole('listitem')).toHaveLength(13);
    expect(help).toHaveTextContent(/Cold sores or blisters/);
  });

  it('puts the signs under three tiers, told apart by headings in words and numbers', () => {
    setup();
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(
      within(help)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['1 Call your clinic', '2 Get care the same day', '3 Call emergency services now']);
    const tierOf = (sign: string) =>
      help.querySelector(`[data-sign="${sign}"]`)?.closest('[data-tier]')?.getAttribute('data-tier');
    expect(tierOf('cold-sores')).toBe('clinic');
    expect(tierOf('eye-problem')).toBe('same-day');
    expect(tierOf('severe-allergy')).toBe('emergency');
  });

  it('gives the emergency numbers as links that call them', () => {
    setup();
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(within(help).getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
    expect(within(help).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(within(help).getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  });
});

describe('collapsed timeline', () => {
  it('puts the planner first and keeps the timeline behind a closed disclosure', () => {
    const { view } = setup({ timeline: 'collapsed', showPlanner: true });
    const details = view.container.querySelector('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText('Recovery after each session, day by day').tagName).toBe('SUMMARY');
    const order = [...view.container.querySelectorAll('.spg-rt__planner, details')].map((el) => el.tagName);
    expect(order).toEqual(['SECTION', 'DETAILS']);
  });
});

describe('Spanish', () => {
  it('speaks Spanish throughout', async () => {
    const { user, slider, live } = setup({}, 'es');
    expect(slider).toHaveAttribute('aria-valuetext', 'Día 0: piel roja y caliente, como una quemadura de sol moderada');
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(live).toHaveTextContent('Día 1: piel rosada y algo inflamada, puede estar seca. Día 1, etapa 2 de 8.');
    const help = screen.getByRole('region', { name: 'Cuándo pedir ayuda' });
    expect(within(help).getByRole('heading', { name: '3 Llama a emergencias ahora' })).toBeInTheDocument();
  });
});
