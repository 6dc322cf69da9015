/** Entity kinds in display order; kept apart from the schema so page code can use it without zod. */
export const ENTITY_KINDS = ['person', 'group', 'organization', 'place'] as const;
