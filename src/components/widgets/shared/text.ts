/** Template filling and number formatting every widget's text goes through. Pure. */

/** Replaces each `{name}` in a template with its value; names without a value are left as they are. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

/** A number as readers of the locale write it, with at most `digits` decimals (0.0168 → "0.017" / "0,017"). */
export function formatNumber(value: number, locale: string, digits = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false }).format(value);
}

/** The number in a `ref-N` reference id ("ref-74" → "74"), for a short citation label. */
export function getReferenceNumber(id: string): string {
  return id.replace(/^ref-/, '');
}
