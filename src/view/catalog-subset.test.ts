import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../catalog/invariants.ts';
import { catalog as catalogSchema } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { catalogJson, subsetProblem } from '../exports/catalog-subset.ts';
import { catalogSubsetOf, filterPaths, filterRules } from './selection.ts';
import { parseUrlState } from './url-state.ts';

const catalog = readCommittedCatalog();
const stateOf = (query: string) => parseUrlState(new URLSearchParams(query)).state;

describe('catalogSubsetOf', () => {
  for (const query of [
    '',
    'role=cas&dir=in',
    'enc=none',
    'port=3343',
    'q=owa',
    'open=cas-mrs&q=808',
    'table=rules&role=edge',
    'role=mailbox&section=mailbox&auth=kerberos',
  ]) {
    it(`${query || '(everything)'}: parses as a catalog and passes every check`, () => {
      const state = stateOf(query);
      const subset = catalogSubsetOf(catalog, state);
      expect(subsetProblem(subset)).toBeNull();
      const parsed = catalogSchema.safeParse(JSON.parse(catalogJson(subset)));
      expect(parsed.success).toBe(true);
      expect(checkCatalog(subset)).toEqual([]);
      // exactly the rows the link selects, in catalog order
      expect(subset.dataPaths.map((r) => r.id)).toEqual(
        filterPaths(catalog, state).map((r) => r.id),
      );
      expect(subset.firewallRules.map((r) => r.id)).toEqual(
        filterRules(catalog, state).map((r) => r.id),
      );
    });
  }

  it('keeps each note a kept row refers to, verbatim, with only kept rows in its concerns', () => {
    const subset = catalogSubsetOf(catalog, stateOf('port=3343&role=mailbox'));
    expect(subset.dataPaths.map((r) => r.id)).toEqual(['mailbox-clustering']);
    const original = new Map(catalog.notes.map((n) => [n.id, n]));
    for (const note of subset.notes) {
      expect(note.ja).toBe(original.get(note.id)!.ja);
      expect(note.errata).toEqual(original.get(note.id)!.errata);
    }
    const ids = subset.notes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['mailbox-note-1', 'mailbox-note-2', 'document-intro-1']),
    );
    expect(subset.notes.find((n) => n.id === 'mailbox-note-1')!.concerns).toEqual([
      'mailbox-clustering',
    ]);
  });

  it('the whole catalog through the subset is the catalog, less the notes no row refers to', () => {
    const subset = catalogSubsetOf(catalog, stateOf(''));
    expect(subset.dataPaths).toEqual(catalog.dataPaths);
    expect(subset.firewallRules).toEqual(catalog.firewallRules);
    expect(subset.headings).toEqual(catalog.headings);
  });

  it('says so when a table would be empty (the schema wants a row in each)', () => {
    expect(subsetProblem(catalogSubsetOf(catalog, stateOf('role=ad')))).toBe('no-rules');
    expect(subsetProblem(catalogSubsetOf(catalog, stateOf('q=zzzz-nothing')))).toBe('no-paths');
  });
});
