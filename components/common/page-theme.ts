import { loadReaderSettings, type ReaderSettings, resolveTheme, watchReaderSettings } from '../../utils/settings';

/** The media query of the system's dark mode (the reader's "System" theme follows it). */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Keeps one of Folio's own pages (the library, the popup, the page that asks to allow pictures) in
 * the theme the reader is set to: a reader set to Dark darkens them too, "System" follows the
 * system as it changes; Sepia is light here. Their stylesheets hang their dark rules on
 * `data-theme="dark"` on the root. Resolves once the stored choice is applied, so that the page is
 * drawn in it from the first frame; returns the unwatch.
 */
export async function followReaderTheme(root: HTMLElement = document.documentElement): Promise<() => void> {
  const query = matchMedia(DARK_QUERY);
  let choice: ReaderSettings['theme'] = 'system';
  const apply = () => {
    root.dataset.theme = resolveTheme(choice, query.matches) === 'dark' ? 'dark' : 'light';
  };
  apply();
  choice = (await loadReaderSettings().catch(() => undefined))?.theme ?? 'system';
  apply();
  const unwatch = watchReaderSettings((settings) => {
    choice = settings.theme;
    apply();
  });
  query.addEventListener('change', apply);
  return () => {
    unwatch();
    query.removeEventListener('change', apply);
  };
}
