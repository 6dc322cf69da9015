/** A spotted name in a text: the shape shared by the content script, the CLI and the evaluation. */

/** Why a mention was accepted: its kind of form, or 'context' when page evidence decided. */
export type MentionVia = 'name' | 'alias' | 'acronym' | 'short' | 'context';

/** One mark: UTF-16 offsets into the original text, the entity, and a short human reason. */
export type Mention = {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  surface: string;
  entityId: string;
  via: MentionVia;
  /** The dataset form that matched. */
  matched: string;
  /** "exact name", "alias Bisham", "surname after 'Mohsin Naqvi' earlier", ... */
  reason: string;
  /** The entity's kind (`person`, `place`, …) when the matcher keeps kinds. */
  kind?: string;
};
