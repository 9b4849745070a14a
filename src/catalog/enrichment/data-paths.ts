// Per-row reading of the four data-path tables, in source order. `path` repeats the row's
// verbatim path cell so the builder can check that each entry sits on the row it describes.
// Every end says where it was read (ends.ts); ports beyond the cell's say where they came from.
import type {
  BilingualText,
  Citation,
  DataPath,
  EndpointId,
  PortEntry,
  SectionId,
} from '../schema.ts';
import { cell, CLIENT_TO_CAS, tableEnd } from './ends.ts';
import {
  AD_TOPOLOGY,
  ASSISTANTS,
  AVAILABILITY,
  BACKUP_APPLICATION,
  CLUSTER_NODES,
  CONTENT_INDEXING,
  dagMembers,
  EDGE_TO_EDGE,
  MAPI_THROUGH_CAS,
  MRS,
  OAB_GENERATION,
  RECIPIENT_UPDATE_RPC,
  SA_AS_MAPI_CLIENT,
  SA_LISTEN,
  SYSTEM_ATTENDANT,
  UM_WEB_SERVICES,
} from './inferred-ends.ts';
import { erratum, RPC_ALWAYS_ENCRYPTED } from './errata.ts';
import { EXTRA_PORTS } from './extra-ports.ts';
import { REVIEWED_ERRATA } from './reviewed-errata.ts';

export interface DataPathEnrichment {
  id: string;
  path: string;
  from: EndpointId;
  to: EndpointId;
  ends: DataPath['ends'];
  /** Ports beyond the cell's: from a note that says the path uses them, or inferred. */
  addedPorts?: PortEntry[];
  /** Ports a note mentions beside the path that the path does not use. */
  relatedPorts?: PortEntry[];
  /** The ports (by test) either end opens connections to, and why. */
  bothWays?: { ports: (p: PortEntry) => boolean; reason: BilingualText; citations?: Citation[] };
  errata?: DataPath['errata'];
}

type Ends = DataPath['ends'];

const row = (
  id: string,
  path: string,
  from: EndpointId,
  to: EndpointId,
  ends: Ends,
  extra: Partial<DataPathEnrichment> = {},
): DataPathEnrichment => ({
  id,
  path,
  from,
  to,
  ends,
  ...EXTRA_PORTS[id],
  ...extra,
  errata: [...(extra.errata ?? []), ...(REVIEWED_ERRATA[id] ?? [])],
});

const both = (text: string): Ends => ({ from: cell(text), to: cell(text) });
const fromTo = (from: string, to: string): Ends => ({ from: cell(from), to: cell(to) });
const HUB = 'ハブ トランスポート サーバー';
const EDGE = 'エッジ トランスポート サーバー';
const CAS = 'クライアント アクセス サーバー';

