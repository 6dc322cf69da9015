import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['{lib,components,entrypoints,scripts,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
