/** Starts the fixture server and Chromium with the built extension around one e2e test file. */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type ExtensionBrowser, launchExtension } from './launch-extension';

/** Filled in by the file's first beforeAll; read it inside hooks and tests. */
export type ExtensionSuite = { server: FixtureServer; browser: ExtensionBrowser };

/** Registers the start and stop hooks; call it at the top of an e2e file, before its own hooks. */
export function useExtensionSuite(): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer(resolve('tests/fixtures'));
    suite.browser = await launchExtension(suite.server.port);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
