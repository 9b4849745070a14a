// Matching a row's search text in parts (its own text, and note texts shared between rows) finds
// exactly what matching the whole text as one string finds.
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import {
  matchesText,
  searchPartsOfPath,
  searchPartsOfRule,
  searchTextOfPath,
  searchTextOfRule,
} from './text-search.ts';

const catalog = readCommittedCatalog();
const QUERIES = [
  'e',
  'ed',
  'edge',
  'クライアントアクセス',
  'ＴＣＰ 135',
  'dag 64327',
  'rpc ad',
  'zzz',
];

describe('search text in parts', () => {
  it('matches the same rows as the whole text', () => {
    for (const query of QUERIES) {
      for (const p of catalog.dataPaths)
        expect(matchesText(searchPartsOfPath(p, catalog.notes), query), `${p.id} ${query}`).toBe(
          matchesText(searchTextOfPath(p, catalog.notes), query),
        );
      for (const r of catalog.firewallRules)
        expect(matchesText(searchPartsOfRule(r, catalog.notes), query), `${r.id} ${query}`).toBe(
          matchesText(searchTextOfRule(r, catalog.notes), query),
        );
    }
  });

  it('shares one string per note between the rows that link it', () => {
    const withNotes = catalog.dataPaths.filter((p) => p.noteIds.length > 0);
    const texts = withNotes.flatMap((p) => searchPartsOfPath(p, catalog.notes).notes);
    expect(new Set(texts).size).toBeLessThanOrEqual(catalog.notes.length);
    const [first] = withNotes;
    expect(first && searchPartsOfPath(first, catalog.notes).notes[0]).toBe(
      first && searchPartsOfPath(first, catalog.notes).notes[0],
    );
  });
});
