// Which rows each note concerns, and errata in the notes. Every note of the source is listed;
// an empty list marks a note about the document or a whole table rather than particular rows.
import { ROLE_IDS, type DataPath, type Erratum, type FirewallRule } from '../schema.ts';
import { erratum } from './errata.ts';

export interface BuiltRows {
  dataPaths: Omit<DataPath, 'noteIds'>[];
  firewallRules: Omit<FirewallRule, 'noteIds'>[];
}
type Concerns = string[] | ((rows: BuiltRows) => string[]);

const paths = (pick: (row: BuiltRows['dataPaths'][number]) => boolean) => (rows: BuiltRows) =>
  rows.dataPaths.filter(pick).map((r) => r.id);
const rules = (pick: (rule: BuiltRows['firewallRules'][number]) => boolean) => (rows: BuiltRows) =>
  rows.firewallRules.filter(pick).map((r) => r.id);

const mailboxWithContextAuth = paths(
  (r) => r.section === 'mailbox' && r.source.ja.defaultAuth === 'NTLM/Kerberos',
);
const usesNegotiate = paths(
  (r) => r.auth.default.includes('negotiate') || r.auth.supported.includes('negotiate'),
);
const MICROSOFT_EXCHANGE_SPACE = (text: string) =>
  erratum(
    'ja',
    text,
    '「Microsoft」と「Exchange」の間の空白が抜けています。',
    'The space between "Microsoft" and "Exchange" is missing.',
  );

