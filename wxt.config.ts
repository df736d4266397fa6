import { defineConfig } from 'wxt';

/**
 * Folio's build. One config for Chrome (MV3) and Firefox (MV3, with a gecko id).
 *
 * The `e2e` mode (`wxt build --mode e2e`, output in `.output/chrome-mv3-e2e`) is the only build that
 * holds a host permission, for the loopback fixture server: Playwright cannot press the toolbar
 * button, so it cannot grant activeTab, and the tests need the same executeScript path the button
 * takes. Shipped builds never hold a host permission.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'folio@folio-reader.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
