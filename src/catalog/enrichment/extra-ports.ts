// Ports beyond what a row's cell lists, and which ports carry traffic both ways. A note's port
// is a port of the path only where the note says the path uses it; a port a note merely
// mentions beside the path is a related port, which no filter matches and no script opens.
import type { PortEntry } from '../schema.ts';
import type { DataPathEnrichment } from './data-paths.ts';
import {
  ENABLE_UM_IP_GATEWAY,
  HUB_TRANSPORT_OVERVIEW,
  KB_832017,
  MS_RSP_TRANSPORT,
} from './citations.ts';
import { fromNote, inferredPort, port, special } from './port-entries.ts';

type Extra = Pick<DataPathEnrichment, 'addedPorts' | 'relatedPorts' | 'bothWays'>;

const isSip = (p: PortEntry) => p.kind === 'number' && (p.from === 5060 || p.from === 5061);
const isRtp = (p: PortEntry) => p.protocol === 'udp';

const DAG_BOTH_WAYS = {
  ports: () => true,
  reason: {
    ja: 'DAG のどのメンバーもアクティブ コピーを持ちうるので、メンバー間で両方向です。ルール MSExchangerepl - Log Copier (TCP-In) はすべてのメールボックス サーバーに作られます。',
    en: 'Any DAG member can hold the active copy, so the path runs both ways between members; the rule MSExchangerepl - Log Copier (TCP-In) is created on every Mailbox server.',
  },
};

