// Joins the verbatim source with our enrichment into the catalog. Pure: text in, catalog out.
// Every lookup that misses throws, so a source cell without a reading can never slip through.
import { AUTH_BY_CELL } from '../enrichment/auth.ts';
import { DATA_PATH_ENRICHMENT, type DataPathEnrichment } from '../enrichment/data-paths.ts';
import {
  ENCRYPTED_BY_DEFAULT_BY_CELL,
  ENCRYPTION_SUPPORT_BY_CELL,
} from '../enrichment/encryption.ts';
import { ENDPOINTS } from '../enrichment/endpoints.ts';
import { ANY_PROGRAM, FIREWALL_ERRATA, firewallRuleId } from '../enrichment/firewall-rules.ts';
import { NOTE_ENRICHMENT, resolveConcerns, type BuiltRows } from '../enrichment/notes.ts';
import { PORTS_BY_CELL } from '../enrichment/ports.ts';
import { rolesOfCell } from '../enrichment/roles.ts';
import type { Catalog, DataPath, FirewallRule, Note, PortEntry } from '../schema.ts';
import { CATALOG_SCHEMA_VERSION } from '../ids.ts';
import {
  parseSource,
  type SourceDataPathRow,
  type SourceFirewallRow,
} from '../source/parse-source.ts';
import { foldSpaces } from '../source/fold-spaces.ts';

export type EnglishDictionary = Record<string, string>;

export const SOURCE_FILE = 'source/exchange-2010-network-ports.ja.txt';

function lookup<T>(table: Record<string, T>, key: string, what: string): T {
  const value = table[foldSpaces(key)];
  if (value === undefined) throw new Error(`No ${what} reading for source text: ${key}`);
  return value;
}

/** English for a verbatim Japanese text: line by line, since the dictionary holds source lines. */
function english(dictionary: EnglishDictionary, ja: string): string {
  return ja
    .split('\n')
    .map((line) => {
      const en = dictionary[line];
      if (en === undefined) throw new Error(`No English for source line: ${line}`);
      return en;
    })
    .join('\n');
}

function translateCells<T extends Record<string, string>>(cells: T, dict: EnglishDictionary): T {
  return Object.fromEntries(
    Object.entries(cells).map(([key, value]) => [key, english(dict, value)]),
  ) as T;
}

/**
 * The cell's ports and the ones a note or an inference adds; an added endpoint mapper comes
 * first, as an RPC client contacts it first. Ports that go both ways are marked so.
 */
function portsOf(enrichment: DataPathEnrichment, cellPorts: PortEntry[]): PortEntry[] {
  const added = enrichment.addedPorts ?? [];
  const ordered = [
    ...added.filter((p) => p.kind === 'rpc-epmap'),
    ...cellPorts,
    ...added.filter((p) => p.kind !== 'rpc-epmap'),
  ];
  // Between two servers of one role (DAG members) every port already goes both ways.
  const bothWays = enrichment.from === enrichment.to ? undefined : enrichment.bothWays;
  return bothWays
    ? ordered.map((p) => (!p.direction && bothWays.ports(p) ? { ...p, direction: 'both' } : p))
    : ordered;
}

function authColumn(cell: string) {
  return lookup(AUTH_BY_CELL, cell, 'authentication').map(([id, text]) => ({
    id,
    origin: { source: 'cell' as const, text },
  }));
}

function authOf(defaultCell: string, supportedCell: string): DataPath['auth'] {
  const origin = { default: authColumn(defaultCell), supported: authColumn(supportedCell) };
  return {
    default: origin.default.map((a) => a.id),
    supported: origin.supported.map((a) => a.id),
    origin,
  };
}

