/** Connects pointer and keyboard to cards: dwell-to-open hover, Alt+Shift+N/P to step, Esc to close. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHoverIntent } from '../../lib/dom/hover-intent';
import { createCardShell } from './card-shell';
import type { CardModel } from '../../lib/related/card-model';
import type { Mark } from './page-marks';
import type { PageSession } from './page-session';

// Cards are built a third of the way into the dwell: a pointer merely passing over a name builds
// nothing.
const PREPARE_AFTER_MS = 150;

/** Wires hover and keyboard for `session`; everything is removed with the content script. */
export function createCardController(
  session: PageSession,
  ctx: ContentScriptContext,
  doc: Document,
) {
  let openedFrom: Element | null = null;
  // The mark keyboard stepping reached last (a Mark, so rescans elsewhere do not move it).
  let stepMark: Mark | null = null;
  let isKeyboardOpen = false;

  // Hover and keyboard follow marks, not positions: a rescan of another part of the page renumbers
  // the marks but leaves an open card open.
  const indexOf = (mark: Mark) => session.marks().indexOf(mark);
  // The card of the mark the pointer rests on, asked for during the dwell so opening only renders.
  let prepared: { mark: Mark; model: Promise<CardModel | null> } | null = null;
  // A card that failed to build is simply not shown; the page stays as it was.
  const cardFor = (mark: Mark) => {
    const at = indexOf(mark);
    return at < 0 ? Promise.resolve(null) : session.cardFor(at).catch(() => null);
  };
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  const prepare = (mark: Mark | null) => {
    clearTimeout(prepareTimer);
    if (mark === null) return;
    prepareTimer = setTimeout(() => {
      shell.prepare();
      if (prepared?.mark !== mark) prepared = { mark, model: cardFor(mark) };
    }, PREPARE_AFTER_MS);
  };
  // Each open and close moves this on: a card that arrives after the pointer left is not shown.
  let turn = 0;
  const open = (mark: Mark) => {
    const model = prepared?.mark === mark ? prepared.model : cardFor(mark);
    const myTurn = ++turn;
    void model
      .then((card) => {
        const at = indexOf(mark);
        if (!card || at < 0 || myTurn !== turn) return;
        session.focus(at);
        const rects = mark.range.getClientRects();
        shell.show(
          card,
          rects[0] ?? mark.range.getBoundingClientRect(),
          mark.mention.reason,
          isKeyboardOpen,
        );
      })
      // A card that cannot be drawn is not shown; the page is left as it was.
      .catch(() => undefined);
  };
  const close = () => {
    turn++;
    shell.hide();
    session.focus(null);
    if (isKeyboardOpen && openedFrom instanceof HTMLElement)
      openedFrom.focus({ preventScroll: true });
    isKeyboardOpen = false;
  };
  const intent = createHoverIntent<Mark>({ onOpen: open, onClose: close, onPending: prepare });
  const shell = createCardShell(
    doc,
    (inside) => intent.cardHover(inside),
    () => intent.closeNow(),
  );

  let pending: { x: number; y: number; at: number } | null = null;
  const onFrame = () => {
    if (!pending) return;
    const { x, y, at } = pending;
    pending = null;
    if (isKeyboardOpen) return;
    const under = session.markAt(x, y);
    intent.pointerOn(under === null ? null : (session.marks()[under] ?? null), at);
  };
  ctx.addEventListener(
    doc,
    'pointermove',
    (e) => {
      const ev = e;
      if ((ev.target as Element | null)?.tagName === 'BACKSTORY-CARD') return;
      if (!pending) ctx.requestAnimationFrame(onFrame);
      // The dwell counts from the event, not from the frame that looks at it.
      pending = { x: ev.clientX, y: ev.clientY, at: ev.timeStamp };
    },
    { passive: true },
  );

  const step = (direction: 1 | -1) => {
    const count = session.marks().length;
    if (count === 0) return shell.announce('Backstory: no marked names on this page.');
    if (!isKeyboardOpen) openedFrom = doc.activeElement;
    // From the mark reached last; the first step goes to the first name, or back to the last.
    const from = stepMark === null ? -1 : indexOf(stepMark);
    const stepIndex =
      from < 0 ? (direction === 1 ? 0 : count - 1) : (from + direction + count) % count;
    const mark = session.marks()[stepIndex]!;
    stepMark = mark;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    isKeyboardOpen = true;
    intent.openNow(mark);
    shell.announce(`Mention ${stepIndex + 1} of ${count}: ${mark.mention.surface}`);
  };
  ctx.addEventListener(
    window,
    'keydown',
    (e) => {
      const ev = e;
      if (ev.key === 'Escape' && shell.isOpen()) {
        intent.closeNow();
        return;
      }
      if (
        ev.altKey &&
        ev.shiftKey &&
        !ev.ctrlKey &&
        !ev.metaKey &&
        (ev.code === 'KeyN' || ev.code === 'KeyP')
      ) {
        ev.preventDefault();
        step(ev.code === 'KeyN' ? 1 : -1);
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      if (shell.isOpen() && !shell.hasFocus() && !isKeyboardOpen) intent.closeNow();
    },
    { passive: true },
  );

  const reset = () => {
    clearTimeout(prepareTimer);
    prepared = null;
    intent.closeNow();
    stepMark = null;
  };
  // The mark standing for `old` after a rescan: itself while still on the page, else the new mark
  // of the same name at the same place (its block was read again), else none.
  const successor = (old: Mark): Mark | null => {
    const marks = session.marks();
    if (marks.includes(old)) return old;
    const was = old.boundaries();
    return (
      marks.find((m) => {
        if (m.mention.entityId !== old.mention.entityId) return false;
        const is = m.boundaries();
        return is.startNode === was.startNode && is.startOffset === was.startOffset;
      }) ?? null
    );
  };

  return {
    /** Closes any card and forgets positions (the marks were replaced by a new scan). */
    reset,
    /**
     * Some marks were replaced by a rescan. The open card, the dwell and the keyboard position
     * follow their marks' successors (a live page's ticking clock must not close the card being
     * read, nor keep one from ever opening); a card whose name went closes.
     */
    marksChanged() {
      intent.retarget(successor);
      if (prepared) {
        const next = successor(prepared.mark);
        prepared = next && { ...prepared, mark: next };
      }
      stepMark = stepMark && successor(stepMark);
      const shown = intent.current();
      // Its place in the list may have moved: the focus highlight follows the card shown.
      if (shown !== null && shell.isOpen()) session.focus(indexOf(shown));
    },
    dispose() {
      clearTimeout(prepareTimer);
      intent.dispose();
      shell.dispose();
    },
  };
}
