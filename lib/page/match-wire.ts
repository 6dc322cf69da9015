/**
 * The messages between a page and the matcher host (the extension's background), and the compact
 * form mentions travel in: one list of integers and a table of the strings they repeat, so a page
 * with thousands of marks receives a few kilobytes of JSON, not an object per mention.
 */
import type { Mention, MentionVia } from '../match';

/** Page → host: match `text`, the next piece of the scan whose carried names are `carry`'s. */
export type MatchRequest = {
  type: 'match';
  id: number;
  /** Names carried from earlier pieces are kept per carry id; a new scan uses a new id. */
  carry: number;
  /** The dataset revision the page reads; the host answers `stale` when it holds another. */
  revision: string;
  articleDate: string;
  text: string;
};

/** Mentions of one piece: per mention start, end and the string-table index of entity id, via, matched form, reason and kind (-1: none). */
export type WireMentions = { strings: string[]; ints: number[] };

/** Host → page. */
export type MatchReply =
  { id: number; mentions: WireMentions } | { id: number; error: string; isStale?: boolean };

const FIELDS = 7;

/** True when `value` is a well-formed match request (ports may carry anything). */
export function isMatchRequest(value: unknown): value is MatchRequest {
  const v = value as Partial<MatchRequest> | null;
  return (
    !!v &&
    v.type === 'match' &&
    Number.isInteger(v.id) &&
    Number.isInteger(v.carry) &&
    typeof v.revision === 'string' &&
    typeof v.articleDate === 'string' &&
    typeof v.text === 'string'
  );
}

/** True when `value` is a well-formed reply. */
export function isMatchReply(value: unknown): value is MatchReply {
  const v = value as { id?: unknown; mentions?: Partial<WireMentions>; error?: unknown } | null;
  if (!v || !Number.isInteger(v.id)) return false;
  if (typeof v.error === 'string') return true;
  return !!v.mentions && Array.isArray(v.mentions.strings) && Array.isArray(v.mentions.ints);
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
  for (const m of mentions)
    ints.push(
      m.start,
      m.end,
      ref(m.entityId),
      ref(m.via),
      ref(m.matched),
      ref(m.reason),
      ref(m.kind),
    );
  return { strings, ints };
}

/** Mentions back from their wire form, surfaces cut from `text`; throws on damaged input. */
export function decodeMentions(wire: WireMentions, text: string): Mention[] {
  const { strings, ints } = wire;
  if (ints.length % FIELDS !== 0) throw new Error('damaged mentions: length');
  const str = (i: number) => {
    const s = strings[i];
    if (typeof s !== 'string') throw new Error('damaged mentions: string index');
    return s;
  };
  const mentions: Mention[] = [];
  for (let i = 0; i < ints.length; i += FIELDS) {
    const start = ints[i]!;
    const end = ints[i + 1]!;
    if (!(start >= 0 && end > start && end <= text.length))
      throw new Error('damaged mentions: offsets');
    const mention: Mention = {
      start,
      end,
      surface: text.slice(start, end),
      entityId: str(ints[i + 2]!),
      via: str(ints[i + 3]!) as MentionVia,
      matched: str(ints[i + 4]!),
      reason: str(ints[i + 5]!),
    };
    if (ints[i + 6]! >= 0) mention.kind = str(ints[i + 6]!);
    mentions.push(mention);
  }
  return mentions;
}