function buildDataPath(row: SourceDataPathRow, dict: EnglishDictionary): Omit<DataPath, 'noteIds'> {
  const enrichment = DATA_PATH_ENRICHMENT[row.section][row.order - 1];
  if (!enrichment || enrichment.path !== foldSpaces(row.cells.path)) {
    throw new Error(
      `Enrichment for ${row.section} row ${row.order} does not match "${row.cells.path}"`,
    );
  }
  const support = lookup(ENCRYPTION_SUPPORT_BY_CELL, row.cells.encryption, 'encryption');
  const byDefault = lookup(
    ENCRYPTED_BY_DEFAULT_BY_CELL,
    row.cells.encryptedByDefault,
    'default encryption',
  );
  return {
    id: enrichment.id,
    section: row.section,
    order: row.order,
    sourceLine: row.line,
    source: { ja: row.cells, en: translateCells(row.cells, dict) },
    from: enrichment.from,
    to: enrichment.to,
    endpointsInferred:
      enrichment.ends.from.source === 'inferred' || enrichment.ends.to.source === 'inferred',
    ends: enrichment.ends,
    ports: portsOf(enrichment, lookup(PORTS_BY_CELL, row.cells.ports, 'ports')),
    relatedPorts: enrichment.relatedPorts ?? [],
    ...(enrichment.bothWays
      ? {
          bothWays: {
            reason: enrichment.bothWays.reason,
            ...(enrichment.bothWays.citations ? { citations: enrichment.bothWays.citations } : {}),
          },
        }
      : {}),
    auth: authOf(row.cells.defaultAuth, row.cells.supportedAuth),
    encryption: { ...support, ...byDefault },
    errata: enrichment.errata ?? [],
  };
}

function buildFirewallRule(
  row: SourceFirewallRow,
  dict: EnglishDictionary,
): Omit<FirewallRule, 'noteIds'> {
  const { name, roles, ports, program } = row.cells;
  const anyProgram = ANY_PROGRAM.has(program);
  // Every rule is "(TCP-In)": the rule's own name states the protocol its ports cell may omit.
  const statesTcp = name.endsWith('(TCP-In)');
  return {
    id: firewallRuleId(name),
    order: row.order,
    sourceLine: row.line,
    source: { ja: row.cells, en: translateCells(row.cells, dict) },
    roles: rolesOfCell(roles),
    ports: lookup(PORTS_BY_CELL, ports, 'ports').map((entry) =>
      statesTcp && entry.protocol === 'tcp' ? { ...entry, protocolStated: true } : entry,
    ),
    program: anyProgram ? null : program,
    restrictedToProgram: !anyProgram,
    errata: FIREWALL_ERRATA[name] ?? [],
  };
}

export function buildCatalog(sourceText: string, dict: EnglishDictionary): Catalog {
  const source = parseSource(sourceText);
  const rows: BuiltRows = {
    dataPaths: source.dataPaths.map((row) => buildDataPath(row, dict)),
    firewallRules: source.firewallRules.map((row) => buildFirewallRule(row, dict)),
  };
  const notes: Note[] = source.notes.map((n) => {
    const enrichment = NOTE_ENRICHMENT[n.id];
    if (!enrichment) throw new Error(`No enrichment entry for note ${n.id}`);
    return {
      id: n.id,
      section: n.section,
      kind: n.kind,
      sourceLine: n.line,
      ...(n.parentId ? { parentId: n.parentId } : {}),
      ja: n.text,
      en: english(dict, n.text),
      concerns: resolveConcerns(enrichment.concerns, rows),
      errata: enrichment.errata ?? [],
    };
  });
  const unknown = Object.keys(NOTE_ENRICHMENT).filter((id) => !notes.some((n) => n.id === id));
  if (unknown.length)
    throw new Error(`Enrichment for notes not in the source: ${unknown.join(', ')}`);

  const noteIdsOf = (rowId: string) =>
    notes.filter((n) => n.concerns.includes(rowId)).map((n) => n.id);
  const heading = (kind: string) => {
    const found = source.headings.find((h) => h.kind === kind);
    if (!found) throw new Error(`The source has no ${kind} heading`);
    return found.text;
  };
  const updated = /(\d{4}-\d{2}-\d{2})/.exec(heading('updated'))?.[1];
  if (!updated) throw new Error('The source has no "last updated" date');
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    document: {
      title: { ja: heading('title'), en: english(dict, heading('title')) },
      appliesTo: { ja: heading('applies-to'), en: english(dict, heading('applies-to')) },
      updated,
      sourceFile: SOURCE_FILE,
    },
    endpoints: ENDPOINTS,
    headings: source.headings.map((h) => ({
      sourceLine: h.line,
      kind: h.kind,
      section: h.section,
      ja: h.text,
      en: english(dict, h.text),
    })),
    dataPaths: rows.dataPaths.map((r) => ({ ...r, noteIds: noteIdsOf(r.id) })),
    firewallRules: rows.firewallRules.map((r) => ({ ...r, noteIds: noteIdsOf(r.id) })),
    notes,
  };
}
