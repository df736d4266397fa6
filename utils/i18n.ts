import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A message name that exists in public/_locales/en/messages.json (checked by TypeScript). */
export type MessageName = keyof typeof messages;

/** UI text in the browser's language (English or 简体中文); the name itself if it is missing. */
export function t(name: MessageName, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name as never, substitutions) || name;
}
