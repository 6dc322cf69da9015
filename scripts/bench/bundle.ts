/** Bundles the in-page bench (production page session, peers, floor) into one IIFE with esbuild. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The bench's browser bundle as a string, minified like the production build; `readable` keeps
 * names and whitespace instead (for CPU profiles).
 */
export async function bundleBench(options: { readable?: boolean } = {}): Promise<string> {
  const host = await bundle('./page/host-worker.ts', options);
  return bundle('./page/entry.ts', options, { HOST_WORKER_SOURCE: JSON.stringify(host) });
}

async function bundle(
  entry: string,
  options: { readable?: boolean },
  define: Record<string, string> = {},
): Promise<string> {
  const result = await build({
    entryPoints: [here(entry)],
    define,
    bundle: true,
    format: 'iife',
    minify: !options.readable,
    // Unminified code keeps its names; esbuild's keepNames would wrap every closure in a helper
    // call (`__name`) that costs time at each creation and skews the profile.
    keepNames: false,
    write: false,
    target: 'chrome120',
    // The page session only imports types and pure helpers from lib/ext; no extension API runs here.
    alias: { 'wxt/browser': here('./page/no-browser.ts') },
    loader: { '.css': 'text' },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** `html` with the bench bundle (`/bench.js`) loaded at the end of its body. */
export function withBench(html: string): string {
  const tag = '<script src="/bench.js"></script>';
  return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${tag}</body>`) : `${html}${tag}`;
}
