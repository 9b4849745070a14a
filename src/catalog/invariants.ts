// Rules the schema cannot express. Each check returns the problems it found (empty = fine), so
// the loader can report them in the page and the tests can name them.
import type { Catalog, PortEntry } from './schema.ts';
import {
  authOriginsMatch,
  derivedTextIsVerbatim,
  inferredEndsAreFlagged,
  portRolesAreExplained,
} from './provenance-checks.ts';
import { originsOf } from './origins.ts';

export type Check = (catalog: Catalog) => string[];

const allRows = (c: Catalog) => [...c.dataPaths, ...c.firewallRules];

export const idsAreUnique: Check = (c) => {
  const seen = new Set<string>();
  return [...allRows(c), ...c.notes].flatMap(({ id }) => {
    if (seen.has(id)) return [`duplicate id "${id}"`];
    seen.add(id);
    return [];
  });
};

export const noteReferencesResolve: Check = (c) => {
  const rowIds = new Set(allRows(c).map((r) => r.id));
  const noteIds = new Set(c.notes.map((n) => n.id));
  return [
    ...c.notes.flatMap((n) =>
      n.concerns
        .filter((id) => !rowIds.has(id))
        .map((id) => `note ${n.id} concerns unknown row "${id}"`),
    ),
    ...c.notes
      .filter((n) => n.parentId && !noteIds.has(n.parentId))
      .map((n) => `note ${n.id} has unknown parent "${n.parentId}"`),
    ...allRows(c).flatMap((r) => [
      ...r.noteIds
        .filter((id) => !noteIds.has(id))
        .map((id) => `${r.id} refers to unknown note "${id}"`),
      ...originsOf(r)
        .filter(({ origin }) => origin.noteId && !noteIds.has(origin.noteId))
        .map(({ what, origin }) => `${r.id}: ${what} cites unknown note "${origin.noteId}"`),
    ]),
  ];
};

/** A row's noteIds and the notes' concerns must say the same thing from both sides. */
export const noteLinksAreMutual: Check = (c) => {
  // One pass over the notes, so the check stays linear on a catalog many times the real one.
  const expected = new Map<string, string[]>();
  for (const n of c.notes) {
    for (const rowId of n.concerns) expected.set(rowId, [...(expected.get(rowId) ?? []), n.id]);
  }
  return allRows(c).flatMap((r) =>
    (expected.get(r.id) ?? []).join() === r.noteIds.join()
      ? []
      : [`${r.id} noteIds disagree with the notes' concerns`],
  );
};

const rangeProblem = (owner: string, p: PortEntry): string[] => {
  if (p.kind !== 'number') {
    return p.from === null && p.to === null
      ? []
      : [`${owner}: a ${p.kind} port must not carry numbers`];
  }
  if (p.from === null || p.to === null || p.protocol === null) {
    return [`${owner}: a numbered port needs from, to and protocol`];
  }
  return p.from <= p.to ? [] : [`${owner}: port range ${p.from}-${p.to} is reversed`];
};

export const portRangesAreOrdered: Check = (c) =>
  allRows(c).flatMap((r) =>
    [...r.ports, ...('relatedPorts' in r ? r.relatedPorts : [])].flatMap((p) =>
      rangeProblem(r.id, p),
    ),
  );

const hasJapanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;

/** Every Japanese text has an English text beside it, and the English is not Japanese. */
export const everyTextHasEnglish: Check = (c) => {
  const pairs: [string, string, string][] = [
    ...allRows(c).flatMap((r) =>
      Object.entries(r.source.ja).map(
        ([k, ja]) =>
          [`${r.id}.${k}`, ja, (r.source.en as Record<string, string>)[k] ?? ''] as [
            string,
            string,
            string,
          ],
      ),
    ),
    ...c.notes.map((n) => [n.id, n.ja, n.en] as [string, string, string]),
    ...c.headings.map((h) => [`heading@${h.sourceLine}`, h.ja, h.en] as [string, string, string]),
  ];
  return pairs.flatMap(([where, ja, en]) =>
    ja && (!en.trim() || hasJapanese.test(en)) ? [`${where} has no English`] : [],
  );
};

export const CHECKS = {
  idsAreUnique,
  noteReferencesResolve,
  noteLinksAreMutual,
  portRangesAreOrdered,
  everyTextHasEnglish,
  derivedTextIsVerbatim,
  inferredEndsAreFlagged,
  authOriginsMatch,
  portRolesAreExplained,
} satisfies Record<string, Check>;

/** A problem found by one rule; the rule's name lets the page explain it in the user's language. */
export interface CatalogProblem {
  rule: keyof typeof CHECKS;
  detail: string;
}

export function checkCatalog(catalog: Catalog): CatalogProblem[] {
  return (Object.keys(CHECKS) as (keyof typeof CHECKS)[]).flatMap((rule) =>
    CHECKS[rule](catalog).map((detail) => ({ rule, detail })),
  );
}
