// Structured reading of every distinct "ports" cell (`service` is only ever the label the cell
// itself gives) of the source, keyed by the cell's text
// (non-breaking spaces folded to plain spaces). The builder fails on a cell missing here.
import type { PortEntry } from '../schema.ts';
import {
  fromNote,
  inferredPort,
  NETLOGON_DYNAMIC_REASON,
  port,
  range,
  rpcVia135,
  special,
  tcpUdp,
  unstated,
} from './port-entries.ts';

const AD_ACCESS = [
  ...tcpUdp(389, '389/TCP/UDP (LDAP)', 'LDAP'),
  port('tcp', 3268, '3268/TCP (LDAP GC)', 'LDAP GC'),
  ...tcpUdp(88, '88/TCP/UDP (Kerberos)', 'Kerberos'),
  ...tcpUdp(53, '53/TCP/UDP (DNS)', 'DNS'),
  ...rpcVia135(
    '135/TCP (RPC netlogon)',
    'RPC netlogon',
    NETLOGON_DYNAMIC_REASON,
    'firewall-para-1',
  ),
];

const HTTP_AND_SSL = [port('tcp', 80, '80/TCP'), port('tcp', 443, '443/TCP (SSL)', 'SSL')];

const SMTP_IS_TCP = {
  ja: 'ポート 587 のプロトコルはセルに書かれていません。SMTP は TCP 上で動作し、ファイアウォール ルール MSExchangeTransportWorker (TCP-In) は「25、587 (TCP)」としています。',
  en: 'The cell does not state the protocol of port 587. SMTP runs over TCP, and the firewall rule MSExchangeTransportWorker (TCP-In) lists "25, 587 (TCP)".',
};
const SSL_IS_TCP = {
  ja: 'プロトコルはセルに書かれていません。同じ表の POP3 / IMAP4 の行と「クライアント アクセス サーバーに関する注」は TCP としています。',
  en: 'The cell does not state the protocol. The POP3 / IMAP4 rows of the same table and the notes on Client Access servers give TCP.',
};
const RULE_NAME_SAYS_TCP = {
  ja: 'ポートのセルにはプロトコルがありません。ルール名の (TCP-In) が TCP を示しています。',
  en: 'The ports cell has no protocol; the rule name (TCP-In) says TCP.',
};

const UM_SIP_UNSECURED = {
  ja: 'セキュリティで保護されていない',
  en: 'unsecured',
};
const UM_SIP_SECURED = { ja: 'セキュリティ保護されている', en: 'secured' };

