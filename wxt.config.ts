import { defineConfig } from 'wxt';

/**
 * Folio's build. One config for Chrome (MV3) and Firefox (MV3, with a gecko id).
 *
 * The e2e build (`FOLIO_E2E=1 wxt build [-b firefox]`, output in `.output/<browser>-mv3-e2e`) is
 * the only build that holds a host permission, for the loopback fixture server: the test drivers
 * cannot press the toolbar button, so they cannot grant activeTab, and the tests need the same
 * executeScript path the button takes. In Firefox it also opens one extension tab when installed,
 * since WebDriver may not navigate to extension pages: the driver calls the background from it.
 * Shipped builds never hold a host permission and open nothing. (An environment variable, not a
 * WXT mode: WXT sets NODE_ENV to the mode, and React would then ship its development build.)
 */
const e2e = process.env.FOLIO_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The reader bundles React, Readability and DOMPurify into one injected file on purpose.
  vite: () => ({
    build: { chunkSizeWarningLimit: 1500 },
    // Read by the background's test hook (utils/protocol/test-hooks.ts): false in shipped builds.
    define: { 'import.meta.env.FOLIO_E2E': JSON.stringify(e2e) },
  }),
  ...(e2e ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: sync every N minutes (only once the user has set sync up).
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Asked for only when the user turns on "show my highlights when I come back" (options page),
    // allows pictures from a site to be kept, or saves a sync server (that server's origin).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Extension pages hold the extension's privileges: only Folio's own scripts run there, no
    // plugin, no <base>, no form posts, no framing. Article images may load: the reader frame shows
    // the live page's pictures, a saved article its kept copies (blob:). connect-src lets the
    // background fetch the pictures "Save article" keeps from sites the user allowed (the host
    // permission still decides which sites answer; this CSP also governs the service worker).
    // No frame-ancestors: the reader frame is shown over web pages. Only reader-frame.html is
    // web-accessible, so no other Folio page can be framed by a site.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; img-src 'self' data: blob: https: http:; connect-src 'self' https: http:; media-src 'self' https: http:; style-src 'self'",
    },
    // The reader runs as this extension page in a frame over the article: cross-origin to the page.
    // Chrome: reachable only at a per-session dynamic URL, so a page cannot probe for Folio; Firefox
    // has a random per-install origin already (and no use_dynamic_url).
    web_accessible_resources: [
      {
        resources: ['reader-frame.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
              // 140: the first Firefox that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT names the action after the popup's <title>; the toolbar tooltip is localized instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
});
