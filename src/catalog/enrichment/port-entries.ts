// Small constructors for port entries, so the dictionaries below read like the source.
import type { BilingualText, PortEntry } from '../schema.ts';

type Extra = Partial<Pick<PortEntry, 'direction' | 'noteId' | 'comment' | 'protocolStated'>>;

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
  return { kind: 'number', protocol, protocolStated: true, from, to, service, text, ...extra };
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
    ...extra,
  };
}

/** Marks an entry whose protocol the source does not state, with the reason we chose it. */
export function unstated(entry: PortEntry, comment: BilingualText, noteId?: string): PortEntry {
  return { ...entry, protocolStated: false, comment, ...(noteId ? { noteId } : {}) };
}

export const RPC_DYNAMIC_COMMENT: BilingualText = {
  ja: 'RPC クライアントはまず 135/TCP の RPC エンドポイント マッパーに接続し、そこで知らされる動的ポートに接続します (「Exchange 2010 セットアップで作成される Windows ファイアウォール ルールに関する注意」を参照)。',
  en: 'An RPC client first contacts the RPC endpoint mapper on 135/TCP and then connects to the dynamic port it is given (see the notes on the Windows Firewall rules created by Exchange 2010 Setup).',
};

/** "135/TCP (RPC)": the endpoint mapper, plus the dynamic port it hands out. */
export function rpcVia135(text: string, service: string): PortEntry[] {
  return [
    port('tcp', 135, text, service),
    special('dynamic-rpc', 'tcp', text, {
      noteId: 'firewall-note-3',
      protocolStated: false,
      comment: RPC_DYNAMIC_COMMENT,
    }),
  ];
}
