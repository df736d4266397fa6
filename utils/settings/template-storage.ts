import { storage } from 'wxt/utils/storage';

/** The user's Markdown template; empty means the default layout. */
const templateItem = storage.defineItem<string>('local:markdownTemplate', { fallback: '' });

export const loadMarkdownTemplate = () => templateItem.getValue();
export const saveMarkdownTemplate = (template: string) => templateItem.setValue(template);
