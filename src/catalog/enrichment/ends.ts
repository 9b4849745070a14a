// Provenance of a data path's two ends: the words of the path cell that name an end, a note that
// says who talks to whom, or an inference with its reason. The builder checks every fragment
// against the cell, the note or the table heading it quotes.
import type { BilingualText, Citation, Provenance, SectionId } from '../schema.ts';

/** The end is named in the path cell; `text` is the words that name it. */
export const cell = (text: string): Provenance => ({ source: 'cell', text });

/** A note names the end; `text` is the note's words. */
export const note = (noteId: string, text: string): Provenance => ({
  source: 'note',
  text,
  noteId,
});

/** Our reading, from `text` (in the cell, or in the note `noteId`) and the reason given. */
export const inferred = (
  text: string,
  reason: BilingualText,
  options: { noteId?: string; citations?: Citation[] } = {},
): Provenance => ({ source: 'inferred', text, reason, ...options });

const TABLES: Record<SectionId, { heading: string; ja: string; en: string }> = {
  transport: {
    heading: 'トランスポート サーバーのデータ パス',
    ja: 'トランスポート サーバー',
    en: 'transport server',
  },
  mailbox: {
    heading: 'メールボックス サーバーのデータ パス',
    ja: 'メールボックス サーバー',
    en: 'Mailbox server',
  },
  cas: {
    heading: 'クライアント アクセス サーバーのデータ パス',
    ja: 'クライアント アクセス サーバー',
    en: 'Client Access server',
  },
  um: {
    heading: 'ユニファイド メッセージング サーバーのデータ パス',
    ja: 'ユニファイド メッセージング サーバー',
    en: 'Unified Messaging server',
  },
};

/** The path name leaves this end out; the table the row stands in names the server. */
export const tableEnd = (section: SectionId): Provenance => {
  const table = TABLES[section];
  return inferred(table.heading, {
    ja: `パス名はこの端を書いていません。行が「${table.heading}」の表にあるので、${table.ja}と読みました。`,
    en: `The path name leaves this end out; the row stands in the table "${table.heading}" (${table.en} data paths), so it is read as the ${table.en}.`,
  });
};

/** Client-facing Client Access rows: the Client Access introduction says who connects. */
export const CLIENT_TO_CAS = {
  from: note('cas-intro-1', 'クライアント アプリケーションから'),
  to: note('cas-intro-1', 'クライアント アクセス サーバーへの'),
};
