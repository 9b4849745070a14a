// Reads the Japanese source document (plain text, one cell or paragraph per line, blank lines
// between) into its verbatim parts. Nothing here interprets a cell: that is enrichment's job.
import type { SectionId } from '../schema.ts';

export type DocumentPart = SectionId | 'document' | 'firewall';
export type HeadingKind =
  'title' | 'applies-to' | 'updated' | 'section' | 'table' | 'table-header' | 'notes' | 'copyright';
export type NoteKind = 'intro' | 'bullet' | 'caution' | 'paragraph';

export interface SourceLine {
  line: number; // 1-based
  text: string; // trimmed of indentation and bullet marker
  indented: boolean;
  bullet: boolean;
}

export interface SourceHeading {
  line: number;
  kind: HeadingKind;
  section: DocumentPart | 'cas-connections';
  text: string;
}

export interface SourceDataPathRow {
  section: SectionId;
  order: number;
  line: number;
  cells: {
    path: string;
    ports: string;
    defaultAuth: string;
    supportedAuth: string;
    encryption: string;
    encryptedByDefault: string;
  };
}

export interface SourceFirewallRow {
  order: number;
  line: number;
  cells: { name: string; roles: string; ports: string; program: string };
}

export interface SourceNote {
  id: string;
  section: DocumentPart;
  kind: NoteKind;
  line: number;
  parentId?: string;
  text: string;
}

export interface SourceDocument {
  headings: SourceHeading[];
  dataPaths: SourceDataPathRow[];
  firewallRules: SourceFirewallRow[];
  notes: SourceNote[];
}

/** Section headings of the document, and the part of the catalog each one opens. */
const SECTION_HEADINGS: Record<string, DocumentPart | 'cas-connections'> = {
  'トランスポート サーバー': 'transport',
  'メールボックス サーバー': 'mailbox',
  'クライアント アクセス サーバー': 'cas',
  'クライアント アクセス サーバーの接続': 'cas-connections',
  'ユニファイド メッセージング サーバー': 'um',
  'Exchange 2010 セットアップで作成される Windows ファイアウォール ルール': 'firewall',
};

const DATA_PATH_HEADER = /^データ パス 必要なポート/;
const FIREWALL_HEADER = /^ルール名 サーバーの役割/;
const NOTES_HEADING = /に関する注意?$/;
const CAUTION = '注意';
const YES_NO = /^(はい|いいえ)/;
const NOTE_ID_PREFIX: Record<NoteKind, string> = {
  intro: 'intro',
  bullet: 'note',
  caution: 'caution',
  paragraph: 'para',
};

export function readLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const bullet = /^\s*•\s/.test(raw);
    const trimmed = raw.trim().replace(/^•\s*/, '');
    if (!trimmed) return [];
    return [{ line: index + 1, text: trimmed, indented: /^\s/.test(raw), bullet }];
  });
}

/**
 * Splits a data-path table's lines into rows of six cells. Rows have no delimiter, and a cell
 * can span lines (the SMTP client row lists 587 and 25 on two lines), so a row is found by its
 * end: the two encryption cells both start with はい or いいえ, and nothing else does. Everything
 * between the path cell and the two authentication cells belongs to the ports cell.
 */
function lineAt(lines: SourceLine[], index: number): SourceLine {
  const line = lines[index];
  if (!line) throw new Error(`Expected a source line at position ${index}`);
  return line;
}

export function splitDataPathRows(lines: SourceLine[], section: SectionId): SourceDataPathRow[] {
  const rows: SourceDataPathRow[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start + 5;
    while (
      end < lines.length &&
      !(YES_NO.test(lineAt(lines, end).text) && YES_NO.test(lineAt(lines, end - 1).text))
    ) {
      end++;
    }
    if (end >= lines.length) {
      throw new Error(`Unterminated data-path row at line ${lineAt(lines, start).line}`);
    }
    const text = (i: number) => lineAt(lines, i).text;
    rows.push({
      section,
      order: rows.length + 1,
      line: lineAt(lines, start).line,
      cells: {
        path: text(start),
        ports: lines
          .slice(start + 1, end - 3)
          .map((l) => l.text)
          .join('\n'),
        defaultAuth: text(end - 3),
        supportedAuth: text(end - 2),
        encryption: text(end - 1),
        encryptedByDefault: text(end),
      },
    });
    start = end + 1;
  }
  return rows;
}

