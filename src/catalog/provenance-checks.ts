// Checks of provenance: every derived value points at the verbatim text it came from, and the
// flags derived from provenance (endpointsInferred, related and two-way ports) agree with it.
import { foldSpaces } from './source/fold-spaces.ts';
import { originsOf, portLabel, type Derived } from './origins.ts';
import type { Catalog, Erratum } from './schema.ts';

type Check = (catalog: Catalog) => string[];

const allRows = (c: Catalog) => [...c.dataPaths, ...c.firewallRules];

/**
 * Derived data points back at the verbatim text it came from: a cell value at its cell, a note
 * value at its note, an inference at the cell, note or table heading it starts from, with a reason.
 */
export const derivedTextIsVerbatim: Check = (c) => {
  const noteText = new Map(c.notes.map((n) => [n.id, foldSpaces(n.ja)]));
  const headings = c.headings.map((h) => foldSpaces(h.ja));
  const contains = (haystack: string | undefined, needle: string) =>
    haystack !== undefined && foldSpaces(haystack).includes(foldSpaces(needle));
  const erratumProblems = (owner: string, errata: Erratum[], fields: Record<string, string>) =>
    errata
      .filter((e) => !contains(fields[e.field], e.text))
      .map((e) => `${owner}: erratum text "${e.text}" is not in its ${e.field}`);
  const originProblem = (owner: string, { what, origin, cell }: Derived): string[] => {
    const inNote =
      origin.noteId !== undefined && contains(noteText.get(origin.noteId), origin.text);
    switch (origin.source) {
      case 'cell':
        return contains(cell, origin.text) ? [] : [`${owner}: ${what} is not in its cell`];
      case 'note':
        return inNote ? [] : [`${owner}: ${what} is not in its note`];
      case 'inferred':
        if (!origin.reason) return [`${owner}: ${what} is inferred without a reason`];
        return inNote ||
          contains(cell, origin.text) ||
          headings.some((h) => h.includes(origin.text))
          ? []
          : [`${owner}: ${what} is inferred from text found nowhere`];
    }
  };
  return [
    ...allRows(c).flatMap((r) => [
      ...originsOf(r).flatMap((d) => originProblem(r.id, d)),
      ...erratumProblems(r.id, r.errata, r.source.ja),
    ]),
    ...c.notes.flatMap((n) => erratumProblems(n.id, n.errata, { ja: n.ja })),
  ];
};

/** `endpointsInferred` says exactly whether either end is inferred. */
export const inferredEndsAreFlagged: Check = (c) =>
  c.dataPaths.flatMap((r) =>
    r.endpointsInferred === (r.ends.from.source === 'inferred' || r.ends.to.source === 'inferred')
      ? []
      : [`${r.id}: endpointsInferred disagrees with its ends`],
  );

/** The authentication ids and their provenance list the same ids in the same order. */
export const authOriginsMatch: Check = (c) =>
  c.dataPaths.flatMap((r) =>
    (['default', 'supported'] as const).flatMap((column) =>
      r.auth.origin[column].map((a) => a.id).join() === r.auth[column].join()
        ? []
        : [`${r.id}: ${column} authentication disagrees with its provenance`],
    ),
  );

/**
 * Related ports come from a note, say why in a comment, and are never also ports of the path;
 * a port marked both ways sits on a path (between two different ends) that says why.
 */
export const portRolesAreExplained: Check = (c) =>
  c.dataPaths.flatMap((r) => [
    ...r.relatedPorts
      .filter((p) => p.origin.source !== 'note' || !p.comment)
      .map((p) => `${r.id}: related ${portLabel(p)} needs a note and a comment`),
    ...r.relatedPorts
      .filter((rel) =>
        r.ports.some(
          (p) => p.kind === rel.kind && p.protocol === rel.protocol && p.from === rel.from,
        ),
      )
      .map((p) => `${r.id}: related ${portLabel(p)} is also a port of the path`),
    // Between two servers of one role, bothWays explains the path with no port marked.
    ...(r.ports.some((p) => p.direction === 'both') ===
    (r.bothWays !== undefined && r.from !== r.to)
      ? []
      : [`${r.id}: ports marked both ways and bothWays disagree`]),
  ]);
