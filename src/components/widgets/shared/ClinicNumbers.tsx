/** A clinic's tap-to-call numbers and website, in words and links (never colour alone). Stateless. */
import { toTelHref } from '../../../lib/clinic/profile';
import type { ClinicContact } from './clinic';

/** The labels before each number, in the reader's language. */
export interface ClinicNumberLabels {
  daytime: string;
  afterHours: string;
  website: string;
}

/** "Daytime: (555) 010-2000 · After hours: … · Website: clinic.example"; nothing when the clinic gave none. */
export function ClinicNumbers(props: {
  clinic: ClinicContact | undefined;
  labels: ClinicNumberLabels;
  className: string;
}) {
  const { clinic, labels } = props;
  if (!clinic) return null;
  const parts: { key: string; label: string; href: string; text: string; external?: boolean }[] = [];
  if (clinic.phone)
    parts.push({ key: 'day', label: labels.daytime, href: toTelHref(clinic.phone), text: clinic.phone });
  if (clinic.afterHoursPhone)
    parts.push({
      key: 'after',
      label: labels.afterHours,
      href: toTelHref(clinic.afterHoursPhone),
      text: clinic.afterHoursPhone,
    });
  if (clinic.website)
    parts.push({
      key: 'web',
      label: labels.website,
      href: clinic.website,
      text: new URL(clinic.website).host,
      external: true,
    });
  if (parts.length === 0) return null;
  return (
    <p className={props.className} data-clinic-phones>
      {parts.map((p, i) => (
        <span key={p.key}>
          {i > 0 && ' · '}
          {p.label}:{' '}
          {p.external ? (
            <a href={p.href} target="_blank" rel="noopener noreferrer">
              {p.text}
            </a>
          ) : (
            <a href={p.href}>{p.text}</a>
          )}
        </span>
      ))}
    </p>
  );
}
