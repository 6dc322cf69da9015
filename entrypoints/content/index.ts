import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import highlightCss from '../../lib/dom/highlights.css?inline';
import { adoptPageStyles } from '../../lib/dom/adopt-page-styles';
import { observeArticle } from '../../lib/dom/observe-article';
import { readActiveDataset, watchActiveDataset } from '../../lib/ext/active-dataset';
import { connectDatasetPort } from '../../lib/ext/dataset-port';
import { isPageRequest } from '../../lib/ext/messages';
import { readSettings, watchSettings } from '../../lib/ext/settings';
import { yieldToPage } from '../../lib/dom/yield-to-page';
import { createDatasetClient } from '../../lib/page/dataset-client';
import { createScanQueue } from '../../lib/page/scan-queue';
import { createCardController } from './card-controller';
import { createPageSession } from './page-session';

const LOADED = Symbol.for('backstory.loaded');
const noop = () => {};

// Measures kept per name: a live page rescans all day, and the timeline keeps every entry.
const MEASURES_KEPT = 100;

// Names a finished scan in the page's performance timeline (DevTools shows it); null: superseded.
async function measured(name: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  if ((await work()) === null) return;
  if (performance.getEntriesByName(name, 'measure').length >= MEASURES_KEPT)
    performance.clearMeasures(name);
  performance.measure(name, { start: started, end: performance.now() });
}

export default defineContentScript({
  // The built-in news sites (lib/ext/news-sites.ts), set by wxt.config.ts when the manifest is made.
  matches: [],
  runAt: 'document_idle',
  async main(ctx) {
    // Enabling a site injects the script into an open tab that may already run it.
    const flags = window as unknown as Record<symbol, boolean>;
    if (flags[LOADED]) return;
    flags[LOADED] = true;
    const fail = (stage: string) => (e: unknown) => {
      if (!ctx.isInvalid) console.warn(`[backstory] ${stage} failed:`, e);
    };

    const removeStyles = adoptPageStyles(document, highlightCss);
    // The background holds the dataset for every tab; this page reads its own copy only if the
    // background cannot serve it.
    const background = createDatasetClient(connectDatasetPort);
    const session = createPageSession(document, location.hostname, {
      remote: background,
      readDataset: readActiveDataset,
      onFallback: (e) => {
        if (!ctx.isInvalid) console.warn('[backstory] using the dataset in the page:', e);
      },
      // The marks shown stay until a new scan's first piece replaces them; a card opened on one
      // of them meanwhile closes then.
      onMarksReplaced: () => cards.reset(),
    });
    const cards = createCardController(session, ctx, document);
    let stopObserving: () => void = noop;
    // Only the blocks the observer reports are rescanned; a new article root means a full scan.
    let observedRoot: Element | null = null;
    const watch = () => {
      stopObserving();
      observedRoot = session.root();
      stopObserving = observedRoot
        ? observeArticle(observedRoot, (changed) => void queue.changed(changed))
        : noop;
    };
    // A scan finds the article in its first, synchronous step: a new root is watched right then,
    // so the page's edits during a long scan (text changed in place, paragraphs added above the
    // part already read) are caught. The same root keeps its observer and what it has pending.
    const watchNewRoot = () => {
      if (session.root() !== observedRoot) watch();
    };
    // One scan at a time: changes reported during a scan are rescanned when it ends.
    const queue = createScanQueue<Element>({
      scan: async () => {
        cards.reset();
        const done = measured('backstory:scan', () => session.scan());
        watchNewRoot();
        await done;
      },
      rescan: async (changed) => {
        // A rescan that must read the whole page again (its root was replaced) has started that
        // scan, and set the new root, by the time this call returns.
        const done = measured('backstory:rescan', () => session.rescanBlocks(changed));
        watchNewRoot();
        await done.catch(fail('rescan'));
        // An open card stays while its mark does (a full scan's new marks close it on their own).
        cards.marksChanged();
      },
    });
    const rescan = () => queue.scanAll();

    // Listen before the first scan: a popup opened while a long article is being read waits for
    // the scan instead of being told the site is not enabled.
    // The page reads only the settings: the dataset stays in the background.
    const ready = (async () => {
      session.setSettings(await readSettings());
      await yieldToPage();
      await rescan();
    })();
    const onMessage = (message: unknown) => {
      if (!isPageRequest(message)) return undefined;
      if (message.type === 'page:summary') return ready.then(() => session.summary());
      return ready.then(() => session.reveal(message.entityId));
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A page kept in the back/forward cache lets its port go, and sends what was out when shown.
    ctx.addEventListener(window, 'pagehide', (e) => {
      if (e.persisted) background.suspend();
    });
    ctx.addEventListener(window, 'pageshow', (e) => {
      if (e.persisted) background.resume();
    });
    try {
      await ready;
    } catch (e) {
      browser.runtime.onMessage.removeListener(onMessage);
      stopObserving();
      return fail('start')(e);
    }

    const unwatch = [
      // A new dataset: the background loads it, or this page when it holds its own.
      watchActiveDataset((active) => {
        session.setDataset(active);
        void yieldToPage().then(rescan).catch(fail('scan'));
      }),
      watchSettings((settings) => {
        session.setSettings(settings);
        void rescan().catch(fail('scan'));
      }),
    ];
    ctx.onInvalidated(() => {
      unwatch.forEach((stop) => stop());
      stopObserving();
      browser.runtime.onMessage.removeListener(onMessage);
      cards.dispose();
      session.clear();
      background.dispose();
      removeStyles();
      flags[LOADED] = false;
    });
  },
});