export function splitFirewallRows(lines: SourceLine[]): SourceFirewallRow[] {
  if (lines.length % 4 !== 0) {
    throw new Error(`Firewall table has ${lines.length} lines, not a multiple of 4`);
  }
  const rows: SourceFirewallRow[] = [];
  for (let i = 0; i < lines.length; i += 4) {
    const [name, roles, ports, program] = [0, 1, 2, 3].map((k) => lineAt(lines, i + k).text) as [
      string,
      string,
      string,
      string,
    ];
    rows.push({
      order: rows.length + 1,
      line: lineAt(lines, i).line,
      cells: { name, roles, ports, program },
    });
  }
  return rows;
}

type Mode = 'prose' | 'table' | 'notes';

export function parseSource(text: string): SourceDocument {
  const lines = readLines(text);
  const doc: SourceDocument = { headings: [], dataPaths: [], firewallRules: [], notes: [] };
  const counters = new Map<string, number>();
  let part: DocumentPart = 'document';
  let mode: Mode = 'prose';
  let tableLines: SourceLine[] = [];
  let tableKind: 'data' | 'firewall' = 'data';
  let pendingCaution = false;

  const flushTable = () => {
    if (tableLines.length === 0) return;
    if (tableKind === 'firewall') doc.firewallRules.push(...splitFirewallRows(tableLines));
    else doc.dataPaths.push(...splitDataPathRows(tableLines, part as SectionId));
    tableLines = [];
  };
  const addNote = (l: SourceLine, kind: NoteKind) => {
    const key = `${part}-${NOTE_ID_PREFIX[kind]}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const parent = kind === 'caution' && l.indented ? doc.notes.at(-1) : undefined;
    doc.notes.push({
      id: `${key}-${n}`,
      section: part,
      kind,
      line: l.line,
      text: l.text,
      ...(parent ? { parentId: parent.parentId ?? parent.id } : {}),
    });
  };
  const heading = (l: SourceLine, kind: HeadingKind, section = part as SourceHeading['section']) =>
    doc.headings.push({ line: l.line, kind, section, text: l.text });

  lines.forEach((l, index) => {
    const next = lines[index + 1];
    if (index === 0) return heading(l, 'title');
    if (l.text.startsWith('適用先:')) return heading(l, 'applies-to');
    if (l.text.startsWith('トピックの最終更新日:')) return heading(l, 'updated');
    if (DATA_PATH_HEADER.test(l.text) || FIREWALL_HEADER.test(l.text)) {
      tableKind = FIREWALL_HEADER.test(l.text) ? 'firewall' : 'data';
      mode = 'table';
      return heading(l, 'table-header');
    }
    if (mode === 'table' && (NOTES_HEADING.test(l.text) || l.text === CAUTION)) {
      flushTable();
      mode = 'notes';
    }
    if (mode === 'table') return void tableLines.push(l);
    if (l.text === CAUTION) {
      pendingCaution = true;
      return;
    }
    if (pendingCaution) {
      pendingCaution = false;
      return addNote(l, 'caution');
    }
    if (NOTES_HEADING.test(l.text)) return heading(l, 'notes');
    if (l.text.startsWith('©')) return heading(l, 'copyright', 'document');
    // A table's title stands right above its header; the firewall table has prose there instead.
    const beforeHeader =
      next && (DATA_PATH_HEADER.test(next.text) || FIREWALL_HEADER.test(next.text));
    if (beforeHeader && !l.text.endsWith('。')) {
      return heading(l, 'table');
    }
    const section = SECTION_HEADINGS[l.text];
    if (section) {
      if (section !== 'cas-connections') {
        part = section;
        mode = 'prose';
      }
      return heading(l, 'section', section);
    }
    if (l.bullet) return addNote(l, 'bullet');
    // Prose after a table (or its notes) closes the section; prose before it introduces it.
    return addNote(l, mode === 'notes' ? 'paragraph' : 'intro');
  });
  flushTable();
  return doc;
}
