import { parseDate } from './metadata';

/**
 * A date as pages write it for readers, in English or in numbers: "Aug 04, 2025", "August 4th,
 * 2025", "4 August 2025", "Dec. 19, 2025", "13/11/2025" or "23.07.2025" (day first when the day says so),
 * "2025-08-04", "2025年8月4日". Read by tokens, not one pattern: the forms vary more than a
 * regular expression should try. Undefined when no whole date is there (never a guess).
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Longest text looked at: a date is written near the start of the line that carries it. */
const MAX_TEXT = 200;

const pad = (n: number) => String(n).padStart(2, '0');

function dayOf(token: string | undefined): number | undefined {
  if (!token) return undefined;
  let digits = token.toLowerCase();
  for (const suffix of ['st', 'nd', 'rd', 'th']) if (digits.endsWith(suffix)) digits = digits.slice(0, -2);
  if (!/^\d{1,2}$/.test(digits)) return undefined;
  const day = Number(digits);
  return day >= 1 && day <= 31 ? day : undefined;
}

function yearOf(token: string | undefined): number | undefined {
  if (!token || !/^\d{4}$/.test(token)) return undefined;
  const year = Number(token);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** A date's words, split on spaces and commas, an abbreviation's dot dropped ("Dec." is "Dec"). */
function dateTokens(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((t) => (t.endsWith('.') ? t.slice(0, -1) : t))
    .filter(Boolean);
}

/** A time of day as a token: "15:23", "9:05". */
const CLOCK = /^\d{1,2}:\d{2}$/;

export function parseWrittenDate(text: string): string | undefined {
  const head = text.slice(0, MAX_TEXT);
  const numeric = parseDate(head);
  if (numeric) return numeric;
  const tokens = dateTokens(head);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const month = MONTHS[token.toLowerCase()];
    if (month) {
      // "Aug 04 2025" / "August 4th, 2025"
      const day = dayOf(tokens[i + 1]);
      const year = yearOf(tokens[i + 2]);
      if (day && year) return iso(year, month, day);
      // "November 20 15:23 2019": a calendar block's day, its clock, then its year.
      const yearAfterClock = CLOCK.test(tokens[i + 2] ?? '') ? yearOf(tokens[i + 3]) : undefined;
      if (day && yearAfterClock) return iso(yearAfterClock, month, day);
      // "4 August 2025"
      const before = dayOf(tokens[i - 1]);
      const after = yearOf(tokens[i + 1]);
      if (before && after) return iso(after, month, before);
      continue;
    }
    // "13/11/2025", and the same with dots as Europe writes it ("23.07.2025").
    const slashed = token.split(token.includes('/') ? '/' : '.');
    if (slashed.length === 3) {
      const [a, b, c] = slashed.map(Number) as [number, number, number];
      const year = yearOf(slashed[2]);
      if (!year) continue;
      // Day first when it cannot be a month (13/11/2025); month first when the second cannot be.
      if (a > 12 && b >= 1 && b <= 12 && a <= 31) return iso(year, b, a);
      if (b > 12 && a >= 1 && a <= 12 && b <= 31) return iso(year, a, b);
      if (c && a === b && a >= 1 && a <= 12) return iso(year, a, b);
    }
  }
  return undefined;
}

/**
 * The calendar day an ISO date is written on, with or without a time: "2019-11-20T23:07:52-05:00"
 * is November 20, whatever the offset and wherever the reader is (the publisher's own day).
 * Undefined when `iso` does not start with a whole date.
 */
export function writtenDayOf(iso: string): { year: number; month: number; day: number } | undefined {
  const written = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso);
  return written ? { year: Number(written[1]), month: Number(written[2]), day: Number(written[3]) } : undefined;
}

/**
 * A line that is only a month and a day, without the year: "November 20", "20 November", "Apr
 * 12th", "Dec. 5". Undefined for anything else.
 */
export function parseMonthAndDay(text: string): { month: number; day: number } | undefined {
  const tokens = dateTokens(text);
  if (tokens.length !== 2) return undefined;
  const [first, second] = tokens as [string, string];
  const monthFirst = MONTHS[first.toLowerCase()];
  const monthSecond = MONTHS[second.toLowerCase()];
  const day = monthFirst ? dayOf(second) : monthSecond ? dayOf(first) : undefined;
  const month = monthFirst ?? monthSecond;
  return month && day ? { month, day } : undefined;
}
