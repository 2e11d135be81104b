/** Every area's layer thicknesses in one table, with methods and source links: all the data, readable without the diagram. */
import { SourceLinks } from '../shared/SourceLinks';
import { formatMeasure } from './model/text';
import type { LayerDepthStrings } from './strings';
import type { LayerDepthData, Measure } from './types';

interface LayerDepthTableProps {
  data: LayerDepthData;
  strings: LayerDepthStrings;
  /** URL of the references page, ending in "/". */
  referencesHref: string;
  /** Unique id of the table's <details>. */
  id: string;
  /** Open, for readers without JavaScript (shown only to them); closed, for everyone else. */
  open?: boolean;
}

/** The table inside a disclosure. */
export function LayerDepthTable({ data, strings, referencesHref, id, open = false }: LayerDepthTableProps) {
  const cell = (m: Measure, key: string) => (
    <td key={key}>
      {formatMeasure(m, strings)}
      {m.method && <span className="spg-ld-table__method">{m.method}</span>}
      {m.sources.length > 0 && ' '}
      <SourceLinks ids={m.sources} href={referencesHref} label={strings.sourcePrefix} />
    </td>
  );
  return (
    <details className={`spg-ld-table ${open ? 'spg-nojs' : 'spg-js'}`} id={id} open={open}>
      <summary id={`${id}-summary`}>{strings.tableSummary}</summary>
      {/* A labelled region that scrolls sideways must take keyboard focus (WCAG 2.1.1). Only one copy
          is ever shown, but the page holds both: their names differ so each landmark is unique. */}
      <section
        className="spg-ld-table__scroll"
        tabIndex={0}
        aria-labelledby={open ? `${id}-caption` : `${id}-summary ${id}-caption`}
      >
        <table>
          <caption id={`${id}-caption`}>{strings.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.tableHeaders.area}</th>
              <th scope="col">{strings.tableHeaders.epidermis}</th>
              <th scope="col">{strings.tableHeaders.dermis}</th>
              <th scope="col">{strings.tableHeaders.total}</th>
            </tr>
          </thead>
          <tbody>
            {data.regions.map((r) => (
              <tr key={r.id} data-region={r.id}>
                <th scope="row">
                  {r.label}
                  {!r.treat && <span className="spg-ld-table__method">{strings.reachShort['not-used']}</span>}
                </th>
                {cell(r.epidermis, 'epidermis')}
                {cell(r.dermis, 'dermis')}
                {cell(r.total, 'total')}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}