export const PORTS_BY_CELL: Record<string, PortEntry[]> = {
  '25/TCP (SMTP)': [port('tcp', 25, '25/TCP (SMTP)', 'SMTP')],
  '25/TCP (TLS)': [port('tcp', 25, '25/TCP (TLS)', 'TLS')],
  '135/TCP (RPC)': rpcVia135('135/TCP (RPC)', 'RPC'),
  // The clustering row: mailbox-note-1 itself says the path uses 「動的 RPC over TCP」.
  '135/TCP (RPC) この表の後の「メールボックス サーバーに関する注」を参照。': [
    port('tcp', 135, '135/TCP (RPC)', 'RPC'),
    fromNote(
      special('dynamic-rpc', 'tcp', '動的 RPC over TCP', { protocolStated: true }),
      'mailbox-note-1',
    ),
  ],
  '50636/TCP (SSL)': [port('tcp', 50636, '50636/TCP (SSL)', 'SSL')],
  '389/TCP/UDP (LDAP)、3268/TCP (LDAP GC)、88/TCP/UDP (Kerberos)、53/TCP/UDP (DNS)、135/TCP (RPC netlogon)':
    AD_ACCESS,
  '443/TCP (HTTPS)': [port('tcp', 443, '443/TCP (HTTPS)', 'HTTPS')],
  '587 (SMTP)\n25/TCP (SMTP)': [
    unstated(port('tcp', 587, '587 (SMTP)', 'SMTP'), SMTP_IS_TCP),
    port('tcp', 25, '25/TCP (SMTP)', 'SMTP'),
  ],
  '445/TCP (SMB)': [port('tcp', 445, '445/TCP (SMB)', 'SMB')],
  '64327 (カスタマイズ可能)': [
    unstated(
      port('tcp', 64327, '64327 (カスタマイズ可能)', null),
      {
        ja: 'プロトコルはセルに書かれていません。「メールボックス サーバーに関する注」が「ポート 64327/TCP」としています。ポートは変更できます。',
        en: 'The cell does not state the protocol; the notes on Mailbox servers say "port 64327/TCP". The port can be changed.',
      },
      'mailbox-note-3',
    ),
  ],
  'ローカル メッセージ ブロック (SMB)': [
    {
      ...special('unnumbered', null, 'ローカル メッセージ ブロック (SMB)'),
      service: 'SMB',
      comment: {
        ja: 'この行はポート番号を示していません。',
        en: 'This row gives no port number.',
      },
    },
  ],
  '80/TCP、443/TCP (SSL)': HTTP_AND_SSL,
  '80/TCP、443/TCP (HTTPS)': [
    port('tcp', 80, '80/TCP'),
    port('tcp', 443, '443/TCP (HTTPS)', 'HTTPS'),
  ],
  '808/TCP': [port('tcp', 808, '808/TCP')],
  '110/TCP (TLS)、995/TCP (SSL)': [
    port('tcp', 110, '110/TCP (TLS)', 'TLS'),
    port('tcp', 995, '995/TCP (SSL)', 'SSL'),
  ],
  '143/TCP (TLS)、993/TCP (SSL)': [
    port('tcp', 143, '143/TCP (TLS)', 'TLS'),
    port('tcp', 993, '993/TCP (SSL)', 'SSL'),
  ],
  '5060/TCP、5061/TCP、5062/TCP、動的なポート': [
    port('tcp', 5060, '5060/TCP'),
    port('tcp', 5061, '5061/TCP'),
    port('tcp', 5062, '5062/TCP'),
    special('dynamic', null, '動的なポート', {
      comment: {
        ja: '範囲もプロトコルも示されていません。',
        en: 'Neither the range nor the protocol is given.',
      },
    }),
  ],
  'RPC。「クライアント アクセス サーバーに関する注」を参照してください。': [
    inferredPort(
      special('rpc-epmap', 'tcp', 'RPC', { protocolStated: false }),
      {
        ja: 'セルは「RPC」とだけ書いています。RPC クライアントはまず RPC エンドポイント マッパー (既定で 135/TCP) に接続します (ファイアウォール ルールに関する注意)。',
        en: 'The cell says only "RPC". An RPC client first contacts the RPC endpoint mapper, on 135/TCP by default (notes on the firewall rules).',
      },
      'firewall-note-3',
    ),
    {
      ...special('dynamic-rpc', 'tcp', 'RPC', { protocolStated: false }),
      origin: {
        source: 'note',
        text: 'これらのポートは RPC サービスによって決定され、固定されていません',
        noteId: 'cas-note-2',
      },
      comment: {
        ja: 'ポートは一部の例外を除き RPC サービスによって決定され、固定されていません (クライアント アクセス サーバーに関する注)。',
        en: 'With a few exceptions the ports are determined by the RPC service and are not fixed (notes on Client Access servers).',
      },
    },
  ],
  '995 (SSL)': [unstated(port('tcp', 995, '995 (SSL)', 'SSL'), SSL_IS_TCP, 'cas-note-5')],
  '993 (SSL)': [unstated(port('tcp', 993, '993 (SSL)', 'SSL'), SSL_IS_TCP, 'cas-note-5')],
  '5075-5077/TCP (IN)、5061/TCP (OUT)': [
    range('tcp', 5075, 5077, '5075-5077/TCP (IN)', null, { direction: 'in' }),
    port('tcp', 5061, '5061/TCP (OUT)', null, { direction: 'out' }),
  ],
  '5060/TCP、5065/TCP、5067/TCP (セキュリティで保護されていない)、5061/TCP、5066/TCP、5068/TCP (セキュリティ保護されている)、範囲 16000 ~ 17000/TCP (control) からの動的なポート、範囲 1024 ~ 65535/UDP (RTP) からの動的な UDP ポート':
    [
      ...[5060, 5065, 5067].map((n) =>
        port('tcp', n, `${n}/TCP`, null, { comment: UM_SIP_UNSECURED }),
      ),
      ...[5061, 5066, 5068].map((n) =>
        port('tcp', n, `${n}/TCP`, null, { comment: UM_SIP_SECURED }),
      ),
      range('tcp', 16000, 17000, '範囲 16000 ~ 17000/TCP (control) からの動的なポート', 'control'),
      range('udp', 1024, 65535, '範囲 1024 ~ 65535/UDP (RTP) からの動的な UDP ポート', 'RTP'),
    ],
  '5075、5076、5077 (TCP)': [5075, 5076, 5077].map((n) => port('tcp', n, '5075、5076、5077 (TCP)')),
  '動的 RPC': [special('dynamic-rpc', 'tcp', '動的 RPC', { protocolStated: false })],
  'RPC-EPMap': [special('rpc-epmap', 'tcp', 'RPC-EPMap', { protocolStated: false })],
  '143、993 (TCP)': [143, 993].map((n) => port('tcp', n, '143、993 (TCP)')),
  '110、995 (TCP)': [110, 995].map((n) => port('tcp', n, '110、995 (TCP)')),
  '6002、6004 (TCP)': [6002, 6004].map((n) => port('tcp', n, '6002、6004 (TCP)')),
  '6001 (TCP)': [port('tcp', 6001, '6001 (TCP)')],
  '808 (TCP)': [port('tcp', 808, '808 (TCP)')],
  '6001、6002、6003、6004 (TCP)': [6001, 6002, 6003, 6004].map((n) =>
    port('tcp', n, '6001、6002、6003、6004 (TCP)'),
  ),
  '64327 (TCP)': [port('tcp', 64327, '64327 (TCP)')],
  '25、587 (TCP)': [25, 587].map((n) => port('tcp', n, '25、587 (TCP)')),
  任意: [special('any', 'tcp', '任意', { protocolStated: false, comment: RULE_NAME_SAYS_TCP })],
  '5060, 5061': [5060, 5061].map((n) => unstated(port('tcp', n, '5060, 5061'), RULE_NAME_SAYS_TCP)),
  '5065, 5066, 5067, 5068': [5065, 5066, 5067, 5068].map((n) =>
    unstated(port('tcp', n, '5065, 5066, 5067, 5068'), RULE_NAME_SAYS_TCP),
  ),
};
