// A Markdown (GFM) table to paste into chat or a ticket. A cell cannot hold a line break or an
// unescaped pipe, so newlines become <br> and Markdown's own punctuation is backslash-escaped:
// the rendered cell shows the catalog text as it is, never as formatting or HTML.
//
//   [['id', 'path_ja'], ['a', 'x | y\nz*']]
//   → '| id | path_ja |\n| --- | --- |\n| a | x \| y<br>z\* |\n'

/**
 * ASCII punctuation that Markdown (or an HTML-aware renderer) would read as syntax. An underscore
 * inside a word (`path_ja`) is never emphasis in GFM, so only one at a word's edge is escaped.
 */
const SYNTAX = /[\\|*`~<>[\]#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

export const markdownCell = (value: string): string =>
  value.replace(SYNTAX, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '<br>');

const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |\n`;

/** The first row is the header. */
export const toMarkdownTable = (rows: readonly (readonly string[])[]): string => {
  const [header = [], ...body] = rows;
  return line(header) + `| ${header.map(() => '---').join(' | ')} |\n` + body.map(line).join('');
};
