/**
 * The messages between a page and the dataset host (the extension's background): pieces of text to
 * match, cards and the page summary to build. Mentions travel compactly: one list of integers and a
 * table of the strings they repeat, so a page with thousands of marks gets a few kilobytes of JSON.
 */
import type { Mention, MentionVia } from '../match';
import type { CardModel } from '../related/card-model';
import type { PageSummary } from '../related/page-summary';

/** Match `text`, the next piece of the scan whose carried names are kept under `carry`. */
export type MatchRequest = {
  type: 'match';
  id: number;
  /** A new scan uses a new id; a rescan of changed blocks goes on with its scan's. */
  carry: number;
  /**
   * The names the page has seen carried so far (entity id, surface), oldest first: the host starts
   * from them when it holds no names under `carry` (it was stopped and started again since).
   */
  seed: [string, string][];
  articleDate: string;
  text: string;
};

/** The card of `entityId` for a page of this date showing these entities. */
export type CardRequest = {
  type: 'card';
  id: number;
  entityId: string;
  articleDate: string;
  isArticleDateKnown: boolean;
  pageEntityIds: string[];
};

/** The popup's summary of a page with these mention counts. */
export type SummaryRequest = {
  type: 'summary';
  id: number;
  counts: [string, number][];
  articleDate: string;
  isArticleDateKnown: boolean;
};

/** Page → host. */
export type HostRequest = MatchRequest | CardRequest | SummaryRequest;

/** Mentions of one piece: per mention start, end and the string-table index of entity id, via, matched form, reason and kind (-1: none). */
export type WireMentions = { strings: string[]; ints: number[] };

/** A page summary with the version of the dataset it was built from. */
export type HostSummary = PageSummary & { datasetVersion: string };

/** Host → page. */
export type HostReply =
  | { id: number; mentions: WireMentions }
  | { id: number; card: CardModel | null }
  | { id: number; summary: HostSummary }
  /** `isUnavailable`: the host cannot serve at all (no dataset, it failed to load). */
  | { id: number; error: string; isUnavailable?: boolean };

const FIELDS = 7;
const VIAS: ReadonlySet<string> = new Set<MentionVia>([
  'name',
  'alias',
  'acronym',
  'short',
  'context',
]);
const isDate = (v: unknown) => typeof v === 'string';

/** True when `value` is a well-formed request (ports may carry anything). */
export function isHostRequest(value: unknown): value is HostRequest {
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || !Number.isInteger(v.id) || !isDate(v.articleDate)) {
    return false;
  }
  if (v.type === 'match') {
    return (
      Number.isInteger(v.carry) &&
      typeof v.text === 'string' &&
      Array.isArray(v.seed) &&
      v.seed.every(
        (pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
      )
    );
  }
  if (typeof v.isArticleDateKnown !== 'boolean') return false;
  if (v.type === 'card') {
    return (
      typeof v.entityId === 'string' &&
      Array.isArray(v.pageEntityIds) &&
      v.pageEntityIds.every((id) => typeof id === 'string')
    );
  }
  return (
    v.type === 'summary' &&
    Array.isArray(v.counts) &&
    v.counts.every(
      (c) => Array.isArray(c) && typeof c[0] === 'string' && Number.isInteger(c[1]) && c[1] > 0,
    )
  );
}

/** True when `value` is a well-formed reply (its payload is checked where it is used). */
export function isHostReply(value: unknown): value is HostReply {
  const v = value as Record<string, unknown> | null;
  return !!v && typeof v === 'object' && Number.isInteger(v.id);
}

/** Mentions to their wire form (surfaces are left out: the page has the text). */
export function encodeMentions(mentions: readonly Mention[]): WireMentions {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | undefined) => {
    if (s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const ints: number[] = [];
  for (const m of mentions) {
    ints.push(m.start, m.end, ref(m.entityId), ref(m.via), ref(m.matched), ref(m.reason));
    ints.push(ref(m.kind));
  }
  return { strings, ints };
}

/** Mentions back from their wire form, surfaces cut from `text`; throws on damaged input. */
export function decodeMentions(wire: unknown, text: string): Mention[] {
  const w = wire as Partial<WireMentions> | null;
  if (!w || !Array.isArray(w.strings) || !Array.isArray(w.ints)) {
    throw new Error('damaged mentions: shape');
  }
  const { strings, ints } = w;
  if (ints.length % FIELDS !== 0) throw new Error('damaged mentions: length');
  const str = (i: unknown) => {
    const s = strings[i as number];
    if (typeof s !== 'string') throw new Error('damaged mentions: string index');
    return s;
  };
  const mentions: Mention[] = [];
  // Mentions come in text order and never overlap.
  let lastEnd = 0;
  for (let i = 0; i < ints.length; i += FIELDS) {
    const start = ints[i] as number;
    const end = ints[i + 1] as number;
    if (
      !(Number.isInteger(start) && Number.isInteger(end) && start >= lastEnd && end > start) ||
      end > text.length
    ) {
      throw new Error('damaged mentions: offsets');
    }
    const mention: Mention = {
      start,
      end,
      surface: text.slice(start, end),
      entityId: str(ints[i + 2]),
      via: str(ints[i + 3]) as MentionVia,
      matched: str(ints[i + 4]),
      reason: str(ints[i + 5]),
    };
    if ((ints[i + 6] as number) >= 0) mention.kind = str(ints[i + 6]);
    if (!VIAS.has(mention.via)) throw new Error('damaged mentions: via');
    mentions.push(mention);
    lastEnd = end;
  }
  return mentions;
}
