// A QR code's dark modules as one SVG path, a rectangle per horizontal run, with the quiet zone
// around it: 'M4 4h7v1h-7z M12 4h1v1h-1z …' in a viewBox of (size + 2 × quiet) units.
export function qrPath(
  size: number,
  isDark: (row: number, col: number) => boolean,
  quiet = 4,
): string {
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size;) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < size && isDark(row, end)) end++;
      const length = end - col;
      runs.push(`M${col + quiet} ${row + quiet}h${length}v1h-${length}z`);
      col = end;
    }
  }
  return runs.join('');
}

/** The link as ASCII: the encoder writes bytes of Latin-1, so anything else is %-escaped. */
export const asciiOnly = (value: string): string =>
  value.replace(/[^\x20-\x7e]/gu, (ch) => encodeURIComponent(ch));
