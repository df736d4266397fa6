import { storage } from 'wxt/utils/storage';
import { MARKDOWN_TEMPLATE_KEY } from '../protocol/storage-keys';

/** The user's Markdown template; empty means the default layout. */
const templateItem = storage.defineItem<string>(MARKDOWN_TEMPLATE_KEY, { fallback: '' });

export const loadMarkdownTemplate = () => templateItem.getValue();
export const saveMarkdownTemplate = (template: string) => templateItem.setValue(template);
