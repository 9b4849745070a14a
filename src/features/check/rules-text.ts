/**
 * The export as the page holds it: in the textarea, or held beside it. A textarea lays out every
 * line it holds: 10,000 rules (1 MB) cost the browser a second of layout on each paste, longer
 * than reading and checking them. So a text longer than SHOWN_LIMIT is held and named, not shown.
 */
export interface RulesText {
  text: string;
  shown: boolean;
}

/** Characters a textarea shows without a noticeable layout (a few hundred rules). */
export const SHOWN_LIMIT = 64 * 1024;

export const EMPTY_RULES: RulesText = { text: '', shown: true };

/** A text as the page holds it: shown in the textarea if short enough, else held beside it. */
export const heldRules = (text: string): RulesText => ({ text, shown: text.length <= SHOWN_LIMIT });