export const EXTRA_PORTS: Record<string, Extra> = {
  // transport-note-4: Edge Transport servers of two different organizations, i.e. Internet SMTP:
  // our Edge both receives from and sends to the other organizations' servers.
  'transport-edge-to-edge': {
    bothWays: {
      ports: () => true,
      reason: {
        ja: '2 つの異なる組織のエッジ トランスポート サーバー間 (インターネット経由の SMTP) です。エッジ トランスポート サーバーは他の組織から受信し、他の組織へ送信します。相手は事前に分からない任意の SMTP サーバーです (認証は匿名)。',
        en: 'Between Edge Transport servers of two different organizations (SMTP over the Internet): the Edge Transport server receives from and sends to other organizations, whose servers are not known in advance (authentication is anonymous).',
      },
      citations: [HUB_TRANSPORT_OVERVIEW],
    },
  },
  'mailbox-admin-remote-registry': {
    addedPorts: [
      inferredPort(
        port('tcp', 445, '135/TCP (RPC)', 'SMB'),
        {
          ja: 'リモート レジストリ (WinReg) は SMB の名前付きパイプ \\PIPE\\winreg 上の RPC を使うので 445/TCP が必要です (原文以外の出典)。',
          en: 'Remote Registry (WinReg) runs RPC over the SMB named pipe \\PIPE\\winreg, so it needs 445/TCP (outside source).',
        },
        undefined,
        [MS_RSP_TRANSPORT],
      ),
    ],
  },
  'mailbox-log-shipping': { bothWays: DAG_BOTH_WAYS },
  'mailbox-seeding': { bothWays: DAG_BOTH_WAYS },
  // transport-note-3: "EdgeSync uses secure LDAP on TCP 50636 ... AD LDS also listens on TCP
  // 50389. Connections to this port do not use SSL." EdgeSync never connects to 50389.
  'transport-edgesync': {
    relatedPorts: [
      fromNote(
        port('tcp', 50389, 'TCP 50389', 'LDAP', {
          comment: {
            ja: 'EdgeSync はこのポートを使いません。AD LDS は 50389/TCP でも待機し、このポートへの接続では SSL は使用されません (LDAP ユーティリティでの確認用)。開く必要はありません。',
            en: 'EdgeSync does not use this port. AD LDS also listens on TCP 50389, without SSL (for LDAP tools that check AD LDS data). It need not be opened.',
          },
        }),
        'transport-note-3',
      ),
    ],
  },
  // mailbox-note-1: "the Cluster service (ClusSvc.exe) uses UDP/3343 and randomly assigned high
  // TCP ports to communicate between cluster nodes": the clustering path uses both.
  'mailbox-clustering': {
    addedPorts: [
      fromNote(
        port('udp', 3343, 'UDP/3343', null, {
          comment: {
            ja: 'クラスター サービス (ClusSvc.exe) がクラスター ノード間の通信に使用します。',
            en: 'Used by the Cluster service (ClusSvc.exe) between cluster nodes.',
          },
        }),
        'mailbox-note-1',
      ),
      fromNote(
        special('dynamic', 'tcp', 'ランダムに割り当てられた値の大きい TCP ポート', {
          comment: { ja: '範囲は示されていません。', en: 'No range is given.' },
        }),
        'mailbox-note-1',
      ),
      inferredPort(
        port('tcp', 3343, 'UDP/3343', null),
        {
          ja: 'Windows のクラスター サービスはノードの参加時に 3343/TCP も使います (原文は UDP/3343 だけを挙げています。原文以外の出典)。',
          en: 'The Windows Cluster service also uses 3343/TCP when a node joins (the source names only UDP/3343; outside source).',
        },
        'mailbox-note-1',
        [KB_832017],
      ),
    ],
    bothWays: {
      ports: () => true,
      reason: {
        ja: 'クラスター ノードは互いに通信します。各ノードは他の各ノードと UDP データグラムを交換します (メールボックス サーバーに関する注)。',
        en: 'Cluster nodes talk to each other: each node exchanges UDP datagrams with every other node (notes on Mailbox servers).',
      },
    },
  },
  // The cell says only 「動的 RPC」; an RPC client reaches the dynamic port through the endpoint
  // mapper on 135/TCP (firewall-note-3), as every other RPC row of the source lists it.
  // The only UM-related RPC listener Setup creates is on the UM server (UMWorkerProcess - RPC):
  // until the direction is settled, both ends may connect.
  'um-to-cas-play-on-phone': {
    bothWays: {
      ports: () => true,
      reason: {
        ja: '原文はユニファイド メッセージング サーバーからクライアント アクセス サーバーとしていますが、セットアップが作る RPC の待機ルールはユニファイド メッセージング サーバー側 (UMWorkerProcess - RPC) にあり、電話での再生の要求はクライアント アクセス サーバー (EWS) が受けます。向きが定まらないので両方向としています。',
        en: 'The source says Unified Messaging server to Client Access server, but the RPC listener rule Setup creates is on the Unified Messaging server (UMWorkerProcess - RPC), and Play on Phone requests arrive at the Client Access server (EWS). As the direction is not settled, both ways are kept.',
      },
    },
    addedPorts: [
      inferredPort(
        special('rpc-epmap', 'tcp', '動的 RPC', { protocolStated: false }),
        {
          ja: 'セルは「動的 RPC」だけですが、RPC クライアントはまず 135/TCP の RPC エンドポイント マッパーに接続して動的ポートを知ります (ファイアウォール ルールに関する注意)。他の RPC の行は 135/TCP (RPC) と書いています。',
          en: 'The cell says only "dynamic RPC", but an RPC client first asks the RPC endpoint mapper on 135/TCP for the dynamic port (notes on the firewall rules); every other RPC row says 135/TCP (RPC).',
        },
        'firewall-note-3',
      ),
    ],
  },
  // SIP and RTP between a UM server and an IP gateway / IP PBX go both ways: the gateway calls
  // the UM server for incoming calls, and the UM server calls the gateway for outgoing ones.
  'um-telephony': {
    bothWays: {
      ports: (p) => isSip(p) || isRtp(p),
      reason: {
        ja: 'IP ゲートウェイ / IP PBX は着信呼で UM サーバーに SIP 接続し (5060/TCP または 5061/TCP。ユニファイド メッセージング サーバーに関する注)、UM サーバーは発信呼 (電話での再生など) で IP ゲートウェイ / IP PBX に接続します (原文以外の出典)。RTP の音声は両方向に流れます。',
        en: 'The IP gateway / IP PBX opens SIP connections to the UM server for incoming calls (5060/TCP or 5061/TCP; notes on Unified Messaging servers), and the UM server to the gateway for outgoing calls such as Play on Phone (outside source). RTP media flows both ways.',
      },
      citations: [ENABLE_UM_IP_GATEWAY],
    },
  },
};
