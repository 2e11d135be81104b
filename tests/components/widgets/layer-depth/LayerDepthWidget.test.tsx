import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import LayerDepthWidget, {
  type LayerDepthWidgetProps,
} from '../../../../src/components/widgets/layer-depth/LayerDepthWidget';
import { STRINGS } from '../../../../src/components/widgets/layer-depth/strings';
import type { Lang } from '../../../../src/components/widgets/shared/i18n';
import { layerDepthProps } from '../../../support/content';

function props(overrides: Partial<LayerDepthWidgetProps> = {}, lang: Lang = 'en'): LayerDepthWidgetProps {
  return { ...layerDepthProps(lang), ...overrides };
}

function setup(overrides: Partial<LayerDepthWidgetProps> = {}, lang: Lang = 'en') {
  const user = userEvent.setup();
  const view = render(<LayerDepthWidget {...props(overrides, lang)} />);
  const slider = screen.getByRole('slider', { name: STRINGS[lang].depthLabel });
  const live = view.container.querySelector('[aria-live="polite"]');
  if (!(live instanceof HTMLElement)) throw new Error('no live region');
  return { user, view, slider, live };
}

/** The notes under the diagram (limits, cautions, concern, caveats). */
function notesOf(container: HTMLElement): HTMLElement {
  const notes = container.querySelector('.spg-ld-notes');
  if (!(notes instanceof HTMLElement)) throw new Error('no notes');
  return notes;
}

