// Small constructors for port entries, so the dictionaries below read like the source. An entry
// is read from its cell unless it says otherwise (`fromNote`, `inferredPort`).
import type { BilingualText, Citation, PortEntry, Provenance } from '../schema.ts';

type Extra = Partial<Pick<PortEntry, 'direction' | 'comment' | 'protocolStated' | 'origin'>>;

export function port(
  protocol: 'tcp' | 'udp',
  from: number,
  text: string,
  service: string | null = null,
  extra: Extra = {},
): PortEntry {
  return range(protocol, from, from, text, service, extra);
}

export function range(
  protocol: 'tcp' | 'udp',
  from: number,
  to: number,
  text: string,
  service: string | null = null,
  extra: Extra = {},
): PortEntry {
  return {
    kind: 'number',
    protocol,
    protocolStated: true,
    from,
    to,
    service,
    text,
    origin: { source: 'cell', text },
    ...extra,
  };
}

/** The same port on TCP and UDP, as the source writes "389/TCP/UDP". */
export function tcpUdp(from: number, text: string, service: string): PortEntry[] {
  return [port('tcp', from, text, service), port('udp', from, text, service)];
}

export function special(
  kind: Exclude<PortEntry['kind'], 'number'>,
  protocol: 'tcp' | 'udp' | null,
  text: string,
  extra: Extra = {},
): PortEntry {
  return {
    kind,
    protocol,
    protocolStated: protocol !== null,
    from: null,
    to: null,
    service: null,
    text,
    origin: { source: 'cell', text },
    ...extra,
  };
}

/**
 * Marks an entry whose protocol the source does not state, with the reason we chose it and the
 * note that gives the protocol, if one does. The port itself is still read from its cell.
 */
export function unstated(entry: PortEntry, comment: BilingualText, noteId?: string): PortEntry {
  return {
    ...entry,
    protocolStated: false,
    comment,
    origin: { ...entry.origin, ...(noteId ? { noteId } : {}) },
  };
}

/** An entry a note gives: `text` is the fragment of the note. */
export function fromNote(entry: PortEntry, noteId: string): PortEntry {
  return { ...entry, origin: { source: 'note', text: entry.text, noteId } };
}

/** An entry neither the cell nor a note states, with the reason we add it. */
export function inferredPort(
  entry: PortEntry,
  reason: BilingualText,
  noteId?: string,
  citations?: Citation[],
): PortEntry {
  const origin: Provenance = {
    source: 'inferred',
    text: entry.text,
    reason,
    ...(noteId ? { noteId } : {}),
    ...(citations ? { citations } : {}),
  };
  return { ...entry, origin };
}

export const RPC_DYNAMIC_REASON: BilingualText = {
  ja: 'RPC クライアントはまず 135/TCP の RPC エンドポイント マッパーに接続し、そこで知らされる動的ポートに接続します (「Exchange 2010 セットアップで作成される Windows ファイアウォール ルールに関する注意」を参照)。',
  en: 'An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup).',
};

/**
 * "135/TCP (RPC)": the endpoint mapper, plus the dynamic port it hands out. The reason leans on
 * firewall-note-3 (Exchange's RPC processes), or another note (netlogon on a domain controller:
 * KB 179442, firewall-para-1).
 */
export function rpcVia135(
  text: string,
  service: string,
  reason: BilingualText = RPC_DYNAMIC_REASON,
  noteId = 'firewall-note-3',
): PortEntry[] {
  return [
    port('tcp', 135, text, service),
    inferredPort(special('dynamic-rpc', 'tcp', text, { protocolStated: false }), reason, noteId),
  ];
}

export const NETLOGON_DYNAMIC_REASON: BilingualText = {
  ja: 'RPC netlogon は 135/TCP のエンドポイント マッパーからドメイン コントローラーの動的ポートを知って接続します。ドメイン コントローラーへのファイアウォールの構成はサポート技術情報 179442 を参照 (原文の最後の段落)。',
  en: "RPC netlogon asks the endpoint mapper on 135/TCP for the domain controller's dynamic port and connects to it. For firewalls toward domain controllers the source points to Knowledge Base article 179442 (its last paragraph).",
};
