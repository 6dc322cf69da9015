import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import highlightCss from '../../lib/dom/highlights.css?inline';
import { adoptPageStyles } from '../../lib/dom/adopt-page-styles';
import { observeArticle } from '../../lib/dom/observe-article';
import { readActiveDataset, watchActiveDataset } from '../../lib/ext/active-dataset';
import { isPageRequest } from '../../lib/ext/messages';
import { NEWS_SITE_MATCHES } from '../../lib/ext/news-sites';
import { readSettings, watchSettings } from '../../lib/ext/settings';
import { createCardController } from './card-controller';
import { createPageSession } from './page-session';

const LOADED = Symbol.for('backstory.loaded');
const noop = () => {};

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
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
    const session = createPageSession(document, location.hostname);
    const cards = createCardController(session, ctx, document);
    let stopObserving: () => void = noop;
    const rescan = () => {
      cards.reset();
      const started = performance.now();
      session.scan();
      performance.measure('backstory:scan', { start: started, end: performance.now() });
      stopObserving();
      const root = session.root();
      stopObserving = root ? observeArticle(root, () => rescan()) : noop;
    };

    try {
      const [active, settings] = await Promise.all([readActiveDataset(), readSettings()]);
      session.setDataset(active);
      session.setSettings(settings);
      rescan();
    } catch (e) {
      return fail('start')(e);
    }

    const unwatch = [
      watchActiveDataset((active) => {
        session.setDataset(active);
        rescan();
      }),
      watchSettings((settings) => {
        session.setSettings(settings);
        rescan();
      }),
    ];
    const onMessage = (message: unknown) => {
      if (!isPageRequest(message)) return undefined;
      if (message.type === 'page:summary') return Promise.resolve(session.summary());
      return Promise.resolve(session.reveal(message.entityId));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      unwatch.forEach((stop) => stop());
      stopObserving();
      browser.runtime.onMessage.removeListener(onMessage);
      cards.dispose();
      session.clear();
      removeStyles();
      flags[LOADED] = false;
    });
  },
});
