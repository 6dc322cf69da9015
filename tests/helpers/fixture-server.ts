/** A static server for fixture pages and datasets, bound to loopback only. */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** A running server and its port. */
export type FixtureServer = { port: number; close: () => Promise<void>; requests: string[] };

/**
 * Serves files under `root`. Any host name maps here (Chromium resolves news hosts to us), and
 * the path decides the file: `/news/<slug>` → `<slug>.html`.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => void serve(req.url, req.headers.host, res));
  async function serve(rawUrl: string | undefined, host: string | undefined, res: ServerResponse) {
    const url = new URL(rawUrl ?? '/', 'http://localhost');
    requests.push(`${host ?? ''}${url.pathname}`);
    const rel = url.pathname.startsWith('/news/')
      ? `pages/${url.pathname.slice(6)}.html`
      : url.pathname.slice(1);
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
