/** Per-form flag bits, shared by the loader, the scanner and the packed stored form. */

/** Form bit: a surname-style short form. */
export const FORM_SHORT = 1;
/** Form bit: needs support from the page. */
export const FORM_NEEDS_CONTEXT = 2;
/** Form bit: matched case-sensitively, word by word. */
export const FORM_EXACT = 4;
/** Form bit: the dataset writes it lower-case first, so a lower-case start is fine. */
export const FORM_LOWER_START = 8;
