// CSV for spreadsheets (RFC 4180): fields quoted only when they must be, quotes doubled, records
// ended by CRLF. A UTF-8 byte order mark first, or Excel reads the Japanese as Shift_JIS.
//
//   [['id', 'ports_ja'], ['cas-owa', '80/TCP、443/TCP (SSL)'], ['x', 'a "b", c']]
//   → '\uFEFFid,ports_ja\r\ncas-owa,80/TCP、443/TCP (SSL)\r\nx,"a ""b"", c"\r\n'

export const BOM = '\uFEFF';

const MUST_QUOTE = /[",\r\n]/;

export const csvField = (value: string): string =>
  MUST_QUOTE.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** A whole CSV file: the BOM, then one CRLF-ended record per row (the header is row one). */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
