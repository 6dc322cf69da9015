/** Mounts the hover card in a shadow root, places it next to its mark, and handles focus and Esc. */
import { render } from 'preact';
import HoverCard from '../../components/HoverCard';
import cardCss from '../../components/hover-card.css?inline';
import { isPageDark } from '../../lib/dom/page-theme';
import { createShadowHost, type ShadowHost } from '../../lib/dom/shadow-host';
import type { CardModel } from '../../lib/related/card-model';

const GAP = 6;
const MARGIN = 8;

/** The card's mount point; one per page. */
export type CardShell = {
  show: (model: CardModel, anchor: DOMRect, markReason: string, shouldFocus: boolean) => void;
  /** Creates the card's host and styles ahead of the first `show`. */
  prepare: () => void;
  hide: () => void;
  /** Says something to screen readers without moving focus. */
  announce: (text: string) => void;
  isOpen: () => boolean;
  /** True when keyboard focus is inside the card. */
  hasFocus: () => boolean;
  dispose: () => void;
};

/** Places a box of `width`×`height` below the anchor, or above it when there is no room below. */
export function placeCard(
  anchor: DOMRect,
  width: number,
  height: number,
  viewport: { w: number; h: number },
) {
  const below = anchor.bottom + GAP;
  const top =
    below + height <= viewport.h - MARGIN || anchor.top - GAP - height < MARGIN
      ? below
      : anchor.top - GAP - height;
  const left = Math.min(
    Math.max(MARGIN, anchor.left),
    Math.max(MARGIN, viewport.w - width - MARGIN),
  );
  return {
    top: Math.max(
      MARGIN,
      Math.min(top, viewport.h - MARGIN - Math.min(height, viewport.h - 2 * MARGIN)),
    ),
    left,
  };
}

/** Creates the shell lazily on first use; `onHover` reports the pointer entering/leaving the card. */
export function createCardShell(
  doc: Document,
  onHover: (isInside: boolean) => void,
  onClose: () => void,
): CardShell {
  let shadow: ShadowHost | null = null;
  let live: HTMLElement | null = null;
  let open = false;

  const ensure = (): ShadowHost => {
    if (shadow) return shadow;
    shadow = createShadowHost(doc, 'backstory-card', cardCss);
    shadow.container.addEventListener('pointerenter', () => onHover(true));
    shadow.container.addEventListener('pointerleave', () => onHover(false));
    live = doc.createElement('div');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute(
      'style',
      'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)',
    );
    shadow.root.append(live);
    return shadow;
  };

  return {
    show(model, anchor, markReason, shouldFocus) {
      const { container } = ensure();
      container.classList.toggle('dark', isPageDark(doc));
      render(<HoverCard model={model} markReason={markReason} onClose={onClose} />, container);
      open = true;
      const card = container.querySelector<HTMLElement>('.card');
      if (!card) return;
      const view = doc.defaultView;
      const pos = placeCard(anchor, card.offsetWidth || 380, card.offsetHeight || 300, {
        w: view?.innerWidth ?? 1024,
        h: view?.innerHeight ?? 768,
      });
      card.style.top = `${pos.top}px`;
      card.style.left = `${pos.left}px`;
      card.scrollTop = 0;
      if (shouldFocus) card.focus();
    },
    prepare() {
      ensure();
    },
    hide() {
      if (!shadow || !open) return;
      render(null, shadow.container);
      open = false;
    },
    announce(text) {
      ensure();
      if (live) live.textContent = text;
    },
    isOpen: () => open,
    hasFocus: () => !!shadow && shadow.root.activeElement !== null,
    dispose() {
      if (shadow) render(null, shadow.container);
      shadow?.remove();
      shadow = null;
    },
  };
}
