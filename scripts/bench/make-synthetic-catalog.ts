// A larger catalog for the benchmark: every data path, firewall rule and note copied `factor`
// times. Copy k keeps the original ids for k = 0 and gets `${id}-x${k}` otherwise; all links
// (noteIds, concerns, parentId, the note a port or an end was read from) point at the copies of the same k, so the result
// still passes the schema and the invariants. A few numbers vary so the copies are not identical.
// CLI: tsx scripts/bench/make-synthetic-catalog.ts <factor> <out.json> [in.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  Catalog,
  DataPath,
  FirewallRule,
  Note,
  PortEntry,
  Provenance,
} from '../../src/catalog/schema.ts';

const MAX_PORT = 65535;

const copyId = (id: string, k: number) => (k === 0 ? id : `${id}-x${k}`);

const copyOrigin = (origin: Provenance, k: number): Provenance =>
  origin.noteId ? { ...origin, noteId: copyId(origin.noteId, k) } : origin;

/** Numbered ports move up by k, clamped to 65535 (monotone, so from <= to still holds). */
function shiftPort(port: PortEntry, k: number): PortEntry {
  const moved = { ...port, origin: copyOrigin(port.origin, k) };
  if (port.kind !== 'number' || port.from === null || port.to === null) return moved;
  return {
    ...moved,
    from: Math.min(MAX_PORT, port.from + k),
    to: Math.min(MAX_PORT, port.to + k),
  };
}

/** The suffix keeps the verbatim fragments (port text, errata text) contained in their cell. */
const suffix = (text: string, k: number) => (k === 0 ? text : `${text} (${k})`);

function copyRow<T extends DataPath | FirewallRule>(row: T, k: number): T {
  return {
    ...row,
    id: copyId(row.id, k),
    ports: row.ports.map((p) => shiftPort(p, k)),
    noteIds: row.noteIds.map((id) => copyId(id, k)),
  };
}

function copyPath(path: DataPath, k: number): DataPath {
  const row = {
    ...copyRow(path, k),
    relatedPorts: path.relatedPorts.map((p) => shiftPort(p, k)),
    ends: { from: copyOrigin(path.ends.from, k), to: copyOrigin(path.ends.to, k) },
  };
  const source = {
    ja: { ...path.source.ja, path: suffix(path.source.ja.path, k) },
    en: { ...path.source.en, path: suffix(path.source.en.path, k) },
  };
  return { ...row, source };
}

function copyRule(rule: FirewallRule, k: number): FirewallRule {
  const row = copyRow(rule, k);
  const source = {
    ja: { ...rule.source.ja, name: suffix(rule.source.ja.name, k) },
    en: { ...rule.source.en, name: suffix(rule.source.en.name, k) },
  };
  return { ...row, source };
}

const copyNote = (note: Note, k: number): Note => ({
  ...note,
  id: copyId(note.id, k),
  ...(note.parentId ? { parentId: copyId(note.parentId, k) } : {}),
  concerns: note.concerns.map((id) => copyId(id, k)),
});

export function makeSyntheticCatalog(real: Catalog, factor: number): Catalog {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be >= 1: ${factor}`);
  const ks = Array.from({ length: factor }, (_, k) => k);
  return {
    ...structuredClone(real),
    dataPaths: ks.flatMap((k) => real.dataPaths.map((p) => copyPath(structuredClone(p), k))),
    firewallRules: ks.flatMap((k) =>
      real.firewallRules.map((r) => copyRule(structuredClone(r), k)),
    ),
    notes: ks.flatMap((k) => real.notes.map((n) => copyNote(structuredClone(n), k))),
  };
}

export const readCatalogFile = (file: string): Catalog =>
  JSON.parse(readFileSync(file, 'utf8')) as Catalog;

export const DEFAULT_CATALOG = fileURLToPath(new URL('../../public/catalog.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [factorArg, out, input = DEFAULT_CATALOG] = process.argv.slice(2);
  const factor = Number(factorArg);
  if (!out || !Number.isInteger(factor) || factor < 1) {
    console.error(
      'usage: tsx scripts/bench/make-synthetic-catalog.ts <factor> <out.json> [in.json]',
    );
    process.exit(2);
  }
  const synthetic = makeSyntheticCatalog(readCatalogFile(input), factor);
  writeFileSync(out, JSON.stringify(synthetic));
  console.log(
    `${out}: ${synthetic.dataPaths.length} data paths, ${synthetic.firewallRules.length} rules, ` +
      `${synthetic.notes.length} notes`,
  );
}
