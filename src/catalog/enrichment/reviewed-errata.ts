// Errata found when every reading was reviewed again against the source and Microsoft's
// documentation (issue 11). Keyed by row id; the builder adds them to the row's own errata.
import type { Erratum } from '../schema.ts';
import {
  MS_RSP_TRANSPORT,
  RPC_CLIENT_ACCESS_PUBLIC_FOLDERS,
  RUS_NOT_IMPLEMENTED,
} from './citations.ts';
import { erratum, RPC_ALWAYS_ENCRYPTED } from './errata.ts';

const withCitations = (e: Erratum, citations: Erratum['citations']): Erratum => ({
  ...e,
  citations,
});

const RUS_LEGACY = withCitations(
  erratum(
    'path',
    '受信者の更新',
    '受信者更新サービス (RUS) は Exchange 2007 以降では実装されていません。この行は Exchange 2003 との共存時の名残と考えられます (原文以外の出典)。',
    'The Recipient Update Service (RUS) is not implemented from Exchange 2007 on; this row is most likely left over from coexistence with Exchange 2003 (outside source).',
  ),
  [RUS_NOT_IMPLEMENTED],
);

export const REVIEWED_ERRATA: Record<string, Erratum[]> = {
  'mailbox-mapi': [
    withCitations(
      erratum(
        'path',
        'MAPI アクセス',
        'この行は接続元を 1 つしか示していません (クライアント アクセス サーバーと読んでいます)。Exchange 2010 ではパブリック フォルダー データベースを持つメールボックス サーバーには Outlook が直接 RPC で接続します (原文以外の出典)。',
        'The row names one caller (read as the Client Access server). In Exchange 2010, Outlook also connects over RPC directly to Mailbox servers that hold public folder databases (outside source).',
      ),
      [RPC_CLIENT_ACCESS_PUBLIC_FOLDERS],
    ),
  ],
  'cas-to-mailbox': [
    erratum(
      'ports',
      'RPC。「クライアント アクセス サーバーに関する注」を参照してください。',
      '注は「一部の例外を除き」ポートは固定されていないとしていますが、例外を挙げていません。ファイアウォール ルールの表がメールボックス サーバーに作る固定ポート (MSExchangeIS の 6001/TCP、(GFW) の 6001 ~ 6004/TCP) はどのデータ パスにも出てきません。',
      'The note says the ports are not fixed "with a few exceptions" but names none. The fixed ports the firewall-rule table creates on Mailbox servers (MSExchangeIS 6001/TCP; its (GFW) rule 6001-6004/TCP) appear in no data path.',
    ),
  ],
  'cas-to-legacy-mailbox': [
    erratum(
      'supportedAuth',
      'POP/IMAP テキスト',
      'サポートされる認証に POP/IMAP を挙げていますが、ポートは 80/TCP と 443/TCP だけで、POP3 / IMAP4 のポートは示されていません。',
      'The supported authentication lists POP/IMAP, but the ports are only 80/TCP and 443/TCP; no POP3 / IMAP4 port is given.',
    ),
  ],
  'mailbox-admin-remote-registry': [
    withCitations(
      erratum(
        'ports',
        '135/TCP (RPC)',
        'リモート レジストリ (WinReg) は SMB の名前付きパイプ \\PIPE\\winreg (445/TCP) 上の RPC を使います。135/TCP と動的ポートだけを開いても動作しません。445/TCP を推定ポートとして加えています (原文以外の出典)。',
        'Remote Registry (WinReg) runs RPC over the SMB named pipe \\PIPE\\winreg (445/TCP); opening only 135/TCP and the dynamic ports does not make it work. 445/TCP is added as an inferred port (outside source).',
      ),
      [MS_RSP_TRANSPORT],
    ),
    RPC_ALWAYS_ENCRYPTED('いいえ', 'encryptedByDefault'),
  ],
  'mailbox-clustering': [RPC_ALWAYS_ENCRYPTED('いいえ', 'encryptedByDefault')],
  'mailbox-recipient-update-rpc': [{ ...RUS_LEGACY, text: '受信者更新サービス' }],
  'mailbox-recipient-update-ad': [RUS_LEGACY],
  'cas-oab': [
    erratum(
      'path',
      'OAB の Outlook へのアクセス',
      '向きが逆です。Outlook が OAB にアクセスする (Outlook からクライアント アクセス サーバーへの) データ パスです。',
      'The wording is reversed: this is Outlook accessing the OAB (from Outlook to the Client Access server).',
    ),
  ],
  'cas-to-um': [
    erratum(
      'ports',
      '5062/TCP',
      'セットアップのファイアウォール ルールには 5062/TCP で待機するものがありません (UMService は 5060、5061、UMWorkerProcess は 5065 ~ 5068)。「動的なポート」には範囲もプロトコルもありません。',
      "None of Setup's firewall rules listens on 5062/TCP (UMService: 5060, 5061; UMWorkerProcess: 5065-5068), and 「動的なポート」 (dynamic ports) gives neither a range nor a protocol.",
    ),
  ],
  'um-to-cas': [
    erratum(
      'ports',
      '5075、5076、5077 (TCP)',
      '5075 ~ 5077/TCP は Office Communications Server と Outlook Web App の統合のポートです (cas-from-ocs、ルール MSExchangeOWAAppPool)。そちらの認証は「mTLS (必須)」ですが、この行は同じポートに IIS の認証を挙げており、2 つの行は食い違っています。',
      '5075-5077/TCP are the ports of the Office Communications Server integration with Outlook Web App (cas-from-ocs, rule MSExchangeOWAAppPool), whose authentication is "mTLS (required)"; this row lists IIS authentication for the same ports, so the two rows disagree.',
    ),
  ],
  'um-to-cas-play-on-phone': [
    erratum(
      'ports',
      '動的 RPC',
      'RPC エンドポイント マッパー (135/TCP) が書かれていません (推定ポートとして加えています)。また、セットアップが作る UM 関連の RPC 待機ルールはユニファイド メッセージング サーバー側の UMWorkerProcess - RPC だけで、クライアント アクセス サーバー側にはありません。向きは原文のままにしていますが、逆の可能性があります。',
      'The RPC endpoint mapper (135/TCP) is missing (added as an inferred port). Also, the only UM-related RPC listener rule Setup creates is UMWorkerProcess - RPC on the Unified Messaging server, none on the Client Access server: the direction is kept as the source gives it, but it may be the other way round.',
    ),
  ],
  'um-telephony': [
    erratum(
      'ports',
      '範囲 16000 ~ 17000/TCP (control) からの動的なポート',
      'どちらの端がこの範囲で待機するかは書かれていません。セットアップのルールにはこの範囲も UDP (RTP) のルールもありません (SESWorker の任意のポートのルールを除く)。',
      "The source does not say which end listens on this range, and Setup's rules open neither it nor any UDP (RTP) port (except SESWorker's any-port rule).",
    ),
  ],
  'um-web-services': [
    erratum(
      'path',
      'ユニファイド メッセージング Web サービス',
      'ユニファイド メッセージングの表にありますが、Exchange 2010 の UM Web サービスはクライアント アクセス サーバー上にあります (…/EWS/UM2007Legacy.asmx)。送信先をクライアント アクセス サーバーと読んでいます (原文以外の出典)。',
      'It stands in the Unified Messaging table, but the Exchange 2010 UM web service is hosted on the Client Access server (…/EWS/UM2007Legacy.asmx); the destination is read as the Client Access server (outside source).',
    ),
  ],
};
