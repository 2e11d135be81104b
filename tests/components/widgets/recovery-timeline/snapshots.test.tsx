import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecoveryTimelineWidget } from '../../../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import { getStops } from '../../../../src/components/widgets/recovery-timeline/model/stages';
import { TimelineDiagram } from '../../../../src/components/widgets/recovery-timeline/TimelineDiagram';
import { recoveryTimelineProps as makeProps } from '../../../support/content';
import { formatMarkupSnapshot } from '../../../support/svg-snapshot';

const props = makeProps('en');
const stops = getStops(props.stages);

function diagram(stopIndex: number) {
  const { container } = render(
    <TimelineDiagram
      stages={props.stages}
      stops={stops}
      stopIndex={stopIndex}
      activities={props.activities}
      unitLabels={{ day: 'days', week: 'weeks', month: 'months' }}
      title="Recovery stages and everyday activities over time"
      desc="Selected time."
      idPrefix="rt"
    />,
  );
  return container.innerHTML;
}

afterEach(() => vi.useRealTimers());

describe('snapshots', () => {
  it('draws treatment day', async () => {
    await expect(formatMarkupSnapshot(diagram(0))).toMatchFileSnapshot('./__snapshots__/diagram-day-0.svg');
  });

  it('draws week 3', async () => {
    await expect(formatMarkupSnapshot(diagram(9))).toMatchFileSnapshot('./__snapshots__/diagram-week-3.svg');
  });

  it('renders a dated plan', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 8, 1, 12));
    render(<RecoveryTimelineWidget {...makeProps('en', { showPlanner: true, timeline: 'collapsed' })} />);
    fireEvent.change(screen.getByLabelText('Date of your first session'), { target: { value: '2026-10-15' } });
    const plan = document.querySelector('[data-plan]');
    await expect(formatMarkupSnapshot(plan?.outerHTML ?? '')).toMatchFileSnapshot(
      './__snapshots__/plan-acne-2026-10-15.html',
    );
  });
});
