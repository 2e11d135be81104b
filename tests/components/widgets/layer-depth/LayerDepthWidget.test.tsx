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

const SHALLOWER = 'Real needle depth is usually less than the setting.';

describe('LayerDepthWidget', () => {
  it('starts at the given area and setting, with what the setting may reach in the slider value text', () => {
    const { slider } = setup({ initialDepthMm: 0.75 });
    expect(slider).toHaveValue('0.75');
    expect(slider).toHaveAttribute('aria-valuetext', '0.75 mm, likely stays within the skin');
    expect(screen.getByLabelText('Body or face area')).toHaveValue('cheek');
    expect(screen.getByRole('img', { name: 'Skin layers: Cheek' })).toHaveAccessibleDescription(
      /Cheek: at a setting of 0\.75 mm, the needles likely stay within the skin: they reach the dermis\./,
    );
  });

  it.each([
    ['{ArrowRight}', '1.25', '1.25 mm, may reach the lower dermis or the fat'],
    ['{ArrowUp}', '1.25', '1.25 mm, may reach the lower dermis or the fat'],
    ['{ArrowLeft}', '0.75', '0.75 mm, likely stays within the skin'],
    ['{ArrowDown}', '0.75', '0.75 mm, likely stays within the skin'],
    ['{PageUp}', '2', '2 mm, may reach the lower dermis or the fat'],
    ['{PageDown}', '0', '0 mm, stays above the skin'],
    ['{Home}', '0', '0 mm, stays above the skin'],
    ['{End}', '2.5', '2.5 mm, may reach the lower dermis or the fat'],
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

  it('announces what the setting may reach, with the range of skin measured, only after a change', async () => {
    const { user, slider, live } = setup();
    expect(live).toBeEmptyDOMElement();
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(live).toHaveTextContent(
      `Cheek: at a setting of 1.25 mm, the needles may reach the lower dermis or the fat, depending on your skin. Studies found skin here 1 mm to 2.53 mm thick. ${SHALLOWER}`,
    );
  });

  it('says a setting longer than the thickest skin measured may go past the skin', async () => {
    const { user, live } = setup({ initialDepthMm: 2 });
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'neck');
    expect(live).toHaveTextContent(
      'Neck: a setting of 2 mm is longer than the thickest skin measured here (1.66 mm), so the needles may go past the skin into the fat.',
    );
  });

  it('flags a setting above the range evaluated for acne scars on the face, on screen and in the announcement', async () => {
    const { user, slider, live, view } = setup();
    const notes = notesOf(view.container);
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(notes).queryByText(/^Caution:/)).toBeNull();
    await user.keyboard('{ArrowRight}');
    const warning = 'Above 1.5 mm, the SkinPen labeling says safety and results have not been evaluated.';
    expect(within(notes).getByText(warning, { exact: false })).toHaveTextContent(/^Caution:/);
    expect(live).toHaveTextContent(warning);
    expect(view.container.querySelector('.spg-ld')).toHaveAttribute('data-limit', 'exceeded');
  });

  it('redraws and announces a new area chosen in the area picker', async () => {
    const { user, live } = setup();
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'neck');
    expect(screen.getByRole('img', { name: 'Skin layers: Neck' })).toBeInTheDocument();
    expect(live).toHaveTextContent(
      'Neck: at a setting of 1 mm, the needles likely stay within the skin: they reach the dermis.',
    );
    expect(screen.getByText(/The SkinPen study of neck wrinkles used settings up to 2.5 mm/)).toBeInTheDocument();
  });

  it('draws where the fat may start as a band, for every area', async () => {
    const { user } = setup();
    for (const id of ['chin', 'cheek', 'abdomen']) {
      await user.selectOptions(screen.getByLabelText('Body or face area'), id);
      const band = screen.getByRole('img').querySelector('.spg-ld-fat-band');
      expect(band).not.toBeNull();
      expect(within(screen.getByRole('img')).getByText('Where the fat may start')).toBeInTheDocument();
    }
  });

  it('shows the eyelid without a setting, a needle, a studied limit or a concern band, and says why', async () => {
    const { user, view, live } = setup({ initialConcernId: 'acne-scars', initialDepthMm: 1.5 });
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'eyelid');
    const svg = screen.getByRole('img', { name: 'Skin layers: Eyelid (inside the bony rim around the eye)' });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(svg.querySelector('.spg-ld-needle')).toBeNull();
    expect(svg.querySelector('.spg-ld-limit')).toBeNull();
    expect(svg.querySelector('rect.spg-ld-band')).toBeNull();
    expect(svg.querySelectorAll('.spg-ld-layer').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('What you want to treat')).toHaveValue('');
    expect(
      within(notesOf(view.container)).getByText(
        /SkinPen is not used here\. Its labeling says not to use it inside the bony rim/,
      ),
    ).toBeInTheDocument();
    expect(live).toHaveTextContent('Acne scars does not apply to this area, so it is not shown.');
    expect(view.container.querySelector('.spg-ld')).toHaveAttribute('data-reach', 'not-used');
  });

  it('offers only the concerns that apply to the area', async () => {
    const { user } = setup();
    const concern = screen.getByLabelText('What you want to treat');
    const enabled = () =>
      within(concern)
        .getAllByRole('option')
        .filter((o) => !(o as HTMLOptionElement).disabled)
        .map((o) => (o as HTMLOptionElement).value);
    expect(enabled()).toEqual(['', 'acne-scars', 'fine-lines-texture', 'pigmentation']);
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'neck');
    expect(enabled()).toEqual(['', 'neck-wrinkles']);
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'eyelid');
    expect(enabled()).toEqual(['']);
    expect(within(concern).getByRole('option', { name: 'Acne scars (not for this area)' })).toBeDisabled();
  });

  it('drops a starting concern that does not apply to the starting area', () => {
    setup({ initialRegionId: 'neck', initialConcernId: 'acne-scars' });
    expect(screen.getByLabelText('What you want to treat')).toHaveValue('');
    expect(screen.getByRole('img').querySelector(':scope > rect.spg-ld-band')).toBeNull();
  });

  it('shows the orbital-rim caution only for the area around the eye', async () => {
    const { user } = setup();
    const rim = /must not be used inside the bony rim around the eye/;
    expect(screen.queryByText(rim)).toBeNull();
    await user.selectOptions(screen.getByLabelText('Body or face area'), 'around-eye');
    expect(screen.getByText(rim)).toBeInTheDocument();
  });

  it('draws the band for a concern with a drawable range and says so where there is none', async () => {
    const { user, live, view } = setup();
    const concern = screen.getByLabelText('What you want to treat');
    await user.selectOptions(concern, 'acne-scars');
    const svg = screen.getByRole('img', { name: 'Skin layers: Cheek' });
    expect(svg.querySelector(':scope > rect.spg-ld-band')).not.toBeNull();
    expect(within(svg).getByText('Acne scars: depths used')).toBeInTheDocument();
    expect(live).toHaveTextContent('Acne scars: 0.25 mm to 1.5 mm.');
    await user.selectOptions(concern, 'fine-lines-texture');
    expect(within(svg).getByText('Fine lines and texture: no depth in studies')).toBeInTheDocument();
    expect(
      within(notesOf(view.container)).getByText('Fine lines and texture: the studies give no needle depth.'),
    ).toBeInTheDocument();
    await user.selectOptions(concern, 'pigmentation');
    expect(within(svg).getByText('Pigmentation (melasma): too weak to draw')).toBeInTheDocument();
    expect(svg.querySelector(':scope > rect.spg-ld-band')).toBeNull();
    await user.selectOptions(concern, '');
    expect(within(svg).queryByText(/Pigmentation/)).toBeNull();
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
    setup({ initialDepthMm: 1.5 }, 'es');
    const slider = screen.getByRole('slider', { name: 'Ajuste de profundidad de las agujas' });
    expect(slider).toHaveAttribute('aria-valuetext', '1.5 mm, puede llegar a la parte baja de la dermis o a la grasa');
    expect(screen.getByRole('img', { name: 'Capas de la piel: Mejilla' })).toBeInTheDocument();
  });

  it('renders its controls disabled on the server, so they do nothing before the island is live', () => {
    const html = renderToStaticMarkup(<LayerDepthWidget {...props()} />);
    expect(html).toMatch(/<input[^>]*type="range"[^>]*disabled=""/);
    expect(html).toContain('Cheek: at a setting of 1 mm, the needles may reach the lower dermis or the fat');
  });
});
