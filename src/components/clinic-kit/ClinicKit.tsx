/**
 * The clinic aftercare kit island: the clinic's profile, then one patient's sheet (session date, which
 * session, treated areas, paper) with a live preview that is exactly what prints. Nothing is sent
 * anywhere: the QR link's fragment carries the date and the profile to the patient's own phone.
 */
import { DEFAULT_LANG, isLang, LANGS } from '../widgets/shared/i18n';
import { useId, useState } from 'react';
import { buildLoaderSnippet } from '../../embed/snippets';
import { CLINIC_PARAMS, EMBED_WIDGETS, getEmbedTitle, type EmbedWidgetId } from '../../embed/widgets';
import { encodeRecoveryFragment } from '../../lib/clinic/fragment';
import type { ClinicProfile } from '../../lib/clinic/profile';
import { profileToEmbedParams } from '../widgets/shared/clinic';
import { buildSheet } from '../../lib/clinic/sheet';
import { formatIsoDate, getLocalCalendarDate, parseIsoDate } from '../widgets/recovery-timeline/model/dates';
import { AftercareSheet } from './AftercareSheet';
import type { ClinicKitData, SheetLang } from './kit-data';
import { ProfileForm } from './ProfileForm';
import { useClinicProfile } from './useClinicProfile';

/** Props of the island: plain data from kit-props.ts. */
export interface ClinicKitProps {
  data: ClinicKitData;
}

/**
 * A widget's loader snippet with the clinic's profile as its options: its name and numbers for both
 * widgets, its interval and timings for the timeline, and its language unless it chose both.
 */
export function buildProfileSnippet(site: string, widget: EmbedWidgetId, profile: ClinicProfile): string {
  const accepted: readonly string[] = [...CLINIC_PARAMS, ...EMBED_WIDGETS[widget].params];
  const options = Object.fromEntries(
    Object.entries(profileToEmbedParams(profile)).filter(([name]) => accepted.includes(name)),
  );
  if (profile.lang === 'es') options['lang'] = 'es';
  return buildLoaderSnippet(site, widget, options);
}

