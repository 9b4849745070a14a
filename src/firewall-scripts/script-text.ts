// Text shared by every generated script: the header that says what the script is and where it
// came from, and the comment lines for each data path. Lines are plain text here; each script
// kind adds its own comment marker (`#`, `rem`).
import type { Catalog, DataPath, EndpointId, PortEntry, Provenance } from '../catalog/schema.ts';
import { DYNAMIC_RPC_RANGE } from '../filters/port-match.ts';
import {
  ENVIRONMENT_KEYS,
  SETTING_SOURCES,
  formatRange,
  type Environment,
} from '../plan/environment.ts';
import type { PlannedRemark } from './firewall-plan.ts';
import { isUnsupportedFirewallRow, SUPPORT_NOTE_ID } from '../catalog/support-statement.ts';
import { firewallStatement } from './source-statement.ts';

export const TOOL = 'Exchange 2010 port explorer';

export const endpointName = (catalog: Catalog, id: EndpointId): string => {
  const e = catalog.endpoints.find((x) => x.id === id);
  return e ? `${e.name.en} (${id})` : id;
};

/** Where the data comes from: the source document, as the catalog names it. */
export const sourceLines = (catalog: Catalog): string[] => {
  const d = catalog.document;
  return [
    `Made from catalog.json: ${d.title.ja} / ${d.title.en}`,
    `  ${d.appliesTo.ja} / ${d.appliesTo.en}; last updated ${d.updated}.`,
  ];
};

/** The source's statement that a firewall between Exchange servers is not supported. */
export const statementLines = (catalog: Catalog): string[] => {
  const s = firewallStatement(catalog);
  if (!s) return [];
  return [
    `The source says (note ${s.noteId}):`,
    `  「${s.ja}」`,
    `  "${s.en}"`,
    `Data paths marked "NOT SUPPORTED" below are such paths; rules for them are only for`,
    `  networks where a host firewall is already on, and they must allow every port in both directions.`,
    '',
  ];
};

/** Where a value not read from its own cell came from: § a note, ≈ an inference. */
export const provenanceLine = (what: string, origin: Provenance): string[] => {
  if (origin.source === 'cell') return [];
  if (origin.source === 'note')
    return [`  § ${what}: from note ${origin.noteId}, 「${origin.text}」`];
  return [
    `  ≈ ${what}: inferred${origin.noteId ? ` (see note ${origin.noteId})` : ''}: ${origin.reason?.en ?? ''}`,
    ...(origin.citations ?? []).map((c) => `    Not from the source: ${c.title}, ${c.url}`),
  ];
};

/** Ends read from a note or inferred, ports beyond the cell, related ports, the support note. */
export const readingLines = (row: DataPath, rulePorts: PortEntry[]): string[] => [
  ...(isUnsupportedFirewallRow(row)
    ? [
        `  NOT SUPPORTED: the source says firewalls on this path are not supported (note ${SUPPORT_NOTE_ID}).`,
      ]
    : []),
  ...provenanceLine(`source end ${row.from}`, row.ends.from),
  ...provenanceLine(`destination end ${row.to}`, row.ends.to),
  ...(row.bothWays ? [`  ⇄ Both ways: ${row.bothWays.reason.en}`] : []),
  ...rulePorts.flatMap((p) =>
    provenanceLine(`port 「${p.text}」 (${p.kind}${p.from ? ` ${p.from}` : ''})`, p.origin),
  ),
  ...row.relatedPorts.map(
    (p) =>
      `  Related, not opened: ${p.protocol?.toUpperCase() ?? ''} ${p.from ?? ''} (note ${p.origin.noteId}): ${p.comment?.en ?? ''}`,
  ),
];

/** A line of text split where the catalog has line breaks. */
const split = (text: string) => text.split(/\r\n|\r|\n/);

/** The row's heading: its id, its path in Japanese (verbatim) and English, its ports cell. */
export const rowLines = (row: DataPath): string[] => [
  `${row.id}: ${split(row.source.ja.path).join(' ')}`,
  `  ${split(row.source.en.path).join(' ')}`,
  `  Ports (source): ${split(row.source.ja.ports).join(' ')}`,
];

const commentOf = (entry: PortEntry) =>
  entry.comment ? [`  (${entry.comment.ja} / ${entry.comment.en})`] : [];

/** Why a port entry has no rule, quoting the source text it was read from. */
export const remarkLines = (remark: PlannedRemark, peer: string, env: Environment): string[] => {
  const quote = `「${remark.entry.text}」`;
  switch (remark.reason) {
    case 'dynamic':
      return [`No rule: the source gives no port number for ${quote}.`, ...commentOf(remark.entry)];
    case 'unnumbered':
      return [
        `No rule: the source names ${quote} without a port number.`,
        ...commentOf(remark.entry),
      ];
    case 'any':
      return [`No rule: ${quote} allows any port.`, ...commentOf(remark.entry)];
    case 'outbound-dynamic-rpc':
      return [
        `No rule for outbound dynamic RPC ${quote}: the RPC keyword exists for inbound rules only,`,
        `  and the source gives no range (the endpoint mapper on 135/TCP hands the port out;`,
        `  note firewall-note-3). Windows Firewall allows outbound connections unless outbound is`,
        `  blocked; if it is, allow TCP to the dynamic port range of ${peer}`,
        env.rpcRange
          ? `  (${formatRange(env.rpcRange)}: the range your environment gives; not from the source).`
          : `  (${DYNAMIC_RPC_RANGE.from}-${DYNAMIC_RPC_RANGE.to} by default on Windows Server 2008 / 2008 R2: Windows' default, not the source's).`,
      ];
  }
};

/** What the administrator's environment changes, said once at the top (none: nothing). */
export const environmentLines = (env: Environment): string[] => {
  const set = ENVIRONMENT_KEYS.flatMap((key) => {
    const value = env[key];
    if (value === null) return [];
    const text = typeof value === 'number' ? `${value}` : formatRange(value);
    const { where, show } = SETTING_SOURCES[key];
    return [`  ${key} = ${text}`, `    set with: ${where}`, `    shown by: ${show}`];
  });
  if (set.length === 0) return [];
  return [
    'Your environment (from the link; not from the source document):',
    ...set,
    'The DAG replication port replaces 64327 in the rules; the dynamic RPC range is named in the',
    'comments. Static RPC ports are reached through the endpoint mapper (TCP 135) like any RPC port.',
    '',
  ];
};
