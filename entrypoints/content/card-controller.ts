/** Connects pointer and keyboard to cards: dwell-to-open hover, Alt+Shift+N/P to step, Esc to close. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHoverIntent } from '../../lib/dom/hover-intent';
import { createCardShell } from './card-shell';
import type { CardModel } from '../../lib/related/card-model';
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
  let stepIndex = -1;
  let isKeyboardOpen = false;

  // The card of the mark the pointer rests on, asked for during the dwell so opening only renders.
  // It holds only for the same list of marks: a scan that finishes reorders them and adds names.
  let prepared: {
    marks: ReturnType<PageSession['marks']>;
    markIndex: number;
    model: Promise<CardModel | null>;
  } | null = null;
  const isPrepared = (markIndex: number) =>
    prepared !== null && prepared.markIndex === markIndex && prepared.marks === session.marks();
  // A card that failed to build is simply not shown; the page stays as it was.
  const cardFor = (markIndex: number) => session.cardFor(markIndex).catch(() => null);
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  const prepare = (markIndex: number | null) => {
    clearTimeout(prepareTimer);
    if (markIndex === null) return;
    prepareTimer = setTimeout(() => {
      shell.prepare();
      if (!isPrepared(markIndex))
        prepared = { marks: session.marks(), markIndex, model: cardFor(markIndex) };
    }, PREPARE_AFTER_MS);
  };
  // Each open and close moves this on: a card that arrives after the pointer left is not shown.
  let turn = 0;
  const open = (markIndex: number) => {
    const model = isPrepared(markIndex) ? prepared!.model : cardFor(markIndex);
    const marks = session.marks();
    const myTurn = ++turn;
    void model
      .then((card) => {
        const mark = marks[markIndex];
        if (!card || !mark || myTurn !== turn || marks !== session.marks()) return;
        session.focus(markIndex);
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
  const intent = createHoverIntent<number>({ onOpen: open, onClose: close, onPending: prepare });
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
    intent.pointerOn(session.markAt(x, y), at);
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
    stepIndex = (stepIndex + direction + count) % count;
    const mark = session.marks()[stepIndex]!;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    isKeyboardOpen = true;
    intent.openNow(stepIndex);
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

  return {
    /** Closes any card and forgets positions (after a rescan). */
    reset() {
      clearTimeout(prepareTimer);
      prepared = null;
      intent.closeNow();
      stepIndex = -1;
    },
    dispose() {
      clearTimeout(prepareTimer);
      intent.dispose();
      shell.dispose();
    },
  };
}
