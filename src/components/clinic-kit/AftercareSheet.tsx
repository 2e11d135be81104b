/**
 * The one-page take-home sheet: stateless, props in, markup out. One language, or English and Spanish
 * side by side; the QR code opens the patient's own recovery timeline. The same markup is the preview on
 * screen and the printed page.
 */
import { formatIsoDate, toUtcNoon, type CalendarDate } from '../widgets/recovery-timeline/model/dates';
import type { SheetContent } from '../../lib/clinic/sheet';
import { QrCode } from './QrCode';
import { SHEET_STRINGS, type SheetStrings } from './strings';

/** Fills `{name}` placeholders. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A calendar date in a reader's words ("Tuesday, March 3, 2026"), the same in every time zone. */
function formatDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(toUtcNoon(date));
}

/** The sheet in one language. */
function SheetColumn({ sheet, s }: { sheet: SheetContent; s: SheetStrings }) {
  return (
    <div className="spg-sheet__col" lang={sheet.lang}>
      <section className="spg-sheet__days">
        <h3>{s.days}</h3>
        <ul>
          {sheet.days.map((d) => (
            <li key={d.id}>
              <strong>{d.label}:</strong> {d.summary}
            </li>
          ))}
        </ul>
      </section>
      <section className="spg-sheet__waits">
        <h3>{s.waits}</h3>
        <table>
          <tbody>
            {sheet.waits.map((w) => (
              <tr key={w.id} data-activity={w.id}>
                <th scope="row">{w.label}</th>
                <td>
                  <strong>{w.time}</strong>
                  {w.clinic && ` (${s.yourClinic})`}
                  {w.range && <span className="spg-sheet__range"> · {fill(s.sourcesRange, { range: w.range })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="spg-sheet__small">{s.waitsNote}</p>
      </section>
      <section className="spg-sheet__help">
        <h3>{s.help}</h3>
        {sheet.tiers.map((t, i) => (
          <div key={t.id} className={`spg-sheet__tier spg-sheet__tier--${t.id}`} data-tier={t.id}>
            <h4>
              <span className="spg-sheet__rank">{i + 1}</span>{' '}
              {i === 0 && sheet.clinicName ? `${t.heading}: ${sheet.clinicName}` : t.heading}
            </h4>
            <p className="spg-sheet__small">{t.when}</p>
            {t.clinicLines.length > 0 && (
              <p className="spg-sheet__phones">
                {t.clinicLines.map((line, j) => (
                  <span key={line.kind}>
                    {j > 0 && ' · '}
                    {line.kind === 'daytime' ? s.daytime : s.afterHours}: <a href={line.href}>{line.phone}</a>
                  </span>
                ))}
              </p>
            )}
            {t.numbers.length > 0 && (
              <p className="spg-sheet__phones">
                {s.emergencyNumbers}{' '}
                {t.numbers.map((n, j) => (
                  <span key={n.number}>
                    {j > 0 && ' · '}
                    {n.where}: <a href={n.href}>{n.number}</a>
                  </span>
                ))}
              </p>
            )}
            <ul>
              {t.signs.map((sign) => (
                <li key={sign}>{sign}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="spg-sheet__next">
        <h3>{s.nextSessions}</h3>
        {sheet.nextSessions.every((n) => n.dates.length === 0) ? (
          <p>{s.noMoreSessions}</p>
        ) : (
          sheet.nextSessions.map((n) => (
            <p key={n.seriesId}>
              <strong>{n.label}:</strong>{' '}
              {n.dates
                .map((d) => fill(s.sessionN, { n: String(d.number), date: formatDate(d.date, s.locale) }))
                .join('; ')}
            </p>
          ))
        )}
      </section>
    </div>
  );
}

/** Props of the sheet. */
export interface AftercareSheetProps {
  /** The sheet in each language shown: one, or English then Spanish. */
  sheets: SheetContent[];
  /** The link the QR code opens. */
  qrUrl: string;
  /** The date the content was last reviewed. */
  reviewed: CalendarDate;
  /** This site's origin, for the sources line. */
  site: string;
  /** Paper size the sheet is laid out for. */
  paper: 'a4' | 'letter';
}

/** The sheet. */
export function AftercareSheet({ sheets, qrUrl, reviewed, site, paper }: AftercareSheetProps) {
  const first = sheets[0];
  if (!first) return null;
  const both = sheets.length > 1;
  const lead = SHEET_STRINGS[first.lang];
  const refs = first.sourceNumbers.join(', ');
  const host = new URL(site).host;
  return (
    <article
      className={`spg-sheet spg-sheet--${paper}${both ? ' spg-sheet--both' : ''}`}
      data-spg-sheet
      data-paper={paper}
      aria-label={sheets.map((sh) => SHEET_STRINGS[sh.lang].title).join(' / ')}
    >
      <header className="spg-sheet__head">
        <div>
          <h2>{sheets.map((sh) => SHEET_STRINGS[sh.lang].title).join(' · ')}</h2>
          {first.clinicName && (
            <p className="spg-sheet__clinic">{fill(lead.forClinic, { clinic: first.clinicName })}</p>
          )}
          <p>
            {sheets
              .map((sh) =>
                fill(SHEET_STRINGS[sh.lang].session, {
                  date: formatDate(sh.sessionDate, SHEET_STRINGS[sh.lang].locale),
                }),
              )
              .join(' · ')}
          </p>
          {first.website && (
            <p className="spg-sheet__small">
              <a href={first.website}>{new URL(first.website).host}</a>
            </p>
          )}
        </div>
        <figure className="spg-sheet__qr">
          <QrCode text={qrUrl} label={lead.qrLabel} sizePx={112} />
          <figcaption>{sheets.map((sh) => SHEET_STRINGS[sh.lang].qrCaption).join(' / ')}</figcaption>
        </figure>
      </header>
      <div className="spg-sheet__body">
        {sheets.map((sh) => (
          <SheetColumn key={sh.lang} sheet={sh} s={SHEET_STRINGS[sh.lang]} />
        ))}
      </div>
      <footer className="spg-sheet__foot" data-reviewed={formatIsoDate(reviewed)}>
        {sheets.map((sh) => {
          const s = SHEET_STRINGS[sh.lang];
          return (
            <p key={sh.lang} lang={sh.lang}>
              {fill(s.footer, { date: formatDate(reviewed, s.locale), refs, site: host })} {s.notAdvice}
            </p>
          );
        })}
      </footer>
    </article>
  );
}
