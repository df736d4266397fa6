import { writtenDayOf } from '../../utils/extract/written-date';
import type { MessageName } from '../../utils/i18n';

type Message = (name: MessageName, substitutions: string[]) => string;

/**
 * An article's date in the reader's language ("March 5, 2024", "2024年3月5日"), from the
 * extension's messages rather than Intl.DateTimeFormat: the first DateTimeFormat in a tab loads
 * ICU's locale data, 20–30 ms, which every first open of the reader paid before it could paint.
 * An ISO date is shown as the calendar day it is written on, with or without a time: a time's
 * offset is the publisher's ("2025-01-30T23:07:52+00:00" is the day the page itself shows, January
 * 30, not the 31st it already is in Beijing), a midnight in UTC stands for a date ("…T00:00:00Z"
 * read as the day before everywhere west of London), and a saved article shows the same date on
 * every synced device and in its export. Other forms are read in the reader's time zone; anything
 * unreadable is shown as it was stated.
 */
export function formatArticleDate(iso: string, message: Message): string {
  const written = writtenDayOf(iso);
  let parts: [number, number, number];
  if (written) {
    parts = [written.year, written.month, written.day];
  } else {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    parts = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  }
  const [year, month, day] = parts;
  const monthName = message('readerMonthNames', []).split(',')[month - 1] ?? String(month);
  return message('readerDate', [String(year), monthName, String(day), String(month)]);
}
