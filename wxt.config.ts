import { defineConfig } from 'wxt';
import { preact } from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './lib/ext/news-sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The built-in news sites are set here, not in the content script's own options: those are
    // bundled into the script, and the list would cost every page about half a kilobyte gzipped.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script' && entrypoint.name === 'content')
          entrypoint.options.matches = NEWS_SITE_MATCHES;
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    description:
      'Marks known officials, groups and places in security and politics news and shows the earlier related incidents. Works offline from a bundled dataset.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