describe('LayerDepthWidget', () => {
  it('starts at the given area and setting, with the layer reached in the slider value text', () => {
    const { slider } = setup();
    expect(slider).toHaveValue('1');
    expect(slider).toHaveAttribute('aria-valuetext', '1 mm, reaches the dermis');
    expect(screen.getByLabelText('Body or face area')).toHaveValue('cheek');
    expect(screen.getByRole('img', { name: 'Skin layers: Cheek' })).toHaveAccessibleDescription(
      /Cheek: at 1 mm, the setting reaches the dermis\./,
    );
  });

  it.each([
    ['{ArrowRight}', '1.25', '1.25 mm, reaches past the skin into the fat'],
    ['{ArrowUp}', '1.25', '1.25 mm, reaches past the skin into the fat'],
    ['{ArrowLeft}', '0.75', '0.75 mm, reaches the dermis'],
    ['{ArrowDown}', '0.75', '0.75 mm, reaches the dermis'],
    ['{PageUp}', '2', '2 mm, reaches past the skin into the fat'],
    ['{PageDown}', '0', '0 mm, stays above the skin'],
    ['{Home}', '0', '0 mm, stays above the skin'],
    ['{End}', '2.5', '2.5 mm, reaches past the skin into the fat'],
  ])('moves the setting with %s', async (key, value, valueText) => {
    const { user, slider } = setup();
    slider.focus();
    await user.keyboard(key);
    expect(slider).toHaveValue(value);
    expect(slider).toHaveAttribute('aria-valuetext', valueText);
  });

  it('stops at the deepest and shallowest settings', async () => {
    const { user, slider } = setup();
    slider.focus();
    await user.keyboard('{End}{ArrowRight}{PageUp}');
    expect(slider).toHaveValue('2.5');
    await user.keyboard('{Home}{ArrowLeft}{PageDown}');
    expect(slider).toHaveValue('0');
  });

  it('announces the layer reached, and what thicker skin changes, only after a change', async () => {
    const { user, slider, live } = setup();
    expect(live).toBeEmptyDOMElement();
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(live).toHaveTextContent(
      'Cheek: at 1.25 mm, the setting reaches past the skin into the fat. In thicker skin it may stop in the dermis.',
    );
  });

  it('flags a setting above the range evaluated for acne scars on the face, on screen and in the announcement', async () => {
    const { user, slider, live, view } = setup();
    const notes = notesOf(view.container);
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(notes).queryByText(/^Caution:/)).toBeNull();
    await user.keyboard('{ArrowRight}');
    const warning = 'Above 1.5 mm, safety and results have not been evaluated for acne scars on the face.';
    expect(within(notes).getByText(warning, { exact: false })).toHaveTextContent(/^Caution:/);
    expect(live).toHaveTextContent(warning);
    expect(view.container.querySelector('.spg-ld')).toHaveAttribute('data-limit', 'exceeded');
  });

  it('redraws and announces a new area chosen in the area picker', async () => {
    const { user, live } = setup();
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'neck');
    expect(screen.getByRole('img', { name: 'Skin layers: Neck' })).toBeInTheDocument();
    expect(live).toHaveTextContent('Neck: at 1 mm, the setting reaches the dermis.');
    expect(screen.getByText(/The SkinPen study of neck wrinkles used settings up to 2.5 mm/)).toBeInTheDocument();
  });

  it('says "no reliable measurement" for the chin instead of drawing invented layers', async () => {
    const { user, live, slider } = setup();
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'chin');
    expect(live).toHaveTextContent('Chin: at 1 mm, we cannot say which layer the setting reaches.');
    expect(slider).toHaveAttribute('aria-valuetext', '1 mm, no reliable measurement for this area');
    const svg = screen.getByRole('img', { name: 'Skin layers: Chin' });
    expect(svg.querySelectorAll('.spg-ld-layer')).toHaveLength(0);
    expect(screen.getAllByText('No reliable measurement').length).toBeGreaterThanOrEqual(3);
  });

  it('shows the orbital-rim caution only for the area around the eyes', async () => {
    const { user } = setup();
    const rim = /must not be used inside the bony rim around the eye/;
    expect(screen.queryByText(rim)).toBeNull();
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'periorbital');
    expect(screen.getByText(rim)).toBeInTheDocument();
  });

  it('draws the band for a concern with a sourced range and says so where there is none', async () => {
    const { user, live, view } = setup();
    const concern = screen.getByLabelText('Concern');
    await user.selectOptions(concern, 'acne-scars');
    const svg = screen.getByRole('img', { name: 'Skin layers: Cheek' });
    expect(svg.querySelector('.spg-ld-band[height]')).not.toBeNull();
    expect(within(svg).getByText('Acne scars: depths used')).toBeInTheDocument();
    expect(live).toHaveTextContent('Acne scars: 0.25 mm to 1.5 mm.');
    await user.selectOptions(concern, 'stretch-marks');
    expect(within(svg).getByText('Stretch marks: no sourced range')).toBeInTheDocument();
    expect(within(notesOf(view.container)).getByText('Stretch marks: no sourced depth range.')).toBeInTheDocument();
    await user.selectOptions(concern, '');
    expect(within(svg).queryByText(/Stretch marks/)).toBeNull();
  });

  it('links every number to its entry on the references page', async () => {
    const { user, view } = setup({ initialConcernId: 'acne-scars' });
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'back');
    const links = within(view.container).getAllByRole('link');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/references\/#ref-\d+$/);
    expect(screen.getAllByRole('link', { name: 'source 65' })[0]).toHaveAttribute('href', '/references/#ref-65');
  });

  it('marks derived figures as estimates', () => {
    const { view } = setup({ initialRegionId: 'back' });
    const facts = view.container.querySelector('.spg-ld-facts');
    if (!(facts instanceof HTMLElement)) throw new Error('no facts');
    expect(within(facts).getByText('0.081 mm (estimate)')).toBeInTheDocument();
  });

  it('speaks Spanish when given Spanish data and strings', () => {
    setup({}, 'es');
    const slider = screen.getByRole('slider', { name: 'Ajuste de profundidad de las agujas' });
    expect(slider).toHaveAttribute('aria-valuetext', '1 mm, llega a la dermis');
    expect(screen.getByRole('img', { name: 'Capas de la piel: Mejilla' })).toBeInTheDocument();
  });

  it('renders its controls disabled on the server, so they do nothing before the island is live', () => {
    const html = renderToStaticMarkup(<LayerDepthWidget {...props()} />);
    expect(html).toMatch(/<input[^>]*type="range"[^>]*disabled=""/);
    expect(html).toContain('Cheek: at 1 mm, the setting reaches the dermis.');
  });
});
