import { describe, expect, it } from 'vitest';
import type { DataPath, FirewallRule, PortEntry } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import type { PortQuery } from './filter-values.ts';
import {
  DYNAMIC_RPC_RANGE,
  matchPorts,
  needsDynamicRpc,
  RPC_ENDPOINT_MAPPER_PORT,
} from './port-match.ts';
import { parsePortQuery } from './port-query.ts';

const catalog = readCommittedCatalog();

const query = (text: string): PortQuery => {
  const result = parsePortQuery(text);
  if (!result.ok) throw new Error(`bad test query ${text}`);
  return result.query;
};

const matching = <R extends DataPath | FirewallRule>(rows: R[], text: string) =>
  rows.filter((row) => matchPorts(row.ports, query(text)).length > 0).map((row) => row.id);

const reasonsOf = (rows: (DataPath | FirewallRule)[], id: string, text: string) =>
  matchPorts(rows.find((row) => row.id === id)!.ports, query(text)).map((m) => m.reason);

const paths = catalog.dataPaths;
const rules = catalog.firewallRules;

describe('matchPorts on the real catalog', () => {
  it('16500 finds the UM media range 16000-17000', () => {
    expect(matching(paths, '16500')).toEqual(['um-telephony']);
    const entries = matchPorts(paths.find((p) => p.id === 'um-telephony')!.ports, query('16500'));
    // Both the TCP 16000-17000 range and the UDP 1024-65535 media range contain it.
    expect(entries.map((m) => [m.entry.protocol, m.entry.from, m.entry.to, m.reason])).toEqual([
      ['tcp', 16000, 17000, 'in-range'],
      ['udp', 1024, 65535, 'in-range'],
    ]);
    expect(matching(paths, 'tcp/16500')).toEqual(['um-telephony']);
  });

  it('udp/50000 finds um-telephony through UDP 1024-65535, and no dynamic RPC (that is TCP)', () => {
    expect(matching(paths, 'udp/50000')).toEqual(['um-telephony']);
    expect(matching(rules, 'udp/50000')).toEqual([]);
  });

  it('tcp/50000 finds the dynamic RPC rows, for the dynamic range', () => {
    const found = matching(paths, 'tcp/50000');
    expect(found).toContain('um-to-cas-play-on-phone');
    expect(found).toContain('cas-to-mailbox');
    expect(found).not.toContain('um-telephony'); // its 1024-65535 range is UDP
    expect(reasonsOf(paths, 'um-to-cas-play-on-phone', 'tcp/50000')).toEqual(['dynamic-rpc-range']);
    expect(reasonsOf(rules, 'fw-msexchangeadtopology-rpc', 'tcp/50000')).toEqual([
      'dynamic-rpc-range',
    ]);
    // The sesworker rules allow any TCP port.
    expect(reasonsOf(rules, 'fw-sesworker', 'tcp/50000')).toEqual(['any-port']);
  });

  it('a port below the dynamic range finds no dynamic RPC row', () => {
    expect(matching(paths, `tcp/${DYNAMIC_RPC_RANGE.from - 1}`)).toEqual([]);
    expect(matching(paths, `${DYNAMIC_RPC_RANGE.from - 10}-${DYNAMIC_RPC_RANGE.from}`)).toContain(
      'um-to-cas-play-on-phone',
    );
  });

  it('135 finds every row whose cell says 135/TCP, the RPC-only row, and the RPC-EPMap rules', () => {
    const expectedPaths = paths
      .filter(
        (p) =>
          p.source.ja.ports.includes('135/TCP') ||
          ['cas-to-mailbox', 'um-to-cas-play-on-phone'].includes(p.id),
      )
      .map((p) => p.id);
    expect(expectedPaths.length).toBeGreaterThan(15);
    expect(matching(paths, '135')).toEqual(expectedPaths);
    expect(matching(paths, 'tcp/135')).toEqual(expectedPaths);
    expect(matching(paths, 'udp/135')).toEqual([]);
    expect(reasonsOf(paths, 'cas-to-mailbox', '135')).toEqual(['rpc-endpoint-mapper']);
    expect(reasonsOf(paths, 'um-to-mailbox', '135')).toEqual(['exact']);
    // 「動的 RPC」 alone: the endpoint mapper is an inferred port (firewall-note-3).
    expect(reasonsOf(paths, 'um-to-cas-play-on-phone', '135')).toEqual(['rpc-endpoint-mapper']);

    const epmapRules = rules.filter((r) => r.source.ja.ports === 'RPC-EPMap').map((r) => r.id);
    expect(epmapRules).toContain('fw-msexchangerpc-prcepmap');
    // fw-sesworker allows any port, so it answers 135 too.
    expect(matching(rules, '135')).toEqual(
      rules
        .filter((r) => epmapRules.includes(r.id) || r.id.startsWith('fw-sesworker'))
        .map((r) => r.id),
    );
  });

  it('udp/3343 finds the clustering path, whose port only a note gives', () => {
    // um-telephony's UDP 1024-65535 media range covers it as well.
    expect(matching(paths, 'udp/3343')).toEqual(['mailbox-clustering', 'um-telephony']);
    // 3343/TCP (node join) is an inferred port of the clustering path, cited to KB 832017.
    expect(matching(paths, 'tcp/3343')).toEqual(['mailbox-clustering']);
    const [match] = matchPorts(paths.find((p) => p.id === 'mailbox-clustering')!.ports, {
      protocol: 'udp',
      from: 3343,
      to: 3343,
    });
    expect(match?.entry.origin).toMatchObject({ source: 'note', noteId: 'mailbox-note-1' });
    expect(match?.reason).toBe('exact');
  });

  it('50389 is not an EdgeSync port (only related), 587 finds SMTP client submission', () => {
    // transport-note-3: AD LDS *also* listens on 50389 without SSL; EdgeSync uses 50636 only.
    // 50389 lies inside the dynamic range, so the dynamic RPC rows answer, and UM's RTP range.
    const found = matching(paths, '50389');
    expect(found).not.toContain('transport-edgesync');
    expect(reasonsOf(paths, 'cas-to-mailbox', '50389')).toEqual(['dynamic-rpc-range']);
    expect(found.filter((id) => !needsDynamicRpc(paths.find((p) => p.id === id)!.ports))).toEqual([
      'um-telephony',
    ]);
    expect(matching(paths, '587')).toEqual(['transport-smtp-client-to-hub']);
    expect(matching(rules, '587')).toEqual([
      'fw-msexchangetransportworker-gfw',
      'fw-msexchangetransportworker',
      'fw-sesworker-gfw', // any port
      'fw-sesworker',
    ]);
  });

  it('udp/443 finds no data path', () => {
    expect(matching(paths, 'udp/443')).toEqual([]);
    expect(matching(paths, 'tcp/443')).toContain('cas-owa');
  });

  it('5060-5070 finds the SIP paths, each entry in range', () => {
    // cas-from-ocs is there for its outbound 5061/TCP.
    expect(matching(paths, '5060-5070')).toEqual(['cas-to-um', 'cas-from-ocs', 'um-telephony']);
    expect(reasonsOf(paths, 'cas-to-um', '5060-5070')).toEqual([
      'in-range',
      'in-range',
      'in-range',
    ]);
  });
});

