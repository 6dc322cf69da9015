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
  { bench: 'init'; matcherJson: string; entitiesJson: string } | { bench: 'stats' };

/** Worker → page control replies. */
export type HostControlReply =
  { bench: 'ready'; loadMs: number } | { bench: 'stats'; busyMs: number };

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
let deliver: (message: unknown) => void = () => {};
let loaded: HostDataset | null = null;

createDatasetHost({ datasetFor: async () => loaded })({
  send(message) {
    reply(message);
    const id = (message as { id: number }).id;
    busyMs += performance.now() - (received.get(id) ?? performance.now());
    received.delete(id);
  },
  onMessage: (listener) => {
    deliver = listener;
  },
  onDisconnect: () => {},
  disconnect: () => {},
});

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
      answerControl({ bench: 'ready', loadMs });
    } else answerControl({ bench: 'stats', busyMs });
    return;
  }
  const message = JSON.parse(e.data) as { id: number };
  received.set(message.id, t);
  deliver(message);
});
