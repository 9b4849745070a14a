// The JSON export: the catalog itself, cut down to the rows a link selects, so that it still
// parses with the catalog schema and passes every check of invariants.ts.
//
// - Both tables are cut with the same link (the view layer's selection), as the explorer shows
//   them when the table is switched. The schema wants at least one row in each: see `subsetProblem`.
// - Notes: those the kept rows refer to (noteIds, and the notes a port or an end was read from), the
//   parents of kept cautions, and the document's opening paragraphs (so a subset whose rows carry
//   no note still has notes, and says what the source is), and the source's support statement on
//   firewalls (every firewall output quotes it, whatever the rows). Each note's `concerns` keeps
//   only the kept rows, so every reference resolves in both directions.
// - Errata live inside their rows and notes and travel with them.
// - document, endpoints and headings are kept whole: they name things, they select nothing.
import { originsOf } from '../catalog/origins.ts';
import type { Catalog, DataPath, FirewallRule, Note } from '../catalog/schema.ts';
import { SUPPORT_NOTE_ID } from '../catalog/support-statement.ts';

/** The notes a row's derived values (ports, related ports, ends) were read from or lean on. */
const citedNotes = (r: DataPath | FirewallRule): string[] =>
  originsOf(r).flatMap(({ origin }) => (origin.noteId ? [origin.noteId] : []));

const notesOf = (rows: readonly (DataPath | FirewallRule)[]) =>
  new Set(rows.flatMap((r) => [...r.noteIds, ...citedNotes(r)]));

function keptNotes(catalog: Catalog, rows: readonly (DataPath | FirewallRule)[]): Note[] {
  const wanted = notesOf(rows);
  wanted.add(SUPPORT_NOTE_ID);
  for (const n of catalog.notes) {
    if (n.section === 'document' && n.kind === 'intro') wanted.add(n.id);
  }
  // A caution is read under its bullet: keep the parents, and theirs.
  const byId = new Map(catalog.notes.map((n) => [n.id, n]));
  for (const id of [...wanted]) {
    for (let parent = byId.get(id)?.parentId; parent; parent = byId.get(parent)?.parentId) {
      wanted.add(parent);
    }
  }
  const rowIds = new Set(rows.map((r) => r.id));
  return catalog.notes
    .filter((n) => wanted.has(n.id))
    .map((n) => ({ ...n, concerns: n.concerns.filter((id) => rowIds.has(id)) }));
}

export function catalogSubset(
  catalog: Catalog,
  dataPaths: readonly DataPath[],
  firewallRules: readonly FirewallRule[],
): Catalog {
  return {
    ...catalog,
    dataPaths: [...dataPaths],
    firewallRules: [...firewallRules],
    notes: keptNotes(catalog, [...dataPaths, ...firewallRules]),
  };
}

/** Why a subset cannot be a catalog (the schema wants a row in each table), or null. */
export const subsetProblem = (subset: Catalog): 'no-paths' | 'no-rules' | null =>
  subset.dataPaths.length === 0
    ? 'no-paths'
    : subset.firewallRules.length === 0
      ? 'no-rules'
      : null;

/** The file's text, indented for reading and diffing, ending in a newline. */
export const catalogJson = (subset: Catalog): string => `${JSON.stringify(subset, null, 2)}\n`;
