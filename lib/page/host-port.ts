/** A two-way message channel between a page and the dataset host, whatever carries it. */
export type HostPort = {
  send: (message: unknown) => void;
  onMessage: (listener: (message: unknown) => void) => void;
  /** Called once when the other side goes away (the background stopped, the extension reloaded). */
  onDisconnect: (listener: () => void) => void;
  disconnect: () => void;
};
