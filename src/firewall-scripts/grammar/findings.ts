// What every check of the grammar oracle returns: a Finding (the 1-based line, the line's text
// and a message), the one way to make one, and the lower-casing every check compares names with
// (PowerShell and netsh names are case-insensitive).

export interface Finding {
  /** 1-based line of the script. */
  line: number;
  /** The line as written, trimmed (at most 200 characters). */
  text: string;
  message: string;
}

const lineText = (lines: string[], row: number) => (lines[row] ?? '').trim().slice(0, 200);
export const finding = (lines: string[], row: number, message: string): Finding => ({
  line: row + 1,
  text: lineText(lines, row),
  message,
});

export const lower = (s: string) => s.toLowerCase();
