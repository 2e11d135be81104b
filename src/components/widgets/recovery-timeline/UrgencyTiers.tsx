/** The three urgency tiers with their warning signs: always visible in the timeline and its embeds. Stateless. */
import type { ClinicContact } from '../shared/clinic';
import { ClinicNumbers } from '../shared/ClinicNumbers';
import { Heading } from '../shared/Heading';
import { SourceLinks } from '../shared/SourceLinks';
import { SourcedText } from './SourcedText';
import type { RecoveryTimelineStrings } from './strings';
import type { UrgencyTierView, WarningSignView } from './types';

/** Every tier in order, each under its own heading (words, not colour, tell them apart). */
export function UrgencyTiers(props: {
  tiers: UrgencyTierView[];
  signs: WarningSignView[];
  strings: RecoveryTimelineStrings;
  referencesHref: string;
  level: number;
  id: string;
  /** The reader's clinic: named, with tap-to-call numbers, in the first tier. */
  clinic?: ClinicContact | undefined;
}) {
  const { strings: s, referencesHref } = props;
  return (
    <section className="spg-rt__red-flags" aria-labelledby={props.id}>
      <Heading level={props.level} id={props.id}>
        {s.redFlagsTitle}
      </Heading>
      <p>{s.redFlagsIntro}</p>
      {props.tiers.map((tier, i) => (
        <div key={tier.id} className={`spg-rt__tier spg-rt__tier--${tier.id}`} data-tier={tier.id}>
          <Heading level={props.level + 1} className="spg-rt__tier-title">
            <span className="spg-rt__tier-rank">{i + 1}</span>{' '}
            {i === 0 && props.clinic?.name ? `${tier.heading}: ${props.clinic.name}` : tier.heading}
          </Heading>
          <p className="spg-rt__tier-when">
            {tier.when}
            {tier.sources.length > 0 && (
              <>
                {' '}
                <SourceLinks ids={tier.sources} href={referencesHref} label={s.source} />
              </>
            )}
          </p>
          {i === 0 && (
            <ClinicNumbers
              clinic={props.clinic}
              className="spg-rt__tier-numbers"
              labels={{ daytime: s.clinicDaytime, afterHours: s.clinicAfterHours, website: s.clinicWebsite }}
            />
          )}
          {tier.numbers.length > 0 && (
            <p className="spg-rt__tier-numbers">
              {s.emergencyNumbers}{' '}
              {tier.numbers.map((n, j) => (
                <span key={n.number}>
                  {j > 0 && ' · '}
                  {n.where}: <a href={`tel:${n.number}`}>{n.number}</a>
                </span>
              ))}
            </p>
          )}
          <ul>
            {props.signs
              .filter((sign) => sign.tier === tier.id)
              .map((sign) => (
                <li key={sign.id} data-sign={sign.id}>
                  <SourcedText item={sign} strings={s} referencesHref={referencesHref} />
                  {sign.note && <span className="spg-rt__sign-note">{sign.note}</span>}
                </li>
              ))}
          </ul>
          {tier.note && <p className="spg-rt__tier-note">{tier.note}</p>}
        </div>
      ))}
    </section>
  );
}
