import { defineConfig } from 'wxt';
import { preact } from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