export const NOTE_ENRICHMENT: Record<string, { concerns: Concerns; errata?: Erratum[] }> = {
  'document-intro-1': { concerns: [], errata: [MICROSOFT_EXCHANGE_SPACE('MicrosoftExchange')] },
  'transport-intro-1': { concerns: [] },
  'transport-intro-2': { concerns: [] },
  'transport-note-1': { concerns: ['transport-hub-to-hub'] },
  'transport-caution-1': { concerns: ['transport-hub-to-hub'] },
  'transport-note-2': {
    concerns: ['transport-hub-to-edge', 'transport-edge-to-hub', 'transport-edgesync'],
  },
  'transport-note-3': { concerns: ['transport-edgesync'] },
  'transport-note-4': { concerns: ['transport-edge-to-edge'] },
  'transport-note-5': { concerns: ['transport-mailbox-to-hub', 'transport-hub-to-mailbox'] },
  'transport-note-6': { concerns: ['transport-edge-to-edge'] },
  'transport-note-7': { concerns: ['transport-hub-to-ad'] },
  // Sender reputation's connections to outside proxy servers have no row of their own.
  'transport-note-8': { concerns: [] },
  'transport-note-9': {
    concerns: ['transport-edgesync'],
    errata: [MICROSOFT_EXCHANGE_SPACE('MicrosoftExchange')],
  },
  'transport-note-10': { concerns: ['transport-hub-to-ad-rms'] },
  'transport-note-11': { concerns: ['transport-hub-to-ad'] },
  'mailbox-intro-1': { concerns: mailboxWithContextAuth },
  'mailbox-intro-2': { concerns: [] },
  'mailbox-intro-3': { concerns: mailboxWithContextAuth },
  'mailbox-intro-4': { concerns: mailboxWithContextAuth },
  'mailbox-intro-5': {
    concerns: paths(
      (r) => r.section === 'mailbox' && r.ports.some((p) => p.kind === 'dynamic-rpc'),
    ),
  },
  'mailbox-intro-6': { concerns: [] },
  'mailbox-note-1': {
    concerns: ['mailbox-clustering'],
    errata: [
      erratum(
        'ja',
        '[クラスタリング]',
        '表ではこのデータ パスを「クラスター化」と呼んでいます。',
        'The table calls this data path 「クラスター化」 (clustering) instead.',
      ),
    ],
  },
  'mailbox-note-2': { concerns: ['mailbox-clustering'] },
  'mailbox-note-3': {
    concerns: ['mailbox-log-shipping', 'mailbox-seeding', 'fw-msexchangerepl-log-copier'],
    errata: [
      erratum(
        'ja',
        'ログ配信',
        '表ではこのデータ パスを「ログ配布」と呼んでいます。',
        'The table calls this data path 「ログ配布」 (log shipping) instead.',
      ),
    ],
  },
  'mailbox-note-4': {
    concerns: usesNegotiate,
    errata: [
      erratum(
        'ja',
        '[ネゴシエート]',
        'メールボックス サーバーの表にはネゴシエートと書かれた行がありません。同じ注がクライアント アクセス サーバーの注にもあります。',
        'No row of the Mailbox table says Negotiate; the same note stands in the Client Access notes.',
      ),
    ],
  },
  'cas-intro-1': {
    concerns: paths((r) => r.section === 'cas' && r.from === 'client'),
  },
  'cas-intro-2': { concerns: [] },
  'cas-caution-1': {
    concerns: ['cas-pop3', 'cas-imap4', 'cas-to-cas-pop3', 'cas-to-cas-imap4'],
  },
  'cas-note-1': { concerns: ['cas-to-mailbox', 'mailbox-mapi'] },
  'cas-note-2': { concerns: ['cas-to-mailbox'] },
  'cas-note-3': { concerns: usesNegotiate },
  'cas-note-4': {
    concerns: ['cas-to-legacy-mailbox'],
    errata: [
      MICROSOFT_EXCHANGE_SPACE('MicrosoftExchange'),
      erratum(
        'ja',
        '937031「イベント ID 1036 がモバイル デバイスを接続するには、Exchange 2007 サーバーに Exchange 2003 バックエンド サーバー上のメールボックスにアクセスする際に、CAS の役割が実行されている Exchange 2007 サーバーに記録されます。」',
        'サポート技術情報 937031 の題名の訳文が崩れていて、意味が通りません。',
        'The translated title of Knowledge Base article 937031 is garbled and does not read as a sentence.',
      ),
    ],
  },
  'cas-caution-2': {
    concerns: ['cas-to-legacy-mailbox'],
    errata: [MICROSOFT_EXCHANGE_SPACE('MicrosoftExchange')],
  },
  'cas-note-5': {
    concerns: ['cas-to-cas-pop3', 'cas-to-cas-imap4', 'cas-pop3', 'cas-imap4'],
    errata: [
      erratum(
        'ja',
        'TLS (ポート 443/TCP 上)',
        'IMAP4 の TLS はポート 143/TCP です (表の IMAP4 の行とファイアウォール ルールを参照)。443 は誤りです。',
        'IMAP4 with TLS uses port 143/TCP (see the IMAP4 row and the firewall rules); 443 is wrong.',
      ),
      erratum(
        'ja',
        'ポート 995 に接続',
        'SSL の IMAP4 はポート 993 です。995 は POP3 のポートです。',
        'IMAP4 over SSL uses port 993; 995 is the POP3 port.',
      ),
    ],
  },
  'cas-para-1': { concerns: [] },
  'um-intro-1': { concerns: ['um-telephony'] },
  'um-intro-2': { concerns: ['um-telephony'] },
  'um-intro-3': { concerns: [] },
  'um-note-1': { concerns: ['um-telephony'] },
  'um-note-2': {
    concerns: ['um-telephony', 'fw-umservice-gfw', 'fw-umservice'],
  },
  'um-para-1': { concerns: [] },
  'firewall-intro-1': { concerns: [] },
  'firewall-intro-2': { concerns: [] },
  // Windows, not Exchange Setup, opens 80 and 443 on IIS servers: it matters to every HTTP row.
  'firewall-note-1': {
    concerns: paths(
      (r) =>
        (ROLE_IDS as readonly string[]).includes(r.to) &&
        r.ports.some((p) => p.from === 80 || p.from === 443),
    ),
    errata: [
      erratum(
        'ja',
        'HTTPS ポート (ポート 443、TCP) ポート',
        '「ポート」が重複しています。',
        'The word 「ポート」 (port) is repeated.',
      ),
    ],
  },
  'firewall-note-2': { concerns: rules((r) => !r.restrictedToProgram) },
  'firewall-note-3': {
    concerns: rules((r) => r.ports.some((p) => p.kind === 'dynamic-rpc' || p.kind === 'rpc-epmap')),
  },
  'firewall-caution-1': { concerns: [] },
  'firewall-para-1': {
    concerns: [],
    errata: [
      erratum(
        'ja',
        'Microsoft Microsoft',
        '「Microsoft」が重複しています。',
        'The word "Microsoft" is repeated.',
      ),
    ],
  },
};

export function resolveConcerns(concerns: Concerns, rows: BuiltRows): string[] {
  return typeof concerns === 'function' ? concerns(rows) : concerns;
}
