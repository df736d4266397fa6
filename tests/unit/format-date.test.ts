import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '../../components/reader/format-date';
import type { MessageName } from '../../utils/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage over a real messages.json: $NAME$ → its placeholder's $n → the substitution. */
function messagesOf(locale: string) {
  const messages: Messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
  return (name: MessageName, substitutions: string[]) => {
    const entry = messages[name];
    if (!entry) return '';
    return entry.message.replace(/\$(\w+)\$/g, (_, key: string) => {
      const content = entry.placeholders?.[key.toUpperCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

describe('the article date in the reader', () => {
  it.each([
    ['en', '2024-03-05', 'March 5, 2024'],
    ['zh_CN', '2024-03-05', '2024年3月5日'],
    ['en', '2023-12-31', 'December 31, 2023'],
  ])('in %s, %s reads %s (a date without a time is that day in every time zone)', (locale, iso, expected) => {
    expect(formatArticleDate(iso, messagesOf(locale))).toBe(expected);
  });

  it.each([
    ['2025-01-30T23:07:52+00:00', 'January 30, 2025'],
    ['2025-01-30T23:07:52-08:00', 'January 30, 2025'],
    ['2025-10-14T00:00:00.000Z', 'October 14, 2025'],
    ['2024-03-05 06:30:00', 'March 5, 2024'],
  ])('shows %s on the day it is written on, in every time zone (the page’s own date)', (iso, expected) => {
    const zone = process.env.TZ;
    try {
      // (Node reads TZ again when it is set.)
      for (const reader of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
        process.env.TZ = reader;
        expect(formatArticleDate(iso, messagesOf('en')), reader).toBe(expected);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('reads a date in another form on the reader’s own calendar', () => {
    const stated = 'Tue, 05 Mar 2024 12:00:00 GMT';
    const local = new Date(stated);
    expect(formatArticleDate(stated, messagesOf('zh_CN'))).toBe(
      `${local.getFullYear()}年${local.getMonth() + 1}月${local.getDate()}日`,
    );
  });

  it('shows what the page stated when it is not a date', () => {
    expect(formatArticleDate('去年春天', messagesOf('en'))).toBe('去年春天');
  });
});
