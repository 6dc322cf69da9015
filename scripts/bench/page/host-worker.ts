/**
 * The bench's stand-in for the extension's background: a dedicated worker running the production
 * dataset host. Messages cross as JSON text, as runtime port messages do, and the worker counts the
 * time it spends answering (the matching that no longer runs on the page's main thread).
 */
import type { Dataset } from '../../../lib/dataset/schema';
import { loadMatcher, type StoredMatcher } from '../../../lib/match';
import { createDatasetHost, type HostDataset } from '../../../lib/page/dataset-host';

/** Page → worker control messages (everything else is a port message). */
export type HostControl =
  | { bench: 'init'; matcherJson: string; entitiesJson: string }
  | { bench: 'stats' }
  | { bench: 'reset' };

/** Worker → page control replies. */
export type HostControlReply =
  { bench: 'ready'; loadMs: number } | { bench: 'stats'; busyMs: number } | { bench: 'reset' };

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
let loaded: HostDataset | null = null;
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
      const id = (message as { id: number }).id;
      busyMs += performance.now() - (received.get(id) ?? performance.now());
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
      // Ready to match: the stored matcher parsed and loaded (the records, read with it, are
      // for cards and stand apart, as they do in the page's own figures).
      const matcher = loadMatcher(JSON.parse(message.matcherJson) as StoredMatcher);
      const loadMs = performance.now() - t;
      const entities = JSON.parse(message.entitiesJson) as Dataset['entities'];
      const records = { entities, incidents: [], version: 'bench' } as unknown as Dataset;
      loaded = { records, matcher };
      const held = waiting ?? [];
      waiting = null;
      for (const resume of held) resume();
      answerControl({ bench: 'ready', loadMs });
    } else if (message.bench === 'reset') {
      connect();
      answerControl({ bench: 'reset' });
    } else answerControl({ bench: 'stats', busyMs });
    return;
  }
  const message = JSON.parse(e.data) as { id: number };
  received.set(message.id, t);
  connection!.deliver(message);
});
