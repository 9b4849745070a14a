// The default data-path table (every row, catalog order, no filter) as a plain HTML string: no
// React, no script. Used as the benchmark's floor page and to prerender the first view into
// index.html. Every text is escaped: catalog and label text is data, never markup.
import { SYMBOL, UNSUPPORTED_MARK } from '../catalog/origin-marks.ts';
import type { Catalog, DataPath, Provenance } from '../catalog/schema.ts';
import { isUnsupportedFirewallRow } from '../catalog/support-statement.ts';
import { ENCRYPTION_MARK } from '../shared/encryption-mark.ts';
import { encryptionClassOf } from '../filters/encryption-match.ts';
import { portText, type PortWords } from '../shared/port-label.ts';
import enExplorer from '../../locales/en/explorer.json' with { type: 'json' };
import enLabels from '../../locales/en/labels.json' with { type: 'json' };
import jaExplorer from '../../locales/ja/explorer.json' with { type: 'json' };
import jaLabels from '../../locales/ja/labels.json' with { type: 'json' };

export type StaticLanguage = 'ja' | 'en';

const TEXTS = {
  ja: { explorer: jaExplorer, labels: jaLabels },
  en: { explorer: enExplorer, labels: enLabels },
} as const;

type Texts = (typeof TEXTS)[StaticLanguage];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Label lookup that falls back to the id itself, so an unknown id still shows (escaped). */
const label = (table: Record<string, string>, id: string): string => table[id] ?? id;

/** The same compact text as the app's chips, with the words taken from the locale file. */
export const portWordsFrom = (texts: Texts): PortWords => {
  const words = texts.explorer.port;
  return { ...words, unnumbered: (service) => words.unnumbered.replace('{{service}}', service) };
};

function encryptionCell(enc: DataPath['encryption'], texts: Texts): string {
  const cls = encryptionClassOf(enc);
  const methods = enc.methods.map((m) => label(texts.labels.encMethod, m));
  const qualifiers = enc.qualifiers.map((q) => label(texts.labels.qualifier, q));
  return (
    `<span data-encryption="${cls}"><span aria-hidden="true">${ENCRYPTION_MARK[cls]}</span> ` +
    escapeHtml(texts.explorer.enc[cls] + (methods.length ? ` (${methods.join(', ')})` : '')) +
    (qualifiers.length ? `<br><small>${escapeHtml(qualifiers.join('; '))}</small>` : '') +
    '</span>'
  );
}

function authCell(auth: DataPath['auth'], texts: Texts): string {
  const names = (ids: string[]) =>
    escapeHtml(ids.map((id) => label(texts.labels.auth, id)).join(', '));
  const { defaultLabel, supportedLabel } = texts.explorer.auth;
  return (
    `<dl class="text-xs"><dt class="font-semibold">${escapeHtml(defaultLabel)}:</dt>` +
    `<dd>${names(auth.default)}</dd>` +
    `<dt class="font-semibold">${escapeHtml(supportedLabel)}:</dt><dd>${names(auth.supported)}</dd></dl>`
  );
}

/** A mark as the live table draws it: the symbol seen, its words heard, its title on hover. */
const markHtml = (
  symbol: string,
  title: string,
  words: string,
  attributes = ' class="ml-1 no-underline"',
): string =>
  `<abbr title="${escapeHtml(title)}"${attributes}>` +
  `<span aria-hidden="true">${symbol}</span><span class="sr-only">(${escapeHtml(words)})</span></abbr>`;

/** As shared/unsupported-mark.tsx. */
const unsupportedMark = (label: string): string =>
  markHtml(UNSUPPORTED_MARK, label, label, ' class="ml-1 no-underline" data-mark="unsupported"');

/** As port-chips.tsx: † where the source does not state a port's protocol at that place. */
const unstatedMark = (p: DataPath['ports'][number], texts: Texts): string =>
  !p.protocolStated && p.protocol
    ? markHtml(
        '†',
        texts.explorer.port.protocolUnstated,
        texts.explorer.port.protocolUnstated,
        ' class="no-underline"',
      )
    : '';

/** As features/explorer/end-mark.tsx and the marks of port-chips.tsx: § from a note, ≈ inferred. */
function originMarkHtml(origin: Provenance, texts: Texts): string {
  if (origin.source === 'cell') return '';
  const port = texts.explorer.port;
  return origin.source === 'note'
    ? markHtml(SYMBOL.note, port.fromNoteTitle, port.fromNote)
    : markHtml(SYMBOL.inferred, port.inferredTitle, port.inferred);
}

function rowHtml(path: DataPath, lang: StaticLanguage, texts: Texts): string {
  const endpoint = (id: string) => escapeHtml(label(texts.labels.endpoint, id));
  const ports = path.ports
    .map(
      (p) =>
        `<li class="font-mono text-xs">${escapeHtml(portText(p, portWordsFrom(texts)))}${unstatedMark(p, texts)}${originMarkHtml(p.origin, texts)}</li>`,
    )
    .join('');
  const cells = [
    escapeHtml(label(texts.labels.section, path.section)),
    `<span lang="${lang}">${escapeHtml(path.source[lang].path)}</span>` +
      (isUnsupportedFirewallRow(path) ? unsupportedMark(texts.explorer.marks.unsupported) : ''),
    endpoint(path.from) + originMarkHtml(path.ends.from, texts),
    `<span aria-hidden="true">→ </span>${endpoint(path.to)}${originMarkHtml(path.ends.to, texts)}`,
    `<ul>${ports}</ul>`,
    authCell(path.auth, texts),
    encryptionCell(path.encryption, texts),
  ];
  return (
    `<tr id="row-${escapeHtml(path.id)}" data-row-id="${escapeHtml(path.id)}" class="border-t align-top">` +
    cells.map((cell) => `<td class="p-2">${cell}</td>`).join('') +
    '</tr>'
  );
}

const COLUMNS = ['section', 'path', 'from', 'to', 'port', 'auth', 'encryption'] as const;

/** The data-path table as the app first shows it: all rows, catalog order, no row opened. */
export function renderStaticTable(catalog: Catalog, lang: StaticLanguage): string {
  const texts = TEXTS[lang];
  const head = COLUMNS.map(
    (id) => `<th scope="col" class="p-2">${escapeHtml(texts.explorer.columns[id])}</th>`,
  ).join('');
  const rows = catalog.dataPaths.map((path) => rowHtml(path, lang, texts)).join('\n');
  return (
    `<table class="w-full border-collapse text-sm" lang="${lang}">` +
    `<caption>${escapeHtml(texts.explorer.tables.paths)}</caption>` +
    `<thead class="text-left"><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
  );
}
