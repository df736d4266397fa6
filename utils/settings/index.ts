/** Reader settings: the model and its CSS (pure), and their storage (browser.storage.local). */
export * from './reader-settings';
export * from './setting-words';
export { loadReaderSettings, saveReaderSettings, watchReaderSettings } from './settings-storage';
export { loadSiteRules, saveSiteRules } from './site-rules-storage';
export { loadMarkdownTemplate, saveMarkdownTemplate } from './template-storage';
