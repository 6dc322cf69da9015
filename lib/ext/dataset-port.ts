/**
 * The content script's side of the dataset service: a runtime port to the background, which holds
 * the dataset for every tab (see serve-dataset.ts). Kept apart from the background's side so the
 * content script does not bundle the installer.
 */
import { browser, type Browser } from 'wxt/browser';
import type { HostPort } from '../page/host-port';

/** Name of the runtime port pages use. */
export const DATASET_PORT_NAME = 'backstory:dataset';

/** A runtime port as a {@link HostPort}. */
export function wrapPort(port: Browser.runtime.Port): HostPort {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

/** A new port to the background (throws when the extension is gone). */
export function connectDatasetPort(): HostPort {
  return wrapPort(browser.runtime.connect({ name: DATASET_PORT_NAME }));
}
