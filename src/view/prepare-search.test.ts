import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { prepareSearchWhenIdle } from './prepare-search.ts';
import { pathHaystack, ruleHaystack } from './path-filters.ts';
import { searchPartsOfPath, searchPartsOfRule } from '../filters/text-search.ts';

describe('prepareSearchWhenIdle', () => {
  it('builds every search text in slices, each what the search would build', () => {
    const catalog = readCommittedCatalog();
    const queued: (() => void)[] = [];
    const stop = prepareSearchWhenIdle(catalog, (work) => {
      queued.push(work);
      return () => queued.splice(0);
    });
    let slices = 0;
    while (queued.length > 0 && slices < 10_000) {
      queued.shift()!();
      slices++;
    }
    stop();
    expect(queued).toEqual([]);
    for (const p of catalog.dataPaths)
      expect(pathHaystack(p, catalog.notes)).toEqual(searchPartsOfPath(p, catalog.notes));
    for (const r of catalog.firewallRules)
      expect(ruleHaystack(r, catalog.notes)).toEqual(searchPartsOfRule(r, catalog.notes));
  });

  it('stops when asked', () => {
    const catalog = readCommittedCatalog();
    const queued: (() => void)[] = [];
    const stop = prepareSearchWhenIdle(catalog, (work) => {
      queued.push(work);
      return () => queued.splice(0);
    });
    stop();
    expect(queued).toEqual([]);
  });
});
