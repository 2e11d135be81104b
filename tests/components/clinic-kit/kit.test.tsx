/** Behaviour of the clinic kit's builder, by role and label: the profile form, its errors, and the sheet it fills. */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ClinicKit from '../../../src/components/clinic-kit/ClinicKit';
import { toClinicKitData } from '../../../src/components/clinic-kit/kit-data';
import {
  createRecoveryActivitySchema,
  createRecoveryStageSchema,
  createTreatmentSeriesSchema,
} from '../../../src/components/widgets/recovery-timeline/data-schema';
import { createUrgencyTierSchema, createWarningSignSchema } from '../../../src/content/urgency-schema';

const read = (path: string): unknown[] => parse(readFileSync(path, 'utf8')) as unknown[];
const ids = new Set((read('src/content/references/references.yaml') as { id: string }[]).map((r) => r.id));
const tiers = read('src/content/urgency/tiers.yaml').map((t) => createUrgencyTierSchema(ids).parse(t));
const data = toClinicKitData(
  {
    stages: read('src/content/recovery-stages/stages.yaml').map((s) => createRecoveryStageSchema(ids).parse(s)),
    activities: read('src/content/recovery-activities/activities.yaml').map((a) =>
      createRecoveryActivitySchema(ids).parse(a),
    ),
    tiers,
    signs: read('src/content/urgency/warning-signs.yaml').map((s) =>
      createWarningSignSchema(ids, new Set(tiers.map((t) => t.id))).parse(s),
    ),
    series: read('src/content/treatment-series/series.yaml').map((s) => createTreatmentSeriesSchema(ids).parse(s)),
  },
  new Date('2026-12-01T00:00:00Z'),
  new URL('https://guide.example.org'),
);

function setup() {
  const user = userEvent.setup();
  render(<ClinicKit data={data} />);
  const sheet = screen.getByRole('article');
  return { user, sheet };
}

describe('the clinic kit builder', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.location.hash = '';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T12:00:00'));
  });

  it('names the clinic in the first tier as soon as the name is typed', async () => {
    const { user, sheet } = setup();
    await user.type(screen.getByLabelText('Clinic name'), 'Bright Skin');
    expect(within(sheet).getByRole('heading', { name: '1 Call your clinic: Bright Skin' })).toBeInTheDocument();
  });

  it('turns a daytime phone into a link that calls it, and refuses letters with a reason beside the field', async () => {
    const { user, sheet } = setup();
    const phone = screen.getByLabelText('Daytime phone');
    await user.type(phone, '555-CALL');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription('Not used: this may hold only digits, spaces, + ( ) . and -.');
    await user.clear(phone);
    await user.type(phone, '(555) 010-2000');
    expect(phone).not.toHaveAttribute('aria-invalid');
    expect(within(sheet).getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute('href', 'tel:5550102000');
  });

  it('refuses an http website and keeps an https one', async () => {
    const { user, sheet } = setup();
    const web = screen.getByLabelText('Website');
    await user.type(web, 'http://brightskin.example');
    expect(web).toHaveAccessibleDescription(/Not used: this must start with https:\/\//);
    await user.clear(web);
    await user.type(web, 'https://brightskin.example');
    expect(within(sheet).getByRole('link', { name: 'brightskin.example' })).toHaveAttribute(
      'href',
      'https://brightskin.example/',
    );
  });

  it('offers a timing box only for activities whose sources disagree, with their range', () => {
    setup();
    expect(screen.getByLabelText('Makeup, in hours')).toHaveAttribute('min', '24');
    expect(screen.getByLabelText('Makeup, in hours')).toHaveAttribute('max', '48');
    expect(screen.queryByLabelText('Sunscreen on the skin, in hours')).toBeNull();
  });

  it('shows the sheet in Spanish, or in both languages side by side', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Spanish (español)'));
    expect(screen.getByRole('article', { name: 'Tus cuidados después de SkinPen' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('English and Spanish, side by side'));
    expect(
      screen.getByRole('article', { name: 'Your SkinPen aftercare / Tus cuidados después de SkinPen' }),
    ).toBeInTheDocument();
  });

  it('dates the next sessions from the session date and which session it is', async () => {
    const { user, sheet } = setup();
    const date = screen.getByLabelText('Session date');
    await user.clear(date);
    await user.type(date, '2026-03-03');
    expect(sheet).toHaveTextContent('Session 2: Thursday, April 2, 2026; Session 3: Saturday, May 2, 2026');
    await user.selectOptions(screen.getByLabelText('Which session'), '3');
    expect(sheet).toHaveTextContent('This was the last session of the usual series.');
  });
});
