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

  it('shows a date with a time on the reader’s own calendar day', () => {
    const iso = '2024-03-05T12:00:00+08:00';
    const local = new Date(iso);
    expect(formatArticleDate(iso, messagesOf('zh_CN'))).toBe(
      `${local.getFullYear()}年${local.getMonth() + 1}月${local.getDate()}日`,
    );
  });

  it('shows what the page stated when it is not a date', () => {
    expect(formatArticleDate('去年春天', messagesOf('en'))).toBe('去年春天');
  });
});
