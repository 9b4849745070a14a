// One test per reading corrected when every row was reviewed again (issue 11): the row, the
// field, the value now expected, and the source sentence (or outside source) it rests on.
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from './test-support.ts';
import type { PortEntry } from './schema.ts';

const catalog = readCommittedCatalog();
const path = (id: string) => {
  const found = catalog.dataPaths.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const numbers = (ports: PortEntry[]) =>
  ports.filter((p) => p.kind === 'number').map((p) => `${p.protocol}/${p.from}`);
const note = (id: string) => catalog.notes.find((n) => n.id === id)!;

describe('corrected readings', () => {
  it('transport-edgesync: 50389 is a related port, not a port of the path', () => {
    // transport-note-3: 「EdgeSync は、…TCP 50636 を経由した…セキュリティで保護された LDAP 接続を使用し
    // ます。AD LDS は、TCP 50389 で接続要求待ちも行います。このポートへの接続では、SSL は使用されません。」
    const edgeSync = path('transport-edgesync');
    expect(numbers(edgeSync.ports)).toEqual(['tcp/50636']);
    expect(edgeSync.relatedPorts).toMatchObject([
      { from: 50389, origin: { source: 'note', noteId: 'transport-note-3' } },
    ]);
  });

  it('um-to-cas-play-on-phone: the endpoint mapper comes before the dynamic port', () => {
    // firewall-note-3: 「RPC クライアントは RPC エンドポイント マッパーに接続して、…既定では、
    // RPC エンドポイント マッパーは、ポート 135 (TCP) で接続要求待ちを行います。」
    expect(path('um-to-cas-play-on-phone').ports).toMatchObject([
      { kind: 'rpc-epmap', origin: { source: 'inferred', noteId: 'firewall-note-3' } },
      { kind: 'dynamic-rpc', origin: { source: 'cell', text: '動的 RPC' } },
    ]);
  });

  it('mailbox-system-attendant-mapi: the System Attendant is the MAPI client, not a client', () => {
    // 「Microsoft Exchange System Attendant サービスの従来のアクセス (MAPI クライアントの場合)」
    const sa = path('mailbox-system-attendant-mapi');
    expect([sa.from, sa.to]).toEqual(['mailbox', 'mailbox']);
    expect(sa.ends.to).toMatchObject({ source: 'inferred', text: '(MAPI クライアントの場合)' });
  });

  it('mailbox-ad-topology: access to the topology service on the Mailbox server, not to AD', () => {
    // Rule 「MSExchangeADTopology - RPC (TCP-In)」 is an RPC listener on the Exchange server;
    // Get-ExchangeServer -Status "has to contact servers directly" (outside source, cited).
    const topology = path('mailbox-ad-topology');
    expect([topology.from, topology.to]).toEqual(['cas', 'mailbox']);
    expect(topology.noteIds).toContain('cas-para-1');
    expect(topology.ends.from.citations?.[0]?.url).toMatch(/get-exchangeserver/);
  });

  it('um-web-services: the UM web service listens on the Client Access server', () => {
    // Outside source: ".../EWS/UM2007Legacy.asmx" on the Client Access server (cited, erratum).
    const um = path('um-web-services');
    expect(um.to).toBe('cas');
    expect(um.errata.map((e) => e.field)).toContain('path');
  });

  it('mailbox-admin-remote-registry: WinReg needs 445/TCP, marked as inferred and cited', () => {
    // [MS-RSP] 2.1: RPC over the named pipe \PIPE\winreg (outside source).
    const registry = path('mailbox-admin-remote-registry');
    expect(registry.ports.find((p) => p.from === 445)).toMatchObject({
      protocol: 'tcp',
      origin: { source: 'inferred' },
    });
    expect(registry.errata.map((e) => e.field)).toEqual(['ports', 'encryptedByDefault']);
  });

  it('um-telephony: SIP and RTP go both ways between the gateway and the UM server', () => {
    // um-intro-2: 「IP ゲートウェイまたは IP PBX は UM サーバーに証明書を要求し、さらに UM サーバーが
    // IP ゲートウェイまたは IP PBX に証明書を要求します。」
    const telephony = path('um-telephony');
    expect(telephony.bothWays).toBeDefined();
    expect(
      telephony.ports.filter((p) => p.direction === 'both').map((p) => `${p.protocol}/${p.from}`),
    ).toEqual(['tcp/5060', 'tcp/5061', 'udp/1024']);
  });

  it('transport-edge-to-edge: our Edge and any SMTP server of another organization, both ways', () => {
    // transport-note-4: 「2 つの異なる組織にあるエッジ トランスポート サーバー間のトラフィック」
    const edge = path('transport-edge-to-edge');
    expect([edge.from, edge.to]).toEqual(['edge', 'internet-smtp']);
    expect(edge.ends.from).toMatchObject({ source: 'note', noteId: 'transport-note-4' });
    expect(edge.ends.to).toMatchObject({ source: 'inferred', noteId: 'transport-note-4' });
    expect(edge.ports[0]!.direction).toBe('both');
  });

  it('um-to-cas-play-on-phone: both ways until the direction is settled', () => {
    expect(path('um-to-cas-play-on-phone').ports.map((p) => p.direction)).toEqual(['both', 'both']);
  });

  it('mailbox-clustering: UDP 3343 from the note, TCP 3343 inferred and cited', () => {
    // mailbox-note-1: 「[クラスタリング] データ パスでは動的 RPC over TCP を使用して」
    expect(path('mailbox-clustering').ports.find((p) => p.kind === 'dynamic-rpc')?.origin).toEqual({
      source: 'note',
      text: '動的 RPC over TCP',
      noteId: 'mailbox-note-1',
    });
    // mailbox-note-1: 「クラスター サービス (ClusSvc.exe) は UDP/3343 を使用し、…」
    const cluster = path('mailbox-clustering');
    expect(cluster.ports.find((p) => p.protocol === 'udp')?.origin.source).toBe('note');
    expect(
      cluster.ports.find((p) => p.protocol === 'tcp' && p.from === 3343)?.origin,
    ).toMatchObject({
      source: 'inferred',
      citations: [expect.objectContaining({ url: expect.stringMatching(/832017/) })],
    });
  });

  it('AD access rows lean on KB 179442 (firewall-para-1) for netlogon dynamic RPC', () => {
    // firewall-para-1: 「…記事 179442「ドメインの信頼関係を使用するためのファイアウォールの構成方法」…」
    for (const id of ['transport-hub-to-ad', 'mailbox-to-ad', 'cas-to-ad', 'um-to-ad']) {
      expect(path(id).ports.find((p) => p.kind === 'dynamic-rpc')?.origin.noteId).toBe(
        'firewall-para-1',
      );
    }
  });

  it('AD access rows of the Mailbox, Client Access and UM tables have an inferred source end', () => {
    // The path cell 「Active Directory アクセス」 names only AD; the table names the server.
    for (const id of ['mailbox-to-ad', 'cas-to-ad', 'um-to-ad']) {
      expect(path(id).endpointsInferred).toBe(true);
      expect(path(id).ends.from.text).toMatch(/のデータ パス$/);
    }
  });

  it('the support statement concerns server-to-server and server-to-AD paths, not Edge', () => {
    // cas-para-1: 「Exchange サーバー間、または … Active Directory との間へのファイアウォールの
    // インストールはサポートされていません。」
    const concerns = note('cas-para-1').concerns;
    expect(concerns).toEqual(
      expect.arrayContaining([
        'transport-hub-to-hub',
        'cas-to-mailbox',
        'um-to-ad',
        'cas-to-legacy-mailbox',
      ]),
    );
    expect(concerns).not.toContain('transport-hub-to-edge');
    expect(concerns).not.toContain('transport-edgesync');
    expect(concerns).not.toContain('cas-owa');
    for (const id of concerns) {
      const p = path(id);
      expect(p.from === 'edge' || p.to === 'edge').toBe(false);
    }
  });

  it('RPC rows that say いいえ against "RPC traffic is always encrypted" all carry the erratum', () => {
    // mailbox-intro-5: 「RPC トラフィックは常に暗号化されます。」
    const contradicting = catalog.dataPaths.filter(
      (p) =>
        p.section === 'mailbox' &&
        p.ports.some((e) => e.kind === 'dynamic-rpc') &&
        !p.encryption.byDefault,
    );
    expect(contradicting.map((p) => p.id)).toEqual([
      'mailbox-admin-remote-registry',
      'mailbox-clustering',
      'mailbox-assistants',
      'mailbox-system-attendant-listen',
    ]);
    for (const p of contradicting) {
      expect(p.errata.some((e) => e.explanation.en.includes('always encrypted'))).toBe(true);
    }
  });

  it('firewall-note-3 records the five RPC processes without an RPCEPMap rule', () => {
    // 「…このプロセスに対して 2 つのファイアウォール ルールが作成されます。」
    const rpcOnly = catalog.firewallRules
      .filter((r) => r.ports.some((p) => p.kind === 'dynamic-rpc') && r.restrictedToProgram)
      .filter(
        (r) =>
          !catalog.firewallRules.some(
            (o) => o.program === r.program && o.ports.some((p) => p.kind === 'rpc-epmap'),
          ),
      )
      .map((r) => r.source.ja.name.split(' ')[0]);
    expect(rpcOnly).toEqual([
      'MSExchangeADTopology',
      'MSExchangeMonitoring',
      'MSExchangeServiceHost',
      'RpcHttpLBS',
      'MSExchangeSearch',
      'UMWorkerProcess',
    ]);
    expect(note('firewall-note-3').errata).toHaveLength(1);
  });
});