/** The island. */
export default function ClinicKit({ data }: ClinicKitProps) {
  const idBase = `spg-kit${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const kit = useClinicProfile(data.limits);
  const [dateText, setDateText] = useState(() => formatIsoDate(getLocalCalendarDate(new Date())));
  const [sessionNumber, setSessionNumber] = useState(1);
  const [seriesIds, setSeriesIds] = useState<string[]>(() => data.sheets.en.series.slice(0, 1).map((s) => s.id));
  const [paper, setPaper] = useState<'a4' | 'letter'>('letter');
  const [status, setStatus] = useState('');

  const parsedDate = parseIsoDate(dateText);
  const sessionDate = parsedDate.ok ? parsedDate.date : getLocalCalendarDate(new Date());
  const langs: SheetLang[] =
    kit.profile.lang === 'both' ? [...LANGS] : [isLang(kit.profile.lang) ? kit.profile.lang : DEFAULT_LANG];
  const request = { sessionDate, sessionNumber, seriesIds, clinic: kit.profile };
  const sheets = langs.map((lang) => buildSheet(data.sheets[lang], request, lang));
  // The page picks its language from the fragment's `lang`, so one address serves every language.
  // A Spanish sheet's code opens the Spanish page; English and bilingual sheets open the English one.
  const qrPath = kit.profile.lang === 'es' ? '/es/my-recovery/' : '/my-recovery/';
  const qrUrl = `${data.site}${qrPath}${encodeRecoveryFragment({ sessionDate, clinic: kit.profile })}`;
  const maxSessions = Math.max(
    1,
    ...data.sheets.en.series.filter((s) => seriesIds.includes(s.id)).map((s) => s.sessionCount),
  );
  const profileLink = `${data.site}/for-clinics/aftercare-kit/${kit.fragment}`;

  const copyProfileLink = async () => {
    try {
      await navigator.clipboard.writeText(profileLink);
      setStatus('Link copied. Bookmark it, or keep it where your team keeps its links.');
    } catch {
      setStatus('Could not copy. Select the link below and copy it.');
    }
  };

  return (
    <div className="spg-kit" data-state="ready">
      <ProfileForm kit={kit} data={data} idBase={idBase} />
      <div className="spg-kit__keep">
        <button
          type="button"
          className="button"
          onClick={() =>
            setStatus(
              kit.remember() ? 'Saved in this browser only.' : 'This browser does not allow saving. Use the link.',
            )
          }
        >
          Remember on this computer
        </button>
        {kit.remembered && (
          <button
            type="button"
            className="button"
            onClick={() => {
              kit.forget();
              setStatus('Forgotten. Nothing is kept in this browser.');
            }}
          >
            Forget it
          </button>
        )}
        <button type="button" className="button" onClick={() => void copyProfileLink()}>
          Copy a link to this profile
        </button>
        <p className="spg-kit__hint">
          Link: <code className="spg-kit__link">{profileLink}</code>
        </p>
        <p className="spg-kit__status" aria-live="polite">
          {status}
        </p>
      </div>

      <section className="spg-kit__embed" aria-labelledby={`${idBase}-embed`}>
        <h2 id={`${idBase}-embed`}>Your details in the widgets on your website</h2>
        <p className="spg-kit__hint">
          These snippets carry this profile as embed options: your name and numbers where the widgets say when to call,
          and your own timings in the recovery timeline. Paste one where the widget should appear.
        </p>
        {(Object.keys(EMBED_WIDGETS) as EmbedWidgetId[]).map((widget) => {
          const snippet = buildProfileSnippet(data.site, widget, kit.profile);
          return (
            <div key={widget} className="spg-kit__snippet">
              <h3>{getEmbedTitle(widget, 'en')}</h3>
              <pre className="snippet">
                <code data-profile-snippet={widget}>{snippet}</code>
              </pre>
              <button
                type="button"
                className="button"
                onClick={() =>
                  void navigator.clipboard.writeText(snippet).then(
                    () => setStatus('Snippet copied. Paste it into your page.'),
                    () => setStatus('Could not copy. Select the snippet and copy it.'),
                  )
                }
              >
                Copy this snippet
              </button>
            </div>
          );
        })}
      </section>

      <fieldset className="spg-kit__patient">
        <legend>One patient’s sheet</legend>
        <div className="spg-kit__field">
          <label htmlFor={`${idBase}-date`}>Session date</label>
          <input
            id={`${idBase}-date`}
            type="date"
            value={dateText}
            onChange={(e) => setDateText(e.currentTarget.value)}
            aria-invalid={parsedDate.ok ? undefined : true}
          />
        </div>
        <div className="spg-kit__field">
          <label htmlFor={`${idBase}-n`}>Which session</label>
          <select
            id={`${idBase}-n`}
            value={sessionNumber}
            onChange={(e) => setSessionNumber(Number(e.currentTarget.value))}
          >
            {Array.from({ length: maxSessions }, (_, i) => (
              <option key={i} value={i + 1}>
                Session {i + 1}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Treated areas</legend>
          {data.sheets.en.series.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={seriesIds.includes(s.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setSeriesIds((ids) => (on ? [...ids, s.id] : ids.filter((id) => id !== s.id)));
                }}
              />{' '}
              {s.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Paper</legend>
          {(
            [
              ['letter', 'US Letter'],
              ['a4', 'A4'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name={`${idBase}-paper`} checked={paper === value} onChange={() => setPaper(value)} />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print this sheet
        </button>
      </fieldset>

      <section className="spg-kit__preview" aria-label="Preview of the sheet, as it prints">
        <AftercareSheet sheets={sheets} qrUrl={qrUrl} reviewed={data.reviewed} site={data.site} paper={paper} />
      </section>
    </div>
  );
}
