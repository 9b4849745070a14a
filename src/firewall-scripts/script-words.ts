// The words of a generated script's comments, in the page's language. The phrases live in
// locales/<lang>/script.json (loaded by the scripts view only); this layer gets them passed in,
// so it holds no UI text. Values are put into the phrase as they are: comments are split into
// lines and commented by the writer, and nothing here becomes code.

/** A phrase by its key (see locales/en/script.json), `{{name}}` filled from `vars`. */
export type Say = (key: string, vars?: Record<string, string | number>) => string;

/** A `Say` over a phrase table. A key the table lacks is a bug: it throws, so tests find it. */
export const sayFrom =
  (phrases: Readonly<Record<string, string>>): Say =>
  (key, vars = {}) => {
    const phrase = phrases[key];
    if (phrase === undefined) throw new Error(`No script phrase "${key}"`);
    return phrase.replace(/{{(\w+)}}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };

/** Every line break a catalog or link text may hold: a comment line never continues as code. */
export const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/;

/**
 * What no comment should hold once split: the other control characters (cmd.exe reads Ctrl-Z as
 * the end of a line, NUL ends its line) and the bidirectional controls that make a comment read
 * otherwise than it runs ("Trojan Source"). Each becomes a `?`.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Comment text as lines: split on every line break, nothing unprintable left in a line. */
export const commentLines = (lines: string[]): string[] =>
  lines.flatMap((line) => line.split(LINE_BREAKS).map((l) => l.replace(UNPRINTABLE, '?')));
