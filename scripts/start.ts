/**
 * `npm start`: builds the extension, serves the demo article under a news host name, and opens
 * Chromium with Backstory loaded. With `--headless` (or no display) it instead writes screenshots
 * of the marked page, an open hover card and the popup, and prints their paths.
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/helpers/fixture-server';
import { launchExtension } from '../tests/helpers/launch-extension';
import { hoverText, openPopupFor, waitForMarks } from '../tests/helpers/page-actions';

const DEMO_URL = 'http://www.dawn.com/news/naqvi-meets-envoy';
const isHeadless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const skipBuild = process.argv.includes('--no-build');

async function main() {
  if (!skipBuild) execSync('npm run build', { stdio: 'inherit' });
  const server = await startFixtureServer(resolve('tests/fixtures'));
  const browser = await launchExtension(server.port, { headless: isHeadless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(DEMO_URL);
  const marks = await waitForMarks(page);
  console.log(`Demo article: ${DEMO_URL} (${marks} marks)`);
  if (!isHeadless) {
    console.log(
      'Chromium is open with Backstory loaded. Hover a name, or press Alt+Shift+N. Ctrl+C to quit.',
    );
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }
  const out = resolve('.output/screenshots');
  await mkdir(out, { recursive: true });
  const shots = {
    page: `${out}/marked-page.png`,
    card: `${out}/hover-card.png`,
    popup: `${out}/popup.png`,
  };
  await page.screenshot({ path: shots.page });
  await hoverText(page, 'Besham');
  await page
    .locator('backstory-card [data-testid=card]')
    .waitFor({ state: 'visible', timeout: 5000 });
  await page.screenshot({ path: shots.card });
  const popup = await openPopupFor(browser, page);
  await popup.locator('[data-testid=story]').waitFor({ timeout: 5000 });
  await popup.screenshot({ path: shots.popup, fullPage: true });
  for (const [name, path] of Object.entries(shots)) console.log(`screenshot ${name}: ${path}`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error('npm start failed:', error);
  process.exit(1);
});
