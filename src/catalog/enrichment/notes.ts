// Which rows each note concerns, and errata in the notes. Every note of the source is listed;
// an empty list marks a note about the document or a whole table rather than particular rows.
import type { DataPath, Erratum, FirewallRule } from '../schema.ts';
import { ROLE_IDS } from '../ids.ts';
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
/**
 * The source's support statement (cas-para-1): firewalls between Exchange servers, and between
 * Exchange and Active Directory, are not supported. It concerns every path between two internal
 * Exchange servers (earlier versions included) and between an internal role and AD. Edge
 * Transport is left out: Microsoft places it in the perimeter network, behind a firewall.
 */
const INTERNAL_EXCHANGE = new Set(['hub', 'mailbox', 'cas', 'um', 'legacy-exchange']);
const INTERNAL_ROLE = new Set(['hub', 'mailbox', 'cas', 'um']);
export const isUnsupportedFirewallPath = (r: { from: string; to: string }) =>
  (INTERNAL_EXCHANGE.has(r.from) && INTERNAL_EXCHANGE.has(r.to)) ||
  (INTERNAL_ROLE.has(r.from) && r.to === 'ad') ||
  (r.from === 'ad' && INTERNAL_ROLE.has(r.to));

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
  'transport-note-6': {
    concerns: ['transport-edge-to-edge'],
    errata: [
      erratum(
        'ja',
        'Outlook Web Access',
        'Exchange 2010 では「Outlook Web App」と呼ばれます。',
        'In Exchange 2010 the product is called "Outlook Web App".',
      ),
    ],
  },
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
  'mailbox-note-2': {
    concerns: ['mailbox-clustering'],
    errata: [
      erratum(
        'ja',
        'ノード内の通信',
        '「ノード内」と書いていますが、続く文のとおりノード間の通信です。',
        'It says 「ノード内」 (within a node), but as the next sentence shows, it is communication between nodes.',
      ),
    ],
  },
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
  'cas-note-1': {
    concerns: ['cas-to-mailbox', 'mailbox-mapi'],
    errata: [
      erratum(
        'ja',
        'Microsoft Outlook などの MAPI は',
        '「MAPI クライアント」の「クライアント」が抜けています (Outlook などの MAPI クライアントがクライアント アクセス サーバーに接続します)。',
        'The word 「クライアント」 (client) is missing: MAPI clients such as Outlook connect to the Client Access server.',
      ),
    ],
  },
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
  'cas-para-1': { concerns: paths(isUnsupportedFirewallPath) },
  'um-intro-1': { concerns: ['um-telephony'] },
  'um-intro-2': { concerns: ['um-telephony'] },
  'um-intro-3': { concerns: [] },
  'um-note-1': {
    concerns: ['um-telephony'],
    errata: [
      erratum(
        'ja',
        '相互 TLS と IP ゲートウェイまたは IP PBX と UM サーバーを実装する場合',
        '文が崩れています。IP ゲートウェイまたは IP PBX と UM サーバーの間に相互 TLS を実装する場合、という意味です。',
        'The sentence is garbled; it means implementing mutual TLS between the IP gateway or IP PBX and the UM server.',
      ),
    ],
  },
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
  'firewall-note-2': {
    concerns: rules((r) => !r.restrictedToProgram),
    errata: [
      erratum(
        'ja',
        '(GFW) という語で区別されます',
        '「MSExchange - POP3 (FGW) (TCP-In)」はプロセスに制限されないルールですが「(FGW)」と書かれており、「(GFW)」で探すと漏れます。',
        'The rule 「MSExchange - POP3 (FGW) (TCP-In)」 is not restricted to a process but says "(FGW)": a search for "(GFW)" misses it.',
      ),
      erratum(
        'ja',
        'プロセスに制限された対応するルールを維持することができます',
        '対応するルールが同じポートを開くとは限りません。MSExchangeIS (GFW) は 6001 ~ 6004/TCP を開きますが、MSExchangeIS (TCP-In) は 6001/TCP だけです。(GFW) のルールを無効にすると 6002 ~ 6004 が閉じます。',
        'The corresponding rule does not always open the same ports: MSExchangeIS (GFW) opens 6001-6004/TCP, MSExchangeIS (TCP-In) only 6001/TCP. Disabling the (GFW) rule closes 6002-6004.',
      ),
    ],
  },
  'firewall-note-3': {
    concerns: rules((r) => r.ports.some((p) => p.kind === 'dynamic-rpc' || p.kind === 'rpc-epmap')),
    errata: [
      erratum(
        'ja',
        'このプロセスに対して 2 つのファイアウォール ルールが作成されます',
        '表では MSExchangeADTopology、MSExchangeMonitoring、MSExchangeSearch、RpcHttpLBS、UMWorkerProcess の 5 つのプロセスに動的 RPC のルールしかなく、RPCEPMap のルールがありません。',
        'In the table, five processes (MSExchangeADTopology, MSExchangeMonitoring, MSExchangeSearch, RpcHttpLBS, UMWorkerProcess) have a dynamic RPC rule only, with no RPCEPMap rule.',
      ),
    ],
  },
  'firewall-caution-1': { concerns: rules(() => true) },
  // KB 179442: firewalls toward domain controllers (netlogon RPC and the rest).
  'firewall-para-1': {
    concerns: paths((r) => r.to === 'ad'),
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
