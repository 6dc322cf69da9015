/**
 * One page's state: the active dataset, the latest scan and its marks. Rescans when the dataset,
 * the settings or the article change; answers the popup; opens cards.
 */
import { clearHighlights, paintHighlights, setFocusHighlight } from '../../lib/dom/highlights';
import { createMentionIndex, hitTest, type MentionIndex } from '../../lib/dom/hit-test';
import { flashRange } from '../../lib/dom/flash-range';
import { rangesForMentions } from '../../lib/dom/ranges-for-mentions';
import type { ActiveDataset } from '../../lib/ext/active-dataset';
import type { PageSummaryResponse } from '../../lib/ext/messages';
import { isSiteEnabled, type Settings } from '../../lib/ext/settings';
import { loadMatcher, type Matcher, type Mention } from '../../lib/match';
import {
  annotateDocument,
  countMentions,
  type PageAnnotation,
} from '../../lib/page/annotate-document';
import { buildCardModel, type CardModel } from '../../lib/related/card-model';
import { type DatasetIndex, indexDataset } from '../../lib/related/dataset-index';
import { buildPageSummary } from '../../lib/related/page-summary';

/** A mark on the page: one mention and its live range. */
export type Mark = { mention: Mention; range: Range; kind: string };

/** Creates the session for `doc`; call `setDataset` and `setSettings` before `scan`. */
export function createPageSession(doc: Document, host: string) {
  let dataset: { active: ActiveDataset; index: DatasetIndex; matcher: Matcher } | null = null;
  let settings: Settings | null = null;
  let annotation: PageAnnotation | null = null;
  let marks: Mark[] = [];
  let hits: MentionIndex | null = null;

  const isEnabled = () => !!settings && isSiteEnabled(settings, host);

  return {
    setDataset(active: ActiveDataset) {
      dataset = {
        active,
        index: indexDataset(active.dataset),
        matcher: loadMatcher(active.matcher),
      };
    },
    setSettings(next: Settings) {
      settings = next;
    },
    /** Reads the article and repaints every mark. */
    scan(): void {
      marks = [];
      hits = null;
      if (!dataset || !settings || !isEnabled()) {
        annotation = null;
        clearHighlights();
        return;
      }
      annotation = annotateDocument(doc, dataset.matcher, { url: doc.location?.href });
      const kinds = settings.kinds;
      const index = dataset.index;
      const shown = annotation.mentions.filter((m) => {
        const kind = index.entities.get(m.entityId)?.kind;
        return kind !== undefined && kinds[kind];
      });
      const ranges = rangesForMentions(annotation.pageText, shown, doc);
      marks = shown.map((mention, i) => ({
        mention,
        range: ranges[i]!,
        kind: index.entities.get(mention.entityId)!.kind,
      }));
      paintHighlights(marks.map(({ range, kind }) => ({ range, kind })));
      hits = createMentionIndex(marks.map((m) => m.range));
    },
    /** The article element of the last scan, if any. */
    root: (): Element | null => annotation?.root ?? null,
    marks: () => marks,
    /** The mark under a viewport point, or null. */
    markAt(x: number, y: number): number | null {
      return hits ? hitTest(hits, doc, x, y) : null;
    },
    /** The card for a mark, built for this page's date and entities. */
    cardFor(markIndex: number): CardModel | null {
      const mark = marks[markIndex];
      if (!mark || !dataset || !annotation) return null;
      return buildCardModel(dataset.index, mark.mention.entityId, {
        articleDate: annotation.articleDate,
        isArticleDateKnown: annotation.isArticleDateKnown,
        pageEntityIds: new Set(marks.map((m) => m.mention.entityId)),
      });
    },
    focus(markIndex: number | null) {
      setFocusHighlight(markIndex === null ? null : (marks[markIndex]?.range ?? null));
    },
    /** Scrolls to the first mark of an entity and flashes it; false when it has none. */
    reveal(entityId: string): boolean {
      const mark = marks.find((m) => m.mention.entityId === entityId);
      if (!mark) return false;
      flashRange(mark.range, 1200);
      return true;
    },
    summary(): PageSummaryResponse {
      const version = dataset?.active.dataset.version ?? 'none';
      const articleDate = annotation?.articleDate ?? new Date().toISOString().slice(0, 10);
      const counts = countMentions(marks.map((m) => m.mention));
      const base = dataset
        ? buildPageSummary(
            dataset.index,
            counts,
            articleDate,
            annotation?.isArticleDateKnown ?? false,
          )
        : { groups: [], story: [], articleDate, isArticleDateKnown: false };
      return { ...base, datasetVersion: version, host, isEnabled: isEnabled() };
    },
    clear() {
      marks = [];
      hits = null;
      clearHighlights();
    },
  };
}

/** The session object the content script drives. */
export type PageSession = ReturnType<typeof createPageSession>;
