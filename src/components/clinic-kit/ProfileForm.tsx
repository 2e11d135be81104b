/** The clinic's profile form: native fields, each with its own error text. Stateless: the hook holds the values. */
import type { ClinicKitData } from './kit-data';
import type { useClinicProfile } from './useClinicProfile';

type Profile = ReturnType<typeof useClinicProfile>;

/** One labelled field with a hint and, when refused, why. */
function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'url' | 'number';
  min?: number;
  max?: number;
}) {
  const described = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="spg-kit__field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <span className="spg-kit__hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        min={props.min}
        max={props.max}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      {props.error && (
        <span className="spg-kit__error" id={`${props.id}-error`}>
          Not used: this {props.error}.
        </span>
      )}
    </div>
  );
}

/** The profile form. */
export function ProfileForm({ kit, data, idBase }: { kit: Profile; data: ClinicKitData; idBase: string }) {
  const f = kit.fields;
  const e = kit.errors;
  const { min, max } = data.limits.intervalRangeDays;
  return (
    <fieldset className="spg-kit__profile">
      <legend>Your clinic</legend>
      <Field
        id={`${idBase}-name`}
        label="Clinic name"
        error={e['name']}
        value={f['name'] ?? ''}

        onChange={(v) => kit.setField('name', v)}
      />
      <Field
        id={`${idBase}-phone`}
        label="Daytime phone"
        type="tel"
        error={e['phone']}
        value={f['phone'] ?? ''}
        onChange={(v) => kit.setField('phone', v)}
      />
      <Field
        id={`${idBase}-after`}
        label="After-hours phone"
        type="tel"
        error={e['after']}
        value={f['after'] ?? ''}
        onChange={(v) => kit.setField('after', v)}
      />
      <Field
        id={`${idBase}-web`}
        label="Website"
        hint="An https:// address."
        type="url"
        error={e['web']}
        value={f['web'] ?? ''}
        onChange={(v) => kit.setField('web', v)}
      />
      <fieldset className="spg-kit__langs">
        <legend>Language of the sheet</legend>
        {(
          [
            ['en', 'English'],
            ['es', 'Spanish (español)'],
            ['both', 'English and Spanish, side by side'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${idBase}-lang`}
              value={value}
              checked={(f['lang'] ?? 'en') === value}
              onChange={() => kit.setField('lang', value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="spg-kit__timings">
        <legend>Your own timings (optional)</legend>
        <p className="spg-kit__hint">
          Leave a box empty to use the guide’s more cautious time. A time outside the range the sources give is not
          used.
        </p>
        {data.timeable.map((a) => (
          <Field
            key={a.id}
            id={`${idBase}-t-${a.id}`}
            label={`${a.label}, in hours`}
            hint={`Sources: ${a.minHours} to ${a.maxHours} hours. The guide shows ${a.defaultHours}.`}
            type="number"
            min={a.minHours}
            max={a.maxHours}
            error={e[`t-${a.id}`]}
            value={f[`t-${a.id}`] ?? ''}
            onChange={(v) => kit.setField(`t-${a.id}`, v)}
          />
        ))}
        {min < max && (
          <Field
            id={`${idBase}-interval`}
            label="Days between sessions"
            hint={`Sources: ${min} to ${max} days.`}
            type="number"
            min={min}
            max={max}
            error={e['interval']}
            value={f['interval'] ?? ''}
            onChange={(v) => kit.setField('interval', v)}
          />
        )}
      </fieldset>
    </fieldset>
  );
}
