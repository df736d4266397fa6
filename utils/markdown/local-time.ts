/**
 * Times as the person exporting lives them: ISO 8601 in this device's time zone, with its offset
 * ("2026-11-30T20:05:00+08:00"), which Obsidian's date properties read, rather than UTC's "Z".
 */
export function localIsoTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** "2026-11-30 20:05", local: a highlight's time in the note's text. */
export function localShortTime(ms: number): string {
  return localIsoTime(ms).slice(0, 16).replace('T', ' ');
}
