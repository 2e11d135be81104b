/**
 * Browser-side helpers for the planner: the calendar library is loaded only when the reader
 * asks for the file, and printing limits the page to the widget's plan.
 */
import type { EventAttributes, HeaderAttributes } from 'ics';

/** Writes the events as iCalendar text with the `ics` library, loaded on first use. */
export async function createCalendarFile(events: EventAttributes[], header: HeaderAttributes): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(events, header);
  if (error) throw error;
  if (!value) throw new Error('The calendar library returned no text.');
  return value;
}

/** Offers text to the reader as a file download. */
export function saveTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Attribute on <html> while printing only the plan; the print styles key off it. */
export const PRINT_ROOT_ATTRIBUTE = 'data-spg-rt-print';
/** Attribute on the widget being printed. */
export const PRINT_WIDGET_ATTRIBUTE = 'data-spg-rt-printing';

/**
 * Prints the widget's plan as a one-page sheet, then puts the page back as it was: after the
 * print, or at once when printing never started (a sandbox without `allow-modals` ignores
 * `print()`, and no `afterprint` would ever come to undo the plan-only mode).
 */
export function printWidget(widget: Element | null): void {
  const root = document.documentElement;
  let started = false;
  const onBeforePrint = () => {
    started = true;
  };
  const restore = () => {
    widget?.removeAttribute(PRINT_WIDGET_ATTRIBUTE);
    root.removeAttribute(PRINT_ROOT_ATTRIBUTE);
  };
  widget?.setAttribute(PRINT_WIDGET_ATTRIBUTE, '');
  root.setAttribute(PRINT_ROOT_ATTRIBUTE, '');
  window.addEventListener('beforeprint', onBeforePrint, { once: true });
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
  window.removeEventListener('beforeprint', onBeforePrint);
  if (!started) {
    window.removeEventListener('afterprint', restore);
    restore();
  }
}
