/**
 * Hover timing like Wikipedia's page previews: a card opens after the pointer dwells on a mark, and
 * stays through a short grace period so the pointer can travel onto it. Timers are injected for tests.
 */

export type HoverIntentOptions<T> = {
  onOpen: (target: T) => void;
  onClose: () => void;
  /**
   * A dwell began on `target` (its card may open soon: prepare it then, not when it opens), or,
   * with null, the dwell ended: opened, or the pointer moved on.
   */
  onPending?: (target: T | null) => void;
  /** Dwell before opening, ms. */
  openDelay?: number;
  /** Grace before closing once the pointer left both the mark and the card, ms. */
  closeDelay?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Clock of the `since` times given to `pointerOn` (default `performance.now`). */
  now?: () => number;
  clearTimer?: (handle: unknown) => void;
};

/** Feeds pointer facts in; calls onOpen/onClose at the right moments. */
export type HoverIntent<T> = {
  /**
   * The mark under the pointer (null: none). `since`: when the pointer got there (its event's
   * timeStamp), so checking only once per frame does not lengthen the dwell.
   */
  pointerOn: (target: T | null, since?: number) => void;
  /** The pointer entered or left the open card. */
  cardHover: (isInside: boolean) => void;
  /** Open now (keyboard), skipping the dwell. */
  openNow: (target: T) => void;
  /** Close now (Esc, close button). */
  closeNow: () => void;
  /** The target whose card is open, if any. */
  current: () => T | null;
  /**
   * The targets were replaced (a rescan): the open and the pending one become `next(target)`, and
   * one with no successor (null) closes or stops waiting.
   */
  retarget: (next: (target: T) => T | null) => void;
  dispose: () => void;
};

/** Creates the hover state machine; targets are compared with ===. */
export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { onOpen, onClose, openDelay = 500, closeDelay = 300 } = options;
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let open: T | null = null;
  let pending: T | null = null;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;
  let isOnCard = false;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimer(openTimer);
    openTimer = null;
    if (pending === null) return;
    pending = null;
    options.onPending?.(null);
  };
  const cancelClose = () => {
    if (closeTimer !== null) clearTimer(closeTimer);
    closeTimer = null;
  };
  const doClose = () => {
    cancelClose();
    if (open === null) return;
    open = null;
    isOnCard = false;
    onClose();
  };
  const doOpen = (target: T) => {
    cancelOpen();
    cancelClose();
    open = target;
    onOpen(target);
  };
  const scheduleClose = () => {
    if (open === null || closeTimer !== null || isOnCard) return;
    closeTimer = setTimer(doClose, closeDelay);
  };

  return {
    pointerOn(target, since) {
      if (target !== null && target === open) {
        cancelOpen();
        cancelClose();
        return;
      }
      if (target === null) {
        cancelOpen();
        scheduleClose();
        return;
      }
      if (target === pending) return;
      cancelOpen();
      pending = target;
      const waited = since === undefined ? 0 : Math.max(0, now() - since);
      // Opens what is pending by then (a rescan may have put an equal target in its place).
      openTimer = setTimer(
        () => {
          if (pending !== null) doOpen(pending);
        },
        Math.max(0, openDelay - waited),
      );
      scheduleClose();
      options.onPending?.(target);
    },
    cardHover(isInside) {
      isOnCard = isInside;
      if (isInside) {
        cancelClose();
        cancelOpen();
      } else scheduleClose();
    },
    openNow: doOpen,
    closeNow() {
      cancelOpen();
      doClose();
    },
    current: () => open,
    retarget(next) {
      if (pending !== null) {
        const nextPending = next(pending);
        if (nextPending === null) cancelOpen();
        else pending = nextPending;
      }
      if (open !== null) {
        const nextOpen = next(open);
        if (nextOpen === null) {
          cancelClose();
          doClose();
        } else open = nextOpen;
      }
    },
    dispose() {
      cancelOpen();
      cancelClose();
    },
  };
}
