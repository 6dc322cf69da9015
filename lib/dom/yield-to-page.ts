/**
 * Ends the current task so the page can handle input and paint: `scheduler.yield()` where the
 * browser has it (the continuation keeps its priority), else a message-channel task (unlike
 * `setTimeout`, never clamped to 4 ms).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextMessageTask();
}

/** Resolves in a new task of normal priority (a message-channel task, never clamped). */
export function nextMessageTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      resolve();
    });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}
