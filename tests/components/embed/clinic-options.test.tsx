// A clinic's embed options, end to end in process: the query string parsed by the embeds' own
// schemas, applied by each widget's descriptor, and rendered: the clinic named, its numbers as
// tap-to-call links, its own times where the sources allow them, and refused values not shown.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { layerDepthEmbed } from '../../../src/components/widgets/layer-depth/embed';
import LayerDepthWidget from '../../../src/components/widgets/layer-depth/LayerDepthWidget';
import { recoveryTimelineEmbed } from '../../../src/components/widgets/recovery-timeline/embed';
import { RecoveryTimelineWidget } from '../../../src/components/widgets/recovery-timeline/RecoveryTimelineWidget';
import { COMMON_PARAM_SCHEMAS, parseEmbedParams } from '../../../src/embed/params';
import { layerDepthProps, recoveryTimelineProps } from '../../support/content';

const CLINIC =
  'clinic=Bright%20Skin%20%26%20Co&phone=(555)%20010-2000&after-hours=%2B1%20555%20010%209999&website=https%3A%2F%2Fbright.example%2F';

function timeline(query: string, lang: 'en' | 'es' = 'en') {
  const props = recoveryTimelineProps(lang);
  const parsed = parseEmbedParams(query, { ...COMMON_PARAM_SCHEMAS, ...recoveryTimelineEmbed.paramSchemas(props) });
  const applied = recoveryTimelineEmbed.applyParams(props, parsed.values);
  render(
    <section data-widget="recovery-timeline">
      <RecoveryTimelineWidget {...applied.props} />
    </section>,
  );
  return { warnings: [...parsed.warnings, ...applied.warnings], changed: applied.changed };
}

function layer(query: string, lang: 'en' | 'es' = 'en') {
  const props = layerDepthProps(lang);
  const parsed = parseEmbedParams(query, { ...COMMON_PARAM_SCHEMAS, ...layerDepthEmbed.paramSchemas(props) });
  const applied = layerDepthEmbed.applyParams(props, parsed.values);
  const view = render(<LayerDepthWidget {...applied.props} />);
  return { warnings: [...parsed.warnings, ...applied.warnings], view };
}

describe('a clinic’s options in the recovery timeline embed', () => {
  it('names the clinic in the first tier, with its numbers as links that call them', () => {
    expect(timeline(CLINIC).warnings).toEqual([]);
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(within(help).getByRole('heading', { name: '1 Call your clinic: Bright Skin & Co' })).toBeInTheDocument();
    expect(within(help).getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute('href', 'tel:5550102000');
    expect(within(help).getByRole('link', { name: '+1 555 010 9999' })).toHaveAttribute('href', 'tel:+15550109999');
    expect(within(help).getByRole('link', { name: 'bright.example' })).toHaveAttribute(
      'href',
      'https://bright.example/',
    );
    expect(help).toHaveTextContent('Daytime: (555) 010-2000 · After hours: +1 555 010 9999 · Website: bright.example');
    // The other tiers stay as they are.
    expect(within(help).getByRole('heading', { name: '2 Get care the same day' })).toBeInTheDocument();
  });

  it('says it in Spanish', () => {
    timeline(CLINIC, 'es');
    expect(document.querySelector('[data-clinic-phones]')).toHaveTextContent(
      'De día: (555) 010-2000 · Fuera de horario: +1 555 010 9999',
    );
  });

  it('shows the clinic’s own time with the sources’ range, and keeps the sourced time for one out of range', () => {
    const { warnings } = timeline('t-makeup=48&t-sun=24');
    expect(warnings).toEqual([
      'SkinPen embed: t-sun="24" is not valid (must be between 72 and 336 hours, the range the sources give); the default is used.',
    ]);
    expect(
      screen.getAllByText(/Your clinic: 48 hours · sources range from 24 hours to 48 hours/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Your clinic: 24 hours/)).toBeNull();
  });

  it('renders markup in a name as nothing: the name is refused with one warning and the tier keeps its heading', () => {
    const { warnings } = timeline('clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&phone=911');
    expect(warnings).toHaveLength(1);
    expect(document.querySelector('img')).toBeNull();
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(within(help).getByRole('heading', { name: '1 Call your clinic' })).toBeInTheDocument();
    expect(within(help).getAllByRole('link', { name: '911' })[0]).toHaveAttribute('href', 'tel:911');
  });
});

describe('a clinic’s options in the layer-depth embed', () => {
  it('adds a line that names the clinic, with its numbers', () => {
    const { warnings, view } = layer(CLINIC);
    expect(warnings).toEqual([]);
    const line = view.container.querySelector('[data-clinic]');
    expect(line).toHaveTextContent('Questions about your own skin or treatment? Ask Bright Skin & Co.');
    expect(within(line as HTMLElement).getByRole('link', { name: '(555) 010-2000' })).toHaveAttribute(
      'href',
      'tel:5550102000',
    );
  });

  it('says "your clinic" for numbers without a name, in Spanish too', () => {
    const { view } = layer('phone=555%20010%202000', 'es');
    expect(view.container.querySelector('[data-clinic]')).toHaveTextContent(
      '¿Tienes preguntas sobre tu piel o tu tratamiento? Pregunta en tu clínica.De día: 555 010 2000',
    );
  });

  it('shows no clinic line without clinic options', () => {
    const { view } = layer('region=neck');
    expect(view.container.querySelector('[data-clinic]')).toBeNull();
  });
});
