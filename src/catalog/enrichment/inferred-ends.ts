// Ends that the path cell does not name, each with the words it starts from and why we read it
// so. Where a reading rests on Microsoft documentation outside the source, it is cited.
import type { DataPath } from '../schema.ts';
import {
  GET_EXCHANGE_SERVER,
  RPC_CLIENT_ACCESS_PUBLIC_FOLDERS,
  UM_WEB_SERVICE_REFERENCE,
} from './citations.ts';
import { inferred, note, tableEnd } from './ends.ts';

type Ends = DataPath['ends'];

/**
 * transport-note-4: the two Edge Transport servers are in different organizations. Ours is one
 * end; the other is any SMTP server of another organization, on the Internet.
 */
export const EDGE_TO_EDGE: Ends = {
  from: note('transport-note-4', '2 つの異なる組織にあるエッジ トランスポート サーバー間'),
  to: inferred(
    '2 つの異なる組織にあるエッジ トランスポート サーバー間',
    {
      ja: 'もう一方の端は他の組織のサーバーです。事前に分からない任意の SMTP サーバー (インターネット) と読みました。認証は匿名で、「Exchange 2010 はすべてのリモート接続について TLS の使用を試行します」(同じ注)。',
      en: 'The other end is another organization\'s server: read as any SMTP server on the Internet, not known in advance. The authentication is anonymous, and "Exchange 2010 attempts TLS for all remote connections" (the same note).',
    },
    { noteId: 'transport-note-4' },
  ),
};

export const AVAILABILITY: Ends = {
  from: inferred('メールボックスへのクライアント アクセス', {
    ja: '「メールボックスへのクライアント アクセス」のクライアント アクセスはクライアント アクセス サーバーです。Exchange 2010 ではクライアントはクライアント アクセス サーバーに接続し (クライアント アクセス サーバーに関する注)、可用性サービスはそこからメールボックスを RPC で読みます。',
    en: '"Client access to mailbox" is the Client Access server: in Exchange 2010 clients connect to the Client Access server (notes on Client Access servers), whose Availability service reads the mailbox over RPC.',
  }),
  to: tableEnd('mailbox'),
};

/** Cluster nodes are the Mailbox servers of one database availability group, each to each. */
const node = inferred(
  '異なるクラスター ノード間',
  {
    ja: 'クラスター ノードはデータベース可用性グループ (DAG) のメールボックス サーバーです。各ノードが他の各ノードと通信するので、両方向です。',
    en: 'The cluster nodes are the Mailbox servers of a database availability group (DAG); every node talks to every other, so the path runs both ways.',
  },
  { noteId: 'mailbox-note-1' },
);
export const CLUSTER_NODES: Ends = { from: node, to: node };

export const CONTENT_INDEXING: Ends = {
  from: inferred('コンテンツ インデックス処理', {
    ja: 'パス名は端を書いていません。検索サービスの待機ルール (MSExchangeSearch、MSFTED) はメールボックス サーバーだけに作られるので、待機する側はメールボックス サーバーです。呼び出す側は書かれておらず、他のメールボックス サーバーと読みました。',
    en: "The path name names no end. The search services' listening rules (MSExchangeSearch, MSFTED) are created on Mailbox servers only, so a Mailbox server listens; the caller is not stated and is read as another Mailbox server.",
  }),
  to: tableEnd('mailbox'),
};

/** Log shipping and seeding run between the Mailbox servers of a DAG. */
export const dagMembers = (noteText: string): Ends => {
  const member = inferred(
    noteText,
    {
      ja: 'ログ配布とシード処理は DAG のメールボックス サーバー間で行われます。ファイアウォール ルール MSExchangerepl - Log Copier (TCP-In) (64327) はメールボックス サーバーに作られます。',
      en: 'Log shipping and seeding run between the Mailbox servers of a DAG; the firewall rule MSExchangerepl - Log Copier (TCP-In) (64327) is created on Mailbox servers.',
    },
    { noteId: 'mailbox-note-3' },
  );
  return { from: member, to: member };
};

export const BACKUP_APPLICATION = inferred(
  'ボリューム シャドウ コピー サービス (VSS) によるバックアップ',
  {
    ja: 'パス名は接続する側を書いていません。VSS を使うバックアップ アプリケーション (のサーバー) がメールボックス サーバーに接続すると読みました。',
    en: 'The path name does not say who connects; it is read as the backup application (its server) connecting to the Mailbox server, whose databases it copies through VSS.',
  },
);

export const ASSISTANTS: Ends = {
  from: inferred('メールボックス アシスタント', {
    ja: 'メールボックス アシスタント サービスの待機ルール (MSExchangeMailboxAssistants) はメールボックス サーバーだけに作られるので、待機する側はメールボックス サーバーです。呼び出す側は書かれておらず、他のメールボックス サーバーと読みました。',
    en: "The Mailbox Assistants service's listening rules (MSExchangeMailboxAssistants) are created on Mailbox servers only, so a Mailbox server listens; the caller is not stated and is read as another Mailbox server.",
  }),
  to: tableEnd('mailbox'),
};

export const MAPI_THROUGH_CAS = inferred(
  'Exchange 2010 では、Microsoft Outlook などの MAPI はクライアント アクセス サーバーに接続します',
  {
    ja: 'Exchange 2010 では MAPI クライアントはクライアント アクセス サーバーに接続し、クライアント アクセス サーバーがメールボックス サーバーに RPC で接続します。ただし、パブリック フォルダー データベースには Outlook がメールボックス サーバーに直接接続します (原文以外の出典)。',
    en: 'In Exchange 2010 MAPI clients connect to the Client Access server, which connects to the Mailbox server over RPC. For public folder databases, though, Outlook connects to the Mailbox server directly (outside source).',
  },
  { noteId: 'cas-note-1', citations: [RPC_CLIENT_ACCESS_PUBLIC_FOLDERS] },
);

