// A data path's readings that are not in its cells, as plain text for exports: ends read from a
// note or inferred, ports beyond the cell, traffic both ways, related ports, and whether the
// source says a firewall on the path is unsupported. One line each, in one language.
import type { DataPath, Note, PortEntry, Provenance } from '../catalog/schema.ts';
import { SUPPORT_NOTE_ID } from '../catalog/support-statement.ts';
import type { ExportLanguage, ExportWords } from './export-words.ts';

function originText(what: string, origin: Provenance, lang: ExportLanguage, w: ExportWords) {
  if (origin.source === 'cell') return [];
  if (origin.source === 'note')
    return [`§ ${what}: ${w.fromNote(origin.noteId ?? '')} 「${origin.text}」`];
  const cited = (origin.citations ?? []).map((c) => ` (${w.notFromSource}: ${c.title}, ${c.url})`);
  return [
    `≈ ${what}: ${w.inferred}${origin.noteId ? ` (${w.seeNote(origin.noteId)})` : ''}: ${origin.reason?.[lang] ?? ''}${cited.join('')}`,
  ];
}

const portName = (p: PortEntry) =>
  p.kind === 'number'
    ? `${p.protocol?.toUpperCase() ?? ''} ${p.from === p.to ? p.from : `${p.from}-${p.to}`}`
    : `${p.kind} 「${p.text}」`;

export function readingsText(row: DataPath, lang: ExportLanguage, w: ExportWords): string {
  return [
    ...(row.noteIds.includes(SUPPORT_NOTE_ID) ? [`${w.notSupported} (${SUPPORT_NOTE_ID})`] : []),
    ...originText(w.sourceEnd, row.ends.from, lang, w),
    ...originText(w.destinationEnd, row.ends.to, lang, w),
    ...(row.bothWays ? [`⇄ ${w.bothWays}: ${row.bothWays.reason[lang]}`] : []),
    ...row.ports.flatMap((p) => originText(portName(p), p.origin, lang, w)),
  ].join('\n');
}

export const relatedPortsText = (row: DataPath, lang: ExportLanguage, w: ExportWords): string =>
  row.relatedPorts
    .map((p) => `${portName(p)} (${w.fromNote(p.origin.noteId ?? '')}): ${p.comment?.[lang] ?? ''}`)
    .join('\n');

/** The notes a row concerns, id and text, one paragraph each. */
export const notesText = (
  noteIds: string[],
  notes: readonly Note[],
  lang: ExportLanguage,
): string =>
  noteIds
    .flatMap((id) => notes.filter((n) => n.id === id))
    .map((n) => `[${n.id}] ${n[lang]}`)
    .join('\n');
