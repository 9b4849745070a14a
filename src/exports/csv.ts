// CSV for spreadsheets (RFC 4180): fields quoted only when they must be, quotes doubled, records
// ended by CRLF. A UTF-8 byte order mark first, or Excel reads the Japanese as Shift_JIS.
//
//   [['id', 'ports_ja'], ['cas-owa', '80/TCP、443/TCP (SSL)'], ['x', 'a "b", c']]
//   → '\uFEFFid,ports_ja\r\ncas-owa,80/TCP、443/TCP (SSL)\r\nx,"a ""b"", c"\r\n'
//
// A cell that a spreadsheet would read as a formula (=, +, -, @, TAB, CR first) is written as
// text: '=HYPERLINK(...) rather than =HYPERLINK(...).

export const BOM = '\uFEFF';

const MUST_QUOTE = /[",\r\n]/;

/**
 * A spreadsheet reads a cell that starts with one of these as a formula (or, for TAB and CR, may
 * drop them and read what follows as one): catalog or link text must never run as a formula, so
 * such a cell gets a leading apostrophe, which spreadsheets show as text and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const csvField = (value: string): string => {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return MUST_QUOTE.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A whole CSV file: the BOM, then one CRLF-ended record per row (the header is row one). */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