/**
 * The row is access *to* the topology service (an RPC listener: the firewall rule
 * MSExchangeADTopology - RPC (TCP-In)), not the service's own access to AD, which is LDAP.
 */
export const AD_TOPOLOGY: Ends = {
  from: inferred(
    'Active Directory トポロジ サービスのアクセス',
    {
      ja: 'トポロジ サービスの RPC を呼ぶのは管理用のコマンドレット (Get-ExchangeServer -Status など) です。Exchange 2010 ではコマンドレットはリモート PowerShell のセッションを持つ Exchange サーバー上で動くので、接続元はそのサーバーです。多くはクライアント アクセス サーバーなので、そう読みましたが、どの Exchange サーバーでもありえます。',
      en: 'Management cmdlets call the topology service over RPC (e.g. Get-ExchangeServer -Status). In Exchange 2010 cmdlets run on the Exchange server that holds the remote PowerShell session, so the caller is that server: read as a Client Access server, the usual one, though any Exchange server can be.',
    },
    { citations: [GET_EXCHANGE_SERVER] },
  ),
  to: inferred('Microsoft Exchange Active Directory トポロジ サービス', {
    ja: 'トポロジ サービスは Exchange サーバー上の RPC 待機プロセスです (ファイアウォール ルール MSExchangeADTopology - RPC (TCP-In))。Active Directory へは LDAP で接続し、それは「Active Directory アクセス」の行にあります。認証 (NTLM/Kerberos) と RPC 暗号化も Exchange の RPC エンドポイントを示しています。',
    en: 'The topology service is an RPC listener on the Exchange server (firewall rule MSExchangeADTopology - RPC (TCP-In)); its own access to Active Directory is LDAP, in the "Active Directory access" row. The authentication (NTLM/Kerberos) and RPC encryption also point to an Exchange RPC endpoint, not a domain controller.',
  }),
};

export const SYSTEM_ATTENDANT = inferred('Microsoft Exchange System Attendant サービス', {
  ja: 'System Attendant サービスはメールボックス サーバーで動作します (行はメールボックス サーバーの表にあります)。',
  en: 'The System Attendant service runs on the Mailbox server (the row stands in the Mailbox server table).',
});

export const SA_LISTEN: Ends = {
  from: inferred('従来のアクセス (要求の待機)', {
    ja: 'System Attendant が要求を待機する側です。要求する側は書かれておらず、「従来の」アクセスなので以前のバージョンの Exchange Server (とその管理ツール) と読みました。Exchange 2010 の管理ツールである可能性もあります。',
    en: 'The System Attendant is the side that listens. Who calls is not stated: since this is "legacy" access, it is read as earlier versions of Exchange Server (and their tools); Exchange 2010 management tools may call it too.',
  }),
  to: SYSTEM_ATTENDANT,
};

export const SA_AS_MAPI_CLIENT: Ends = {
  from: SYSTEM_ATTENDANT,
  to: inferred('(MAPI クライアントの場合)', {
    ja: '「MAPI クライアントの場合」は System Attendant 自身が MAPI クライアントとして接続する場合です (クライアントが接続してくるのではありません)。接続先はメールボックス サーバーの Exchange ストアです。',
    en: '"As a MAPI client" means the System Attendant itself connects as a MAPI client (clients do not connect in); it connects to the Exchange store of a Mailbox server.',
  }),
};

export const OAB_GENERATION = inferred('オフライン アドレス帳 (OAB)', {
  ja: 'Exchange 2010 の OAB はメールボックス サーバーで生成されます (行はメールボックス サーバーの表にあります)。',
  en: 'In Exchange 2010 the offline address book is generated on a Mailbox server (the row stands in the Mailbox server table).',
});

export const RECIPIENT_UPDATE_RPC: Ends = {
  from: tableEnd('mailbox'),
  to: inferred('受信者更新サービスの RPC アクセス', {
    ja: '受信者の更新は Active Directory の受信者オブジェクトを更新します (次の行「Active Directory に対する受信者の更新」)。',
    en: 'Recipient updates change recipient objects in Active Directory (see the next row, "Recipient updates to Active Directory").',
  }),
};

export const MRS: Ends = {
  from: inferred('メールボックス レプリケーション サービス (MRS)', {
    ja: 'MRS はクライアント アクセス サーバーで待機します (ルール MSExchangeMailboxReplication、808/TCP はクライアント アクセス サーバーだけに作られます)。呼び出す側は書かれておらず、移動要求のコマンドレットを実行する Exchange サーバー (多くはクライアント アクセス サーバー) と読みました。',
    en: 'MRS listens on Client Access servers (the rule MSExchangeMailboxReplication, 808/TCP, is created on Client Access servers only). The caller is not stated: read as the Exchange server that runs the move-request cmdlets, usually a Client Access server.',
  }),
  to: tableEnd('cas'),
};

export const UM_WEB_SERVICES: Ends = {
  from: inferred('ユニファイド メッセージング Web サービス', {
    ja: 'Web サービスを呼ぶのはクライアント (Outlook、Outlook Web App) です。',
    en: 'Clients (Outlook, Outlook Web App) call the web services.',
  }),
  to: inferred(
    'ユニファイド メッセージング Web サービス',
    {
      ja: 'Exchange 2010 の UM Web サービスはクライアント アクセス サーバー上にあります (表はユニファイド メッセージングですが)。',
      en: 'The Exchange 2010 UM web service is hosted on the Client Access server, although the row stands in the Unified Messaging table.',
    },
    { citations: [UM_WEB_SERVICE_REFERENCE] },
  ),
};