describe('matchPorts rules', () => {
  const entry = (over: Partial<PortEntry>): PortEntry => ({
    kind: 'number',
    protocol: 'tcp',
    protocolStated: true,
    from: 443,
    to: 443,
    service: null,
    text: '443/TCP',
    origin: { source: 'cell', text: '443/TCP' },
    ...over,
  });

  it('an entry without a protocol never matches a protocol-restricted query', () => {
    const e = entry({ protocol: null });
    expect(matchPorts([e], { protocol: null, from: 443, to: 443 })).toHaveLength(1);
    expect(matchPorts([e], { protocol: 'tcp', from: 443, to: 443 })).toEqual([]);
  });

  it('dynamic and unnumbered entries never match a number', () => {
    const full = { protocol: null, from: 1, to: 65535 };
    expect(matchPorts([entry({ kind: 'dynamic', from: null, to: null })], full)).toEqual([]);
    expect(matchPorts([entry({ kind: 'unnumbered', from: null, to: null })], full)).toEqual([]);
  });

  it('the endpoint mapper is 135 only', () => {
    const e = entry({ kind: 'rpc-epmap', from: null, to: null });
    const at = (from: number, to = from) => matchPorts([e], { protocol: null, from, to }).length;
    expect([at(134), at(RPC_ENDPOINT_MAPPER_PORT), at(136), at(100, 200)]).toEqual([0, 1, 0, 1]);
  });
});

describe('needsDynamicRpc', () => {
  it('is true for 135 paths that go on to the dynamic range, false for plain ports', () => {
    const byId = (id: string) => paths.find((p) => p.id === id)!.ports;
    expect(needsDynamicRpc(byId('um-to-mailbox'))).toBe(true);
    expect(needsDynamicRpc(byId('cas-owa'))).toBe(false);
  });
});
