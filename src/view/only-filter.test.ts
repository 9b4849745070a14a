// The selection (selection.ts) is the only place rows are chosen for display or export. This
// reads the source of every other layer and fails on a filter over the catalog's tables; a count
// (`….filter(…).length`, the footer's row counts of the whole catalog) chooses no row to show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('..', import.meta.url).pathname;
/** The layers that build a catalog (and may cut it) or are the selection itself. */
const ALLOWED = ['catalog/', 'view/'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });

const ROW_FILTER = /\.(dataPaths|firewallRules)\s*\.filter\(/;

describe('the selection is the only filter', () => {
  it('no module outside catalog/ and view/ filters the catalog’s rows, other than to count them', () => {
    const offenders = sourceFiles(SRC)
      .map((path) => path.slice(SRC.length))
      .filter((file) => !ALLOWED.some((layer) => file.startsWith(layer)))
      .flatMap((file) =>
        readFileSync(join(SRC, file), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            ROW_FILTER.test(line) && !/\)\.length\b/.test(line) ? [`${file}:${i + 1}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });

  it('the guard sees a filter when there is one', () => {
    expect(ROW_FILTER.test('catalog.dataPaths.filter((p) => p.to === role)')).toBe(true);
  });
});
