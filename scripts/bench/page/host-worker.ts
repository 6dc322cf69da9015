/**
 * The bench's stand-in for the extension's background: a dedicated worker running the production
 * dataset host. Messages cross as JSON text, as runtime port messages do, and the worker counts the
 * time it spends answering (the matching that no longer runs on the page's main thread).
 */
import { createMatcherCache } from '../../../lib/ext/matcher-cache';
import { loadMatcher } from '../../../lib/match';
import { createDatasetHost, type ServedDataset } from '../../../lib/page/dataset-host';

/** Page → worker control messages (everything else is a port message). */
export type HostControl =
  { bench: 'init'; revision: string } | { bench: 'stats' } | { bench: 'reset' };

/** Worker → page control replies. */
export type HostControlReply =
  | { bench: 'ready'; loadMs: number }
  | { bench: 'failed'; error: string }
  | { bench: 'stats'; busyMs: number }
  | { bench: 'reset' };

const scope = self as unknown as {
  postMessage: (m: unknown, transfer: Transferable[]) => void;
  addEventListener: (
    type: 'message',
    listener: (e: MessageEvent<string | HostControl>) => void,
  ) => void;
};
// Port messages cross as JSON text; the bench's control messages as plain objects.
const reply = (m: unknown) => scope.postMessage(JSON.stringify(m), []);
const answerControl = (m: HostControlReply) => scope.postMessage(m, []);

let busyMs = 0;
const received = new Map<number, number>();
let lastAnswered = 0;
// When the matcher became ready (0 before: a reply then, an error, was not waiting for it).
let readyAt = 0;
let loaded: ServedDataset | null = null;
// Port messages that came before the matcher (the page does not wait for it, as with a background
// that is starting) are answered once it is loaded.
let waiting: (() => void)[] | null = [];
const serve = createDatasetHost({
  datasetFor: async () => {
    if (waiting) await new Promise<void>((resolve) => waiting!.push(resolve));
    return loaded;
  },
});

/** One page connection: a new one for each run, as each page has its own port. */
let connection: { deliver: (m: unknown) => void; close: () => void } | null = null;
function connect() {
  connection?.close();
  let deliver: ((m: unknown) => void) | null = null;
  let close: (() => void) | null = null;
  serve({
    send(message) {
      reply(message);
      // Requests are answered one at a time, in order: each one's service starts when it came, the
      // one before it was answered, or the matcher was ready, whichever is last (waiting is not work).
      const now = performance.now();
      const id = (message as { id: number }).id;
      busyMs += now - Math.max(received.get(id) ?? now, lastAnswered, readyAt);
      lastAnswered = now;
      received.delete(id);
    },
    onMessage: (listener) => {
      deliver = listener;
    },
    onDisconnect: (listener) => {
      close = listener;
    },
    disconnect: () => {},
  });
  connection = { deliver: (m) => deliver?.(m), close: () => close?.() };
}
connect();

scope.addEventListener('message', (e) => {
  const t = performance.now();
  if (typeof e.data !== 'string') {
    const message = e.data;
    if (message.bench === 'init') {
      // Ready to match: the matcher read from IndexedDB, where the page kept it before the run,
      // and loaded, as the background starts from its kept copy. The background reads the records
      // from extension storage only for cards and summaries, which the bench does not ask for.
      void createMatcherCache()
        .read(message.revision)
        .then((kept) => {
          if (!kept) throw new Error('bench: no matcher is kept for this run');
          const matcher = loadMatcher(kept);
          readyAt = performance.now();
          const loadMs = readyAt - t;
          loaded = {
            matcher,
            withRecords: () =>
              Promise.reject(new Error('bench: the host worker serves no cards or summaries')),
          };
          const held = waiting ?? [];
          waiting = null;
          for (const resume of held) resume();
          answerControl({ bench: 'ready', loadMs });
        })
        .catch((error: unknown) => answerControl({ bench: 'failed', error: String(error) }));
    } else if (message.bench === 'reset') {
      connect();
      answerControl({ bench: 'reset' });
    } else answerControl({ bench: 'stats', busyMs });
    return;
  }
  const message = JSON.parse(e.data) as { id: number };
  const parsed = performance.now();
  busyMs += parsed - t;
  received.set(message.id, parsed);
  connection!.deliver(message);
});
