// The data-path table without React: as an HTML string for the benchmark's floor page and the
// table prerendered into index.html, and as DOM nodes for the first paint of a deep link
// (src/app/first-paint.ts). Catalog and label text is always text, never markup (markup-tree.ts).
import { SYMBOL, UNSUPPORTED_MARK } from '../catalog/origin-marks.ts';
import type { Catalog, DataPath, Provenance } from '../catalog/schema.ts';
import { isUnsupportedFirewallRow } from '../catalog/support-statement.ts';
import { ENCRYPTION_MARK } from '../shared/encryption-mark.ts';
import { encryptionClassOf } from '../filters/encryption-match.ts';
import { portText, type PortWords } from '../shared/port-label.ts';
import { h, toHtml, type Markup, type MarkupElement } from './markup-tree.ts';
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

/** Label lookup that falls back to the id itself, so an unknown id still shows (as text). */
const label = (table: Record<string, string>, id: string): string => table[id] ?? id;

/** The same compact text as the app's chips, with the words taken from the locale file. */
export const portWordsFrom = (texts: Texts): PortWords => {
  const words = texts.explorer.port;
  return { ...words, unnumbered: (service) => words.unnumbered.replace('{{service}}', service) };
};

function encryptionCell(enc: DataPath['encryption'], texts: Texts): Markup {
  const cls = encryptionClassOf(enc);
  const methods = enc.methods.map((m) => label(texts.labels.encMethod, m));
  const qualifiers = enc.qualifiers.map((q) => label(texts.labels.qualifier, q));
  return h(
    'span',
    { 'data-encryption': cls },
    h('span', { 'aria-hidden': 'true' }, ENCRYPTION_MARK[cls]),
    ' ' + texts.explorer.enc[cls] + (methods.length ? ` (${methods.join(', ')})` : ''),
    qualifiers.length > 0 && h('br'),
    qualifiers.length > 0 && h('small', {}, qualifiers.join('; ')),
  );
}

function authCell(auth: DataPath['auth'], texts: Texts): Markup {
  const names = (ids: string[]) => ids.map((id) => label(texts.labels.auth, id)).join(', ');
  const { defaultLabel, supportedLabel } = texts.explorer.auth;
  return h(
    'dl',
    { class: 'text-xs' },
    h('dt', { class: 'font-semibold' }, `${defaultLabel}:`),
    h('dd', {}, names(auth.default)),
    h('dt', { class: 'font-semibold' }, `${supportedLabel}:`),
    h('dd', {}, names(auth.supported)),
  );
}

/** A mark as the live table draws it: the symbol seen, its words heard, its title on hover. */
const mark = (
  symbol: string,
  title: string,
  words: string,
  attributes: Record<string, string> = { class: 'ml-1 no-underline' },
): Markup =>
  h(
    'abbr',
    { title, ...attributes },
    h('span', { 'aria-hidden': 'true' }, symbol),
    h('span', { class: 'sr-only' }, `(${words})`),
  );

/** As shared/unsupported-mark.tsx. */
const unsupportedMark = (words: string): Markup =>
  mark(UNSUPPORTED_MARK, words, words, { class: 'ml-1 no-underline', 'data-mark': 'unsupported' });

/** As port-chips.tsx: † where the source does not state a port's protocol at that place. */
const unstatedMark = (p: DataPath['ports'][number], texts: Texts): Markup | false =>
  !p.protocolStated &&
  Boolean(p.protocol) &&
  mark('†', texts.explorer.port.protocolUnstated, texts.explorer.port.protocolUnstated, {
    class: 'no-underline',
  });

/** As features/explorer/end-mark.tsx and the marks of port-chips.tsx: § from a note, ≈ inferred. */
function originMark(origin: Provenance, texts: Texts): Markup | false {
  if (origin.source === 'cell') return false;
  const port = texts.explorer.port;
  return origin.source === 'note'
    ? mark(SYMBOL.note, port.fromNoteTitle, port.fromNote)
    : mark(SYMBOL.inferred, port.inferredTitle, port.inferred);
}

/** The columns, in the order of the cells each row makes. */
const COLUMNS = ['section', 'path', 'from', 'to', 'port', 'auth', 'encryption'] as const;
type ColumnId = (typeof COLUMNS)[number];

function row(path: DataPath, lang: StaticLanguage, texts: Texts): Markup {
  const endpoint = (id: string) => label(texts.labels.endpoint, id);
  const ports = path.ports.map((p) =>
    h(
      'li',
      { class: 'font-mono text-xs' },
      portText(p, portWordsFrom(texts)),
      unstatedMark(p, texts),
      originMark(p.origin, texts),
    ),
  );
  const cells: Record<ColumnId, (Markup | false)[]> = {
    section: [label(texts.labels.section, path.section)],
    path: [
      h('span', { lang }, path.source[lang].path),
      isUnsupportedFirewallRow(path) && unsupportedMark(texts.explorer.marks.unsupported),
    ],
    from: [endpoint(path.from), originMark(path.ends.from, texts)],
    to: [
      h('span', { 'aria-hidden': 'true', 'data-arrow': '' }, '→ '),
      endpoint(path.to),
      originMark(path.ends.to, texts),
    ],
    port: [h('ul', {}, ...ports)],
    auth: [authCell(path.auth, texts)],
    encryption: [encryptionCell(path.encryption, texts)],
  };
  return h(
    'tr',
    // No id: the hidden prerendered table and the first paint's may be in the page together.
    { 'data-row-id': path.id, class: 'border-t align-top' },
    // data-col and data-label as the live rows have them: below 48rem each row is a card, each
    // cell its column's name and value (styles/table.css), so nothing runs off a phone's screen.
    ...COLUMNS.map((id) =>
      h(
        'td',
        { class: 'p-2', 'data-col': id, 'data-label': texts.explorer.columns[id] },
        ...cells[id],
      ),
    ),
  );
}

/** A data-path table of the given rows, in their order, no row opened, as the app first shows it. */
export function staticTable(
  paths: readonly DataPath[],
  lang: StaticLanguage,
  caption: string = TEXTS[lang].explorer.tables.paths,
): MarkupElement {
  const texts = TEXTS[lang];
  return h(
    'table',
    { class: 'data-table w-full border-collapse text-sm', lang },
    h('caption', {}, caption),
    h(
      'thead',
      { class: 'text-left' },
      h(
        'tr',
        {},
        ...COLUMNS.map((id) =>
          h(
            'th',
            { scope: 'col', class: 'p-2', 'data-col': id, 'data-sortable': 'false' },
            texts.explorer.columns[id],
          ),
        ),
      ),
    ),
    h('tbody', {}, ...paths.map((path) => row(path, lang, texts))),
  );
}

/** The data-path table of the default view (all rows, catalog order) as an HTML string. */
export function renderStaticTable(catalog: Catalog, lang: StaticLanguage): string {
  return toHtml(staticTable(catalog.dataPaths, lang));
}
