import type { MessageName } from '../../utils/i18n';

type Message = (name: MessageName, substitutions: string[]) => string;

/**
 * An article's date in the reader's language ("March 5, 2024", "2024年3月5日"), from the
 * extension's messages rather than Intl.DateTimeFormat: the first DateTimeFormat in a tab loads
 * ICU's locale data, 20–30 ms, which every first open of the reader paid before it could paint.
 * A date without a time ("2024-03-05") is that calendar day wherever the reader is; a date with
 * a time is shown in the reader's own time zone. Anything unreadable is shown as it was stated.
 */
export function formatArticleDate(iso: string, message: Message): string {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  let parts: [number, number, number];
  if (dateOnly) {
    parts = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
  } else {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    parts = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  }
  const [year, month, day] = parts;
  const monthName = message('readerMonthNames', []).split(',')[month - 1] ?? String(month);
  return message('readerDate', [String(year), monthName, String(day), String(month)]);
}
