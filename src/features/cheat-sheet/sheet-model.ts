// What a role's cheat sheet holds: its data paths split inbound / outbound, the firewall rules
// Setup creates for it, and the notes and errata those rows point to, each under a short mark.
import { selectRole } from '../../view/selection.ts';
import type {
  Catalog,
  DataPath,
  Erratum,
  FirewallRule,
  Note,
  RoleId,
} from '../../catalog/schema.ts';

export interface SheetNote {
  mark: string; // N1, N2, ... in source order
  note: Note;
}

export interface SheetErratum {
  mark: string; // E1, E2, ...
  ownerId: string; // the row or note it belongs to
  erratum: Erratum;
}

export interface SheetRow<T> {
  row: T;
  noteMarks: string[];
  errataMarks: string[];
}

export interface SheetModel {
  role: RoleId;
  /** Paths the role listens on, from another party. */
  inbound: SheetRow<DataPath>[];
  /** Paths the role connects from, to another party. */
  outbound: SheetRow<DataPath>[];
  /** Paths between two servers of the role (hub to hub): listed once, here. */
  both: SheetRow<DataPath>[];
  rules: SheetRow<FirewallRule>[];
  notes: SheetNote[];
  errata: SheetErratum[];
}

/**
 * The appendix of a role's sheet, from its selection (view/selection.ts: `selectRole`). A path
 * where the role is the destination is inbound, where it is the source outbound; a path between
 * two servers of the role (hub to hub) is both, and is listed once, under both directions.
 */
export function buildSheet(catalog: Catalog, role: RoleId): SheetModel {
  const { inbound: inboundPaths, outbound: outboundPaths, rules } = selectRole(catalog, role);
  const outboundIds = new Set(outboundPaths.map((p) => p.id));
  const bothPaths = inboundPaths.filter((p) => outboundIds.has(p.id));
  const bothIds = new Set(bothPaths.map((p) => p.id));
  const rows = [...inboundPaths, ...outboundPaths, ...rules];

  const noteIds = new Set(rows.flatMap((r) => r.noteIds));
  const notes = catalog.notes
    .filter((n) => noteIds.has(n.id))
    .map((note, i) => ({ mark: `N${i + 1}`, note }));
  const noteMark = new Map(notes.map((n) => [n.note.id, n.mark]));

  const errata: SheetErratum[] = [];
  const errataOwners = [
    ...new Map(rows.map((r) => [r.id, r])).values(),
    ...notes.map((n) => n.note),
  ];
  for (const owner of errataOwners) {
    for (const erratum of owner.errata) {
      errata.push({ mark: `E${errata.length + 1}`, ownerId: owner.id, erratum });
    }
  }
  const errataMarksOf = (id: string) => errata.filter((e) => e.ownerId === id).map((e) => e.mark);

  const sheetRow = <T extends DataPath | FirewallRule>(row: T): SheetRow<T> => ({
    row,
    noteMarks: row.noteIds.flatMap((id) => noteMark.get(id) ?? []),
    errataMarks: errataMarksOf(row.id),
  });
  return {
    role,
    inbound: inboundPaths.filter((p) => !bothIds.has(p.id)).map(sheetRow),
    outbound: outboundPaths.filter((p) => !bothIds.has(p.id)).map(sheetRow),
    both: bothPaths.map(sheetRow),
    rules: rules.map(sheetRow),
    notes,
    errata,
  };
}
