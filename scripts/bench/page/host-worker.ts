/**
 * The bench's stand-in for the extension's background: a dedicated worker running the production
 * matcher host. Messages cross as JSON text, as runtime port messages do, and the worker counts the
 * time it spends answering (the matching that no longer runs on the page's main thread).
 */
import { loadMatcher, type StoredMatcher } from '../../../lib/match';
import { createMatchHost } from '../../../lib/page/match-host';

/** Page → worker control messages (everything else is a port message). */
export type HostControl =
  { bench: 'init'; matcherJson: string; revision: string } | { bench: 'stats' };

/** Worker → page control replies. */
export type HostControlReply =
  { bench: 'ready'; loadMs: number } | { bench: 'stats'; busyMs: number };

const scope = self as unknown as {
  postMessage: (m: string, transfer: Transferable[]) => void;
  addEventListener: (type: 'message', listener: (e: MessageEvent<string>) => void) => void;
};
const reply = (m: unknown) => scope.postMessage(JSON.stringify(m), []);

let busyMs = 0;
const received = new Map<number, number>();
let deliver: (message: unknown) => void = () => {};
let loaded: { revision: string; matcher: ReturnType<typeof loadMatcher> } | null = null;

createMatchHost({ matcherFor: async () => loaded })({
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
  const message = JSON.parse(e.data) as HostControl | { id: number };
  if ('bench' in message) {
    if (message.bench === 'init') {
      const stored = JSON.parse(message.matcherJson) as StoredMatcher;
      loaded = { revision: message.revision, matcher: loadMatcher(stored) };
      reply({ bench: 'ready', loadMs: performance.now() - t } satisfies HostControlReply);
    } else reply({ bench: 'stats', busyMs } satisfies HostControlReply);
    return;
  }
  received.set(message.id, t);
  deliver(message);
});
