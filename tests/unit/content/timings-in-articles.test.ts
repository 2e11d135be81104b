/**
 * Restart timings of everyday activities live once, in src/content/recovery-activities/activities.yaml,
 * and articles show them through <Timing /> or <TimingTable />. This test fails, naming file and line,
 * when an article sentence pairs one of those activities with a number of hours, days or weeks, so an
 * article can never say 72 hours while the widget says a week. Times before the appointment (not in
 * the activity data) are not checked: a sentence that says "before your session" (or the like) is left alone,
 * and so is a line carrying the MDX comment "not a restart time" in curly braces (for reviewed exceptions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Words for the activities whose restart times the activity data owns (English and Spanish). */
const ACTIVITY =
  /\b(make-?up|maquill\w*|sunscreen|protector solar|spf|fps|sun|sunlight|sol\b|exercis\w*|ejercicio|sweat\w*|sud\w+|sauna\w*|hot tubs?|jacuzzis?|steam|heat|calor|pools?|swim\w*|piscinas?|albercas?|chlorin\w*|cloro|retino\w*|acids?|ácidos?|scrubs?|exfoli\w*|ibuprofen\w*|ibuprofeno|naproxen\w*|aspirin\w*|aspirina|painkillers?|analgésicos?|nsaids?|anti-?inflammator\w*|antiinflamatori\w*|wax\w*|cera|depila\w*|threading|hair removal|next session|siguiente sesión)\b/i;
/** A duration a reader could act on: "72 hours", "24 to 48 hours", "a week", "2 weeks", "7 días". */
const DURATION =
  /\b(\d+(\s*(to|–|-|a|y)\s*\d+)?\s*(hours?|hrs?|h|days?|weeks?|horas?|días?|dias?|semanas?)\b|(a|one|two|una|dos)\s+(week|weeks|semana|semanas)\b)/i;
const BEFORE =
  /\b(before (your |the |a )?(session|appointment|treatment|visit)|antes de (la |tu |una )?(sesión|cita|tratamiento|consulta))/i;

/** Every MDX article file, English and (when it exists) Spanish. */
export function articleFiles(): string[] {
  const dirs = ['src/content/articles', 'src/content/articles-es'];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => path.join(dir, f));
    } catch {
      return [];
    }
  });
}

/** Lines of an article that hard-code an activity's timing, as "file:line: text". */
export function findHardCodedTimings(file: string, source: string): string[] {
  const lines = source.split('\n');
  const bodyStart = source.startsWith('---') ? lines.indexOf('---', 1) + 1 : 0;
  const found: string[] = [];
  lines.forEach((raw, i) => {
    if (i < bodyStart || raw.includes('{/* not a restart time */}')) return;
    // What <Timing /> and <Cite /> render is data, not text; keywords inside their props don't count.
    const line = raw.replace(/<(Timing|TimingTable|Cite)\b[^>]*\/>/g, ' ');
    for (const sentence of line.split(/(?<=[.!?;:])\s+/)) {
      if (ACTIVITY.test(sentence) && DURATION.test(sentence) && !BEFORE.test(sentence)) {
        found.push(`${file}:${i + 1}: ${sentence.trim()}`);
      }
    }
  });
  return found;
}

describe('activity timings in articles', () => {
  it.each([
    ['a hard-coded restart time', 'No hard exercise for 72 hours.', 1],
    ['a hard-coded range', 'Wait 24 to 48 hours before makeup goes back on.', 1],
    ['a week in words', 'Keep off retinoid creams for a week.', 1],
    ['Spanish', 'No hagas ejercicio durante 7 días.', 1],
    ['the component', 'Wait <Timing activity="makeup" /> before wearing makeup again.', 0],
    ['an activity with no time', 'Ask which painkiller to take.', 0],
    ['a time before the appointment', 'Avoid the sun for 2 weeks before your session.', 0],
  ])('finds %s (%j)', (_name, sentence, count) => {
    expect(findHardCodedTimings('x.mdx', `---\ntitle: x\n---\n${sentence}\n`)).toHaveLength(count);
  });

  it('leaves a reviewed exception alone', () => {
    expect(findHardCodedTimings('x.mdx', 'Use SPF 30 every day for 2 weeks. {/* not a restart time */}\n')).toEqual([]);
  });

  it('names the file and line', () => {
    expect(findHardCodedTimings('a.mdx', '---\nt: 1\n---\nIntro.\n\nNo sauna for 3 days.\n')).toEqual([
      'a.mdx:6: No sauna for 3 days.',
    ]);
  });
  it('finds none in the articles', () => {
    const files = articleFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => findHardCodedTimings(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
