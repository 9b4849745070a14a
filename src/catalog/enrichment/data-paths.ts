// Per-row reading of the four data-path tables, in source order. `path` repeats the row's
// verbatim path cell so the builder can check that each entry sits on the row it describes.
import type { DataPath, EndpointId, PortEntry, SectionId } from '../schema.ts';
import { erratum, RPC_ALWAYS_ENCRYPTED } from './errata.ts';
import { port, special } from './port-entries.ts';

export interface DataPathEnrichment {
  id: string;
  path: string;
  from: EndpointId;
  to: EndpointId;
  /** The path name does not state both ends; they were read from the section and the notes. */
  inferred?: boolean;
  /** Ports that a note adds to this row. */
  notePorts?: PortEntry[];
  errata?: DataPath['errata'];
}

const row = (
  id: string,
  path: string,
  from: EndpointId,
  to: EndpointId,
  extra: Partial<DataPathEnrichment> = {},
): DataPathEnrichment => ({ id, path, from, to, ...extra });

export const DATA_PATH_ENRICHMENT: Record<SectionId, DataPathEnrichment[]> = {
  transport: [
    row(
      'transport-hub-to-hub',
      'ハブ トランスポート サーバーからハブ トランスポート サーバー',
      'hub',
      'hub',
    ),
    row(
      'transport-hub-to-edge',
      'ハブ トランスポート サーバーからエッジ トランスポート サーバー',
      'hub',
      'edge',
    ),
    row(
      'transport-edge-to-hub',
      'エッジ トランスポート サーバーからハブ トランスポート サーバーへの送信',
      'edge',
      'hub',
    ),
    row(
      'transport-edge-to-edge',
      'エッジ トランスポート サーバーからエッジ トランスポート サーバー',
      'edge',
      'edge',
    ),
    row(
      'transport-mailbox-to-hub',
      'メールボックス サーバーからハブ トランスポート サーバー (Microsoft Exchange メール発信サービス経由)',
      'mailbox',
      'hub',
    ),
    row(
      'transport-hub-to-mailbox',
      'ハブ トランスポートからメールボックス サーバー (MAPI 経由)',
      'hub',
      'mailbox',
    ),
    row(
      'transport-um-to-hub',
      'ユニファイド メッセージング サーバーからハブ トランスポート サーバー',
      'um',
      'hub',
      {
        errata: [
          erratum(
            'path',
            'ユニファイド メッセージング サーバーからハブ トランスポート サーバー',
            '同じ名前のデータ パスがユニファイド メッセージング サーバーの表にもあり (um-to-hub)、そちらではポートを「25/TCP (TLS)」としています。',
            'A data path of the same name is also in the Unified Messaging table (um-to-hub), where the port reads "25/TCP (TLS)".',
          ),
        ],
      },
    ),
    row(
      'transport-edgesync',
      'Microsoft ハブ トランスポート サーバーからエッジ トランスポート サーバーへの Exchange EdgeSync サービス',
      'hub',
      'edge',
      {
        notePorts: [
          port('tcp', 50389, 'TCP 50389', 'LDAP', {
            noteId: 'transport-note-3',
            comment: {
              ja: 'AD LDS は TCP 50389 でも待機します。このポートへの接続では SSL は使用されません。',
              en: 'AD LDS also listens on TCP 50389. Connections to this port do not use SSL.',
            },
          }),
        ],
        errata: [
          erratum(
            'path',
            'Microsoft ハブ トランスポート サーバーからエッジ トランスポート サーバーへの Exchange EdgeSync サービス',
            '語順が崩れています。「Microsoft」はサービス名「Microsoft Exchange EdgeSync サービス」の一部です。',
            'The word order is garbled: "Microsoft" belongs to the service name "Microsoft Exchange EdgeSync service".',
          ),
        ],
      },
    ),
    row(
      'transport-hub-to-ad',
      'ハブ トランス サーバーからの Active Directory アクセス',
      'hub',
      'ad',
      {
        errata: [
          erratum(
            'path',
            'ハブ トランス サーバー',
            '「ハブ トランスポート サーバー」の誤りです (「ポート」が抜けています)。',
            'Should read "Hub Transport server" (the word is truncated in the source).',
          ),
        ],
      },
    ),
    row(
      'transport-hub-to-ad-rms',
      'ハブ トランスポート サーバーからの Active Directory Rights Management Services (AD RMS) アクセス',
      'hub',
      'ad-rms',
      {
        errata: [
          erratum(
            'encryptedByDefault',
            'はい*',
            'アスタリスク (*) の意味は原文のどこにも説明されていません。',
            'The source never explains the asterisk (*).',
          ),
        ],
      },
    ),
    row(
      'transport-smtp-client-to-hub',
      'ハブ トランスポート サーバーへの SMTP クライアント (Windows Live Mail を使用するエンド ユーザーなど)',
      'smtp-client',
      'hub',
      {
        errata: [
          erratum(
            'ports',
            '587 (SMTP)\n25/TCP (SMTP)',
            'ポートのセルが 2 行に分かれており、587 にはプロトコルがありません。',
            'The ports cell spans two lines, and 587 has no protocol.',
          ),
        ],
      },
    ),
  ],
  mailbox: [
    row('mailbox-to-ad', 'Active Directory アクセス', 'mailbox', 'ad'),
    row(
      'mailbox-admin-remote-registry',
      'Admin のリモート アクセス (リモート レジストリ)',
      'admin',
      'mailbox',
    ),
    row('mailbox-admin-smb', 'Admin のリモート アクセス (SMB/ファイル)', 'admin', 'mailbox'),
    row(
      'mailbox-availability',
      '可用性 Web サービス (メールボックスへのクライアント アクセス)',
      'cas',
      'mailbox',
      {
        inferred: true,
      },
    ),
    row('mailbox-clustering', 'クラスター化', 'mailbox', 'mailbox', {
      inferred: true,
      notePorts: [
        port('udp', 3343, 'UDP/3343', null, {
          noteId: 'mailbox-note-1',
          comment: {
            ja: 'クラスター サービス (ClusSvc.exe) がクラスター ノード間の通信に使用します。',
            en: 'Used by the Cluster service (ClusSvc.exe) between cluster nodes.',
          },
        }),
        special('dynamic', 'tcp', 'ランダムに割り当てられた値の大きい TCP ポート', {
          noteId: 'mailbox-note-1',
          comment: {
            ja: '範囲は示されていません。',
            en: 'No range is given.',
          },
        }),
      ],
      errata: [
        erratum(
          'path',
          'クラスター化',
          '「メールボックス サーバーに関する注」はこのデータ パスを「[クラスタリング]」と呼んでいます。同じデータ パスの 2 つの名前です。',
          'The notes on Mailbox servers call this data path "[クラスタリング]" (clustering): two names for one path.',
        ),
      ],
    }),
    row('mailbox-content-indexing', 'コンテンツ インデックス処理', 'mailbox', 'mailbox', {
      inferred: true,
    }),
    row('mailbox-log-shipping', 'ログ配布', 'mailbox', 'mailbox', {
      inferred: true,
      errata: [
        erratum(
          'path',
          'ログ配布',
          '「メールボックス サーバーに関する注」は同じ機能を「ログ配信」と呼んでいます。',
          'The notes on Mailbox servers call the same feature 「ログ配信」 (log shipping), with another word.',
        ),
      ],
    }),
    row('mailbox-seeding', 'シード処理', 'mailbox', 'mailbox', { inferred: true }),
    row(
      'mailbox-vss-backup',
      'ボリューム シャドウ コピー サービス (VSS) によるバックアップ',
      'backup',
      'mailbox',
      {
        inferred: true,
        errata: [
          erratum(
            'ports',
            'ローカル メッセージ ブロック (SMB)',
            'SMB は「サーバー メッセージ ブロック」の略です。このセルにはポート番号がありません (同じ表の「Admin のリモート アクセス (SMB/ファイル)」は 445/TCP (SMB) としています)。',
            'SMB stands for Server Message Block. This cell has no port number (the same table gives 445/TCP (SMB) for "Admin remote access (SMB/file)").',
          ),
        ],
      },
    ),
    row('mailbox-assistants', 'メールボックス アシスタント', 'mailbox', 'mailbox', {
      inferred: true,
      errata: [RPC_ALWAYS_ENCRYPTED('いいえ')],
    }),
    row('mailbox-mapi', 'MAPI アクセス', 'cas', 'mailbox', { inferred: true }),
    row(
      'mailbox-ad-topology',
      'Microsoft Exchange Active Directory トポロジ サービスのアクセス',
      'mailbox',
      'ad',
      {
        inferred: true,
      },
    ),
    row(
      'mailbox-system-attendant-listen',
      'Microsoft Exchange System Attendant サービスの従来のアクセス (要求の待機)',
      'legacy-exchange',
      'mailbox',
      { inferred: true, errata: [RPC_ALWAYS_ENCRYPTED('いいえ')] },
    ),
    row(
      'mailbox-system-attendant-ad',
      'Microsoft Exchange System Attendant サービスの Active Directory への従来のアクセス',
      'mailbox',
      'ad',
    ),
    row(
      'mailbox-system-attendant-mapi',
      'Microsoft Exchange System Attendant サービスの従来のアクセス (MAPI クライアントの場合)',
      'client',
      'mailbox',
      { inferred: true },
    ),
    row(
      'mailbox-oab-to-ad',
      'オフライン アドレス帳 (OAB) の Active Directory へのアクセス',
      'mailbox',
      'ad',
    ),
    row('mailbox-recipient-update-rpc', '受信者更新サービスの RPC アクセス', 'mailbox', 'ad', {
      inferred: true,
    }),
    row('mailbox-recipient-update-ad', 'Active Directory に対する受信者の更新', 'mailbox', 'ad', {
      inferred: true,
    }),
  ],
  cas: [
    row('cas-to-ad', 'Active Directory アクセス', 'cas', 'ad'),
    row('cas-autodiscover', '自動検出サービス', 'client', 'cas', { inferred: true }),
    row('cas-availability', '空き時間情報サービス', 'client', 'cas', { inferred: true }),
    row('cas-mrs', 'メールボックス レプリケーション サービス (MRS)', 'cas', 'cas', {
      inferred: true,
    }),
    row('cas-oab', 'OAB の Outlook へのアクセス', 'client', 'cas', { inferred: true }),
    row('cas-owa', 'Outlook Web App', 'client', 'cas', { inferred: true }),
    row('cas-pop3', 'POP3', 'client', 'cas', { inferred: true }),
    row('cas-imap4', 'IMAP4', 'client', 'cas', { inferred: true }),
    row('cas-outlook-anywhere', 'Outlook Anywhere (以前の RPC over HTTP)', 'client', 'cas', {
      inferred: true,
    }),
    row('cas-activesync', 'Exchange ActiveSync アプリケーション', 'client', 'cas', {
      inferred: true,
    }),
    row(
      'cas-to-um',
      'クライアント アクセス サーバーからユニファイド メッセージング サーバー',
      'cas',
      'um',
    ),
    row(
      'cas-to-legacy-mailbox',
      'クライアント アクセス サーバーから以前のバージョンの Exchange Server を実行するメールボックス サーバー',
      'cas',
      'legacy-exchange',
    ),
    row(
      'cas-to-mailbox',
      'クライアント アクセス サーバーから Exchange 2010 メールボックス サーバー',
      'cas',
      'mailbox',
    ),
    row(
      'cas-to-cas-activesync',
      'クライアント アクセス サーバーからクライアント アクセス サーバー (Exchange ActiveSync)',
      'cas',
      'cas',
    ),
    row(
      'cas-to-cas-owa',
      'クライアント アクセス サーバーからクライアント アクセス サーバー (Outlook Web Access)',
      'cas',
      'cas',
      {
        errata: [
          erratum(
            'path',
            'Outlook Web Access',
            'Exchange 2010 では「Outlook Web App」と呼ばれます (「Outlook Web Access」は Exchange 2007 までの名前です)。',
            'In Exchange 2010 the product is called "Outlook Web App"; "Outlook Web Access" is its name up to Exchange 2007.',
          ),
        ],
      },
    ),
    row('cas-to-cas-ews', 'クライアント アクセス サーバー間 (Exchange Web サービス)', 'cas', 'cas'),
    row('cas-to-cas-pop3', 'クライアント アクセス サーバー間 (POP3)', 'cas', 'cas'),
    row('cas-to-cas-imap4', 'クライアント アクセス サーバー間 (IMAP4)', 'cas', 'cas'),
    row(
      'cas-from-ocs',
      'Office Communications Server からクライアント アクセス サーバーへのアクセス (Office Communications Server と Outlook Web App の統合が有効の場合)',
      'ocs',
      'cas',
    ),
  ],
  um: [
    row('um-to-ad', 'Active Directory アクセス', 'um', 'ad'),
    row(
      'um-telephony',
      'ユニファイド メッセージング電話機能の操作 (IP PBX/VoIP ゲートウェイ)',
      'ip-gateway',
      'um',
      {
        inferred: true,
      },
    ),
    row('um-web-services', 'ユニファイド メッセージング Web サービス', 'client', 'um', {
      inferred: true,
    }),
    row(
      'um-to-cas',
      'ユニファイド メッセージング サーバーからクライアント アクセス サーバー',
      'um',
      'cas',
    ),
    row(
      'um-to-cas-play-on-phone',
      'ユニファイド メッセージング サーバーからクライアント アクセス サーバー (電話での再生)',
      'um',
      'cas',
    ),
    row(
      'um-to-hub',
      'ユニファイド メッセージング サーバーからハブ トランスポート サーバー',
      'um',
      'hub',
      {
        errata: [
          erratum(
            'path',
            'ユニファイド メッセージング サーバーからハブ トランスポート サーバー',
            '同じ名前のデータ パスがトランスポート サーバーの表にもあり (transport-um-to-hub)、そちらではポートを「25/TCP (SMTP)」としています。',
            'A data path of the same name is also in the transport table (transport-um-to-hub), where the port reads "25/TCP (SMTP)".',
          ),
        ],
      },
    ),
    row('um-to-mailbox', 'ユニファイド メッセージングからメールボックス サーバー', 'um', 'mailbox'),
  ],
};
