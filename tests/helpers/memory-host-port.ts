/** Two connected in-memory host ports, delivering asynchronously (as JSON, like runtime ports). */
import { createDatasetClient } from '../../lib/page/dataset-client';
import {
  createDatasetHost,
  type HostDataset,
  type ServedDataset,
  servedNow,
} from '../../lib/page/dataset-host';
import type { HostPort } from '../../lib/page/host-port';

type End = HostPort & { receive: (m: unknown) => void; closed: () => void };

function end(send: (m: unknown) => void, close: () => void): End {
  const listeners: ((m: unknown) => void)[] = [];
  const disconnects: (() => void)[] = [];
  return {
    send,
    onMessage: (l) => void listeners.push(l),
    onDisconnect: (l) => void disconnects.push(l),
    disconnect: close,
    receive: (m) => listeners.forEach((l) => l(m)),
    closed: () => disconnects.forEach((l) => l()),
  };
}

/** A connected pair; `drop()` disconnects both ends as the browser would when one side goes. */
export function memoryHostPorts() {
  let isOpen = true;
  const deliver = (to: () => End) => (m: unknown) => {
    if (!isOpen) throw new Error('Attempting to use a disconnected port object');
    const copy: unknown = JSON.parse(JSON.stringify(m));
    setTimeout(() => isOpen && to().receive(copy), 0);
  };
  // Closing one end tells only the other one, as runtime ports do.
  const page: End = end(
    deliver(() => host),
    () => {
      isOpen = false;
      host.closed();
    },
  );
  const host: End = end(
    deliver(() => page),
    () => {
      isOpen = false;
      page.closed();
    },
  );
  return {
    page: page as HostPort,
    host: host as HostPort,
    /** The other side went away: both ends are told. */
    drop() {
      isOpen = false;
      page.closed();
      host.closed();
    },
  };
}

/**
 * A dataset client talking to a dataset host over memory ports, as a page to the background;
 * `pairs` are its connections, newest last (`drop()` one to play a stopped background).
 */
export function clientOfMemoryHost(datasetFor: () => Promise<ServedDataset | null>) {
  const serve = createDatasetHost({ datasetFor });
  const pairs: ReturnType<typeof memoryHostPorts>[] = [];
  const client = createDatasetClient(() => {
    const pair = memoryHostPorts();
    pairs.push(pair);
    serve(pair.host);
    return pair.page;
  });
  return { client, pairs };
}

/** Serves what `datasetFor` holds, its records at hand (as a background that has read them). */
export const servingHeld =
  (datasetFor: () => Promise<HostDataset | null>) => async (): Promise<ServedDataset | null> => {
    const d = await datasetFor();
    return d && servedNow(d);
  };