export const DATA_PATH_ENRICHMENT: Record<SectionId, DataPathEnrichment[]> = {
  transport: [
    row(
      'transport-hub-to-hub',
      'ハブ トランスポート サーバーからハブ トランスポート サーバー',
      'hub',
      'hub',
      both(HUB),
    ),
    row(
      'transport-hub-to-edge',
      'ハブ トランスポート サーバーからエッジ トランスポート サーバー',
      'hub',
      'edge',
      fromTo(HUB, EDGE),
    ),
    row(
      'transport-edge-to-hub',
      'エッジ トランスポート サーバーからハブ トランスポート サーバーへの送信',
      'edge',
      'hub',
      fromTo(EDGE, HUB),
    ),
    row(
      'transport-edge-to-edge',
      'エッジ トランスポート サーバーからエッジ トランスポート サーバー',
      'edge',
      'internet-smtp',
      EDGE_TO_EDGE,
    ),
    row(
      'transport-mailbox-to-hub',
      'メールボックス サーバーからハブ トランスポート サーバー (Microsoft Exchange メール発信サービス経由)',
      'mailbox',
      'hub',
      fromTo('メールボックス サーバー', HUB),
    ),
    row(
      'transport-hub-to-mailbox',
      'ハブ トランスポートからメールボックス サーバー (MAPI 経由)',
      'hub',
      'mailbox',
      fromTo('ハブ トランスポート', 'メールボックス サーバー'),
    ),
    row(
      'transport-um-to-hub',
      'ユニファイド メッセージング サーバーからハブ トランスポート サーバー',
      'um',
      'hub',
      fromTo('ユニファイド メッセージング サーバー', HUB),
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
      fromTo(HUB, EDGE),
      {
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
      fromTo('ハブ トランス サーバー', 'Active Directory'),
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
      fromTo(HUB, 'Active Directory Rights Management Services (AD RMS)'),
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
      fromTo('SMTP クライアント', HUB),
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
    row('mailbox-to-ad', 'Active Directory アクセス', 'mailbox', 'ad', {
      from: tableEnd('mailbox'),
      to: cell('Active Directory'),
    }),
    row(
      'mailbox-admin-remote-registry',
      'Admin のリモート アクセス (リモート レジストリ)',
      'admin',
      'mailbox',
      { from: cell('Admin'), to: tableEnd('mailbox') },
    ),
    row('mailbox-admin-smb', 'Admin のリモート アクセス (SMB/ファイル)', 'admin', 'mailbox', {
      from: cell('Admin'),
      to: tableEnd('mailbox'),
    }),
    row(
      'mailbox-availability',
      '可用性 Web サービス (メールボックスへのクライアント アクセス)',
      'cas',
      'mailbox',
      AVAILABILITY,
    ),
    row('mailbox-clustering', 'クラスター化', 'mailbox', 'mailbox', CLUSTER_NODES, {
      errata: [
        erratum(
          'path',
          'クラスター化',
          '「メールボックス サーバーに関する注」はこのデータ パスを「[クラスタリング]」と呼んでいます。同じデータ パスの 2 つの名前です。',
          'The notes on Mailbox servers call this data path "[クラスタリング]" (clustering): two names for one path.',
        ),
      ],
    }),
    row(
      'mailbox-content-indexing',
      'コンテンツ インデックス処理',
      'mailbox',
      'mailbox',
      CONTENT_INDEXING,
    ),
    row(
      'mailbox-log-shipping',
      'ログ配布',
      'mailbox',
      'mailbox',
      dagMembers('ポート 64327/TCP はログ配信で使用される既定のポートです'),
      {
        errata: [
          erratum(
            'path',
            'ログ配布',
            '「メールボックス サーバーに関する注」は同じ機能を「ログ配信」と呼んでいます。',
            'The notes on Mailbox servers call the same feature 「ログ配信」 (log shipping), with another word.',
          ),
        ],
      },
    ),
    row(
      'mailbox-seeding',
      'シード処理',
      'mailbox',
      'mailbox',
      dagMembers('管理者は、ログ配布用に別のポートを指定できます'),
    ),
    row(
      'mailbox-vss-backup',
      'ボリューム シャドウ コピー サービス (VSS) によるバックアップ',
      'backup',
      'mailbox',
      { from: BACKUP_APPLICATION, to: tableEnd('mailbox') },
      {
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
    row('mailbox-assistants', 'メールボックス アシスタント', 'mailbox', 'mailbox', ASSISTANTS, {
      errata: [RPC_ALWAYS_ENCRYPTED('いいえ')],
    }),
    row('mailbox-mapi', 'MAPI アクセス', 'cas', 'mailbox', {
      from: MAPI_THROUGH_CAS,
      to: tableEnd('mailbox'),
    }),
    row(
      'mailbox-ad-topology',
      'Microsoft Exchange Active Directory トポロジ サービスのアクセス',
      'cas',
      'mailbox',
      AD_TOPOLOGY,
    ),
    row(
      'mailbox-system-attendant-listen',
      'Microsoft Exchange System Attendant サービスの従来のアクセス (要求の待機)',
      'legacy-exchange',
      'mailbox',
      SA_LISTEN,
      { errata: [RPC_ALWAYS_ENCRYPTED('いいえ')] },
    ),
    row(
      'mailbox-system-attendant-ad',
      'Microsoft Exchange System Attendant サービスの Active Directory への従来のアクセス',
      'mailbox',
      'ad',
      { from: SYSTEM_ATTENDANT, to: cell('Active Directory') },
    ),
    row(
      'mailbox-system-attendant-mapi',
      'Microsoft Exchange System Attendant サービスの従来のアクセス (MAPI クライアントの場合)',
      'mailbox',
      'mailbox',
      SA_AS_MAPI_CLIENT,
    ),
    row(
      'mailbox-oab-to-ad',
      'オフライン アドレス帳 (OAB) の Active Directory へのアクセス',
      'mailbox',
      'ad',
      { from: OAB_GENERATION, to: cell('Active Directory') },
    ),
    row(
      'mailbox-recipient-update-rpc',
      '受信者更新サービスの RPC アクセス',
      'mailbox',
      'ad',
      RECIPIENT_UPDATE_RPC,
    ),
    row('mailbox-recipient-update-ad', 'Active Directory に対する受信者の更新', 'mailbox', 'ad', {
      from: tableEnd('mailbox'),
      to: cell('Active Directory'),
    }),
  ],
  cas: [
    row('cas-to-ad', 'Active Directory アクセス', 'cas', 'ad', {
      from: tableEnd('cas'),
      to: cell('Active Directory'),
    }),
    row('cas-autodiscover', '自動検出サービス', 'client', 'cas', CLIENT_TO_CAS),
    row('cas-availability', '空き時間情報サービス', 'client', 'cas', CLIENT_TO_CAS),
    row('cas-mrs', 'メールボックス レプリケーション サービス (MRS)', 'cas', 'cas', MRS),
    row('cas-oab', 'OAB の Outlook へのアクセス', 'client', 'cas', CLIENT_TO_CAS),
    row('cas-owa', 'Outlook Web App', 'client', 'cas', CLIENT_TO_CAS),
    row('cas-pop3', 'POP3', 'client', 'cas', CLIENT_TO_CAS),
    row('cas-imap4', 'IMAP4', 'client', 'cas', CLIENT_TO_CAS),
    row(
      'cas-outlook-anywhere',
      'Outlook Anywhere (以前の RPC over HTTP)',
      'client',
      'cas',
      CLIENT_TO_CAS,
    ),
    row('cas-activesync', 'Exchange ActiveSync アプリケーション', 'client', 'cas', CLIENT_TO_CAS),
    row(
      'cas-to-um',
      'クライアント アクセス サーバーからユニファイド メッセージング サーバー',
      'cas',
      'um',
      fromTo(CAS, 'ユニファイド メッセージング サーバー'),
    ),
    row(
      'cas-to-legacy-mailbox',
      'クライアント アクセス サーバーから以前のバージョンの Exchange Server を実行するメールボックス サーバー',
      'cas',
      'legacy-exchange',
      fromTo(CAS, '以前のバージョンの Exchange Server を実行するメールボックス サーバー'),
    ),
    row(
      'cas-to-mailbox',
      'クライアント アクセス サーバーから Exchange 2010 メールボックス サーバー',
      'cas',
      'mailbox',
      fromTo(CAS, 'Exchange 2010 メールボックス サーバー'),
    ),
    row(
      'cas-to-cas-activesync',
      'クライアント アクセス サーバーからクライアント アクセス サーバー (Exchange ActiveSync)',
      'cas',
      'cas',
      both(CAS),
    ),
    row(
      'cas-to-cas-owa',
      'クライアント アクセス サーバーからクライアント アクセス サーバー (Outlook Web Access)',
      'cas',
      'cas',
      both(CAS),
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
    row(
      'cas-to-cas-ews',
      'クライアント アクセス サーバー間 (Exchange Web サービス)',
      'cas',
      'cas',
      both(CAS),
    ),
    row('cas-to-cas-pop3', 'クライアント アクセス サーバー間 (POP3)', 'cas', 'cas', both(CAS)),
    row('cas-to-cas-imap4', 'クライアント アクセス サーバー間 (IMAP4)', 'cas', 'cas', both(CAS)),
    row(
      'cas-from-ocs',
      'Office Communications Server からクライアント アクセス サーバーへのアクセス (Office Communications Server と Outlook Web App の統合が有効の場合)',
      'ocs',
      'cas',
      fromTo('Office Communications Server', CAS),
    ),
  ],
  um: [
    row('um-to-ad', 'Active Directory アクセス', 'um', 'ad', {
      from: tableEnd('um'),
      to: cell('Active Directory'),
    }),
    row(
      'um-telephony',
      'ユニファイド メッセージング電話機能の操作 (IP PBX/VoIP ゲートウェイ)',
      'ip-gateway',
      'um',
      { from: cell('IP PBX/VoIP ゲートウェイ'), to: tableEnd('um') },
    ),
    row(
      'um-web-services',
      'ユニファイド メッセージング Web サービス',
      'client',
      'cas',
      UM_WEB_SERVICES,
    ),
    row(
      'um-to-cas',
      'ユニファイド メッセージング サーバーからクライアント アクセス サーバー',
      'um',
      'cas',
      fromTo('ユニファイド メッセージング サーバー', CAS),
    ),
    row(
      'um-to-cas-play-on-phone',
      'ユニファイド メッセージング サーバーからクライアント アクセス サーバー (電話での再生)',
      'um',
      'cas',
      fromTo('ユニファイド メッセージング サーバー', CAS),
    ),
    row(
      'um-to-hub',
      'ユニファイド メッセージング サーバーからハブ トランスポート サーバー',
      'um',
      'hub',
      fromTo('ユニファイド メッセージング サーバー', HUB),
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
    row(
      'um-to-mailbox',
      'ユニファイド メッセージングからメールボックス サーバー',
      'um',
      'mailbox',
      fromTo('ユニファイド メッセージング', 'メールボックス サーバー'),
    ),
  ],
};
