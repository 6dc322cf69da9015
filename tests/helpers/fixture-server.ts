/**
 * A static server for fixture pages and datasets, bound to loopback only. Besides files under its
 * root it serves datasets put in memory (with ETag/Last-Modified and CORS, like a public static
 * host) and hostile endpoints under `/special/` for update tests.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** What the server saw of one request. */
export type RequestRecord = {
  method: string;
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
};

/** A running server and its port. */
export type FixtureServer = {
  port: number;
  close: () => Promise<void>;
  /** `host/path` of every request, in order. */
  requests: string[];
  /** Every request with its method and headers. */
  log: RequestRecord[];
  /** Serves `body` at `path` from memory (replacing what was there), with a fresh ETag and Last-Modified. */
  put: (path: string, body: string | Buffer, contentType?: string) => void;
};

type Stored = { body: Buffer; type: string; etag: string; lastModified: string };

/** Lets extension pages read what the server sends, as a public static host would. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified, Content-Length',
};

/**
 * Hostile endpoints: `/special/hang` never answers, `/special/endless` streams JSON forever,
 * `/special/status/<code>` answers with that status, `/special/html` is a 200 web page,
 * `/special/text` is JSON sent as text/plain, `/special/redirect?to=<url>` redirects (302).
 */
function serveSpecial(url: URL, res: ServerResponse): void {
  const [, , name, arg] = url.pathname.split('/');
  if (name === 'hang') return;
  if (name === 'endless') {
    res.writeHead(200, { ...CORS, 'content-type': 'application/json' });
    res.write('{"schemaVersion":1,"changelog":["');
    const chunk = 'x'.repeat(64 * 1024);
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
    return;
  }
  if (name === 'status') {
    res.writeHead(Number(arg), { ...CORS, 'content-type': 'text/plain' }).end(`status ${arg}`);
    return;
  }
  if (name === 'html') {
    res
      .writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>Oops</title><h1>Something went wrong</h1>');
    return;
  }
  if (name === 'text') {
    res.writeHead(200, { ...CORS, 'content-type': 'text/plain' }).end('{"schemaVersion":1}');
    return;
  }
  if (name === 'redirect') {
    res.writeHead(302, { ...CORS, location: url.searchParams.get('to') ?? '/' }).end();
    return;
  }
  res.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('not found');
}

/**
 * Serves files under `root`. Any host name maps here (Chromium resolves news hosts to us), and
 * the path decides the file: `/news/<slug>` → `<slug>.html`.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const requests: string[] = [];
  const log: RequestRecord[] = [];
  const memory = new Map<string, Stored>();
  const server: Server = createServer((req, res) => void serve(req, res));

  function serveMemory(req: IncomingMessage, res: ServerResponse, file: Stored): void {
    const headers = { ...CORS, etag: file.etag, 'last-modified': file.lastModified };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': file.type }).end(file.body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const host = req.headers.host ?? '';
    requests.push(`${host}${url.pathname}`);
    log.push({ method: req.method ?? 'GET', host, path: url.pathname, headers: req.headers });
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          ...CORS,
          'access-control-allow-methods': 'GET',
          'access-control-allow-headers': 'accept, if-none-match, if-modified-since',
        })
        .end();
      return;
    }
    const stored = memory.get(url.pathname);
    if (stored) return serveMemory(req, res, stored);
    if (url.pathname.startsWith('/special/')) return serveSpecial(url, res);
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

  const put = (path: string, body: string | Buffer, type = 'application/json') => {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    memory.set(path, { body: bytes, type, etag, lastModified: new Date().toUTCString() });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Hanging and endless responses would otherwise keep the server open.
      server.closeAllConnections();
    });
  return { port, requests, log, put, close };
}
