import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './lib/ext/news-sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    description:
      'Marks known officials, groups and places in security and politics news and shows the earlier related incidents. Works offline from a bundled dataset.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the card for the next marked name',
      },
    },
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
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['content-scripts/content.css'], matches: NEWS_SITE_MATCHES }]
        : ['content-scripts/content.css'],
  }),
});
