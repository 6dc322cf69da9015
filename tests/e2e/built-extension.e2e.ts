/**
 * The built extension as shipped (needs `npm run build`, which `npm test` runs first): the content
 * script is declared for every built-in news site, in both browsers' manifests, and stays within
 * its size budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NEWS_SITE_MATCHES } from '../../lib/ext/news-sites';

const OUTPUT = new URL('../../.output/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, OUTPUT));

describe('the built extension', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])(
    'declares the content script on every news site (%s)',
    (dir) => {
      const manifest = JSON.parse(read(`${dir}/manifest.json`).toString('utf8')) as {
        content_scripts: { matches: string[]; js: string[] }[];
      };
      expect(manifest.content_scripts).toHaveLength(1);
      expect(manifest.content_scripts[0]!.js).toEqual(['content-scripts/content.js']);
      expect([...manifest.content_scripts[0]!.matches].sort()).toEqual(
        [...NEWS_SITE_MATCHES].sort(),
      );
      expect(NEWS_SITE_MATCHES).toContain('*://*.dawn.com/*');
    },
  );

  it('ships a content script of at most 40 kB gzipped, without the news-site list', () => {
    const script = read('chrome-mv3/content-scripts/content.js');
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
    expect(script.toString('utf8')).not.toContain('tribune.com.pk');
  });
});
