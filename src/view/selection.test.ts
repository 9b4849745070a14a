import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { portMatchesOf } from './path-filters.ts';
import { filterPaths, filterRules } from './selection.ts';
import { parseUrlState } from './url-state.ts';

const catalog = readCommittedCatalog();

/** The rows a link shows; the link must read without problems. */
const view = (link: string) => {
  const { state, problems } = parseUrlState(new URLSearchParams(link));
  expect(problems).toEqual([]);
  return {
    paths: filterPaths(catalog, state).map((p) => p.id),
    rules: filterRules(catalog, state).map((r) => r.id),
  };
};

describe('real questions', () => {
  it('no filter shows every row', () => {
    const { paths, rules } = view('');
    expect(paths).toHaveLength(catalog.dataPaths.length);
    expect(rules).toHaveLength(catalog.firewallRules.length);
  });

  it('"what does a CAS listen on?"', () => {
    const { paths } = view('role=cas&dir=in');
    expect(paths).toEqual(
      expect.arrayContaining(['cas-owa', 'cas-pop3', 'um-to-cas', 'cas-from-ocs']),
    );
    expect(paths).not.toContain('cas-to-ad');
    expect(paths).not.toContain('mailbox-availability'); // cas → mailbox
    expect(view('role=cas&dir=out').paths).toContain('cas-to-ad');
  });

  it('"who uses 135?" — the 135/TCP paths, the dynamic-RPC-only path (its inferred endpoint mapper), and the endpoint-mapper rules', () => {
    const { paths, rules } = view('port=135');
    expect(paths).toEqual(expect.arrayContaining(['um-to-mailbox', 'cas-to-ad', 'cas-to-mailbox']));
    // Its cell says only 「動的 RPC」; the endpoint mapper it needs is an inferred port.
    expect(paths).toContain('um-to-cas-play-on-phone');
    expect(rules).toEqual(
      expect.arrayContaining(['fw-msexchangeis-rpcepmap', 'fw-msexchangerpcepmap-gfw']),
    );
    expect(rules).not.toContain('fw-msexchangeis-rpc');
    const mapi = catalog.dataPaths.find((p) => p.id === 'mailbox-mapi')!;
    expect(
      portMatchesOf(mapi, { protocol: null, from: 135, to: 135 }).map((m) => m.reason),
    ).toEqual(['exact']);
    expect(portMatchesOf(mapi, null)).toEqual([]);
  });

  it('"which paths are not encrypted by default?"', () => {
    const { paths } = view('enc=optional&enc=none');
    expect(paths).toEqual(expect.arrayContaining(['mailbox-log-shipping', 'mailbox-admin-smb']));
    expect(paths).not.toContain('cas-owa');
  });

  it('"which paths use Basic by default?"', () => {
    const { paths } = view('auth=basic&authin=default');
    expect(paths).toEqual(expect.arrayContaining(['transport-edgesync', 'cas-outlook-anywhere']));
    expect(paths).not.toContain('cas-owa'); // Basic is only supported there
    expect(view('auth=basic&authin=supported').paths).toContain('cas-owa');
  });

  it('"which rules does an Edge server get?"', () => {
    const { rules } = view('table=rules&role=edge');
    expect(rules).toEqual(
      expect.arrayContaining([
        'fw-msexchangeservicehost-rpc',
        'fw-msexchangetransportlogsearch-rpc',
      ]),
    );
    expect(rules).not.toContain('fw-msexchangeis-rpc');
  });

  it('filters combine (AND): Mailbox section, inbound to Mailbox, over the dynamic range', () => {
    const { paths } = view('section=mailbox&role=mailbox&dir=in&port=tcp/50000');
    expect(paths).toContain('mailbox-clustering');
    expect(paths).not.toContain('mailbox-to-ad'); // outbound from Mailbox
    expect(paths).not.toContain('mailbox-log-shipping'); // 64327 is fixed, not dynamic RPC
    expect(paths).not.toContain('transport-hub-to-mailbox'); // transport section
  });

  it('free text narrows both tables, through notes too', () => {
    expect(view('q=clussvc').paths).toEqual(['mailbox-clustering']);
    expect(view('q=ＥＤＧＥＳＹＮＣ').rules).toEqual([
      'fw-msexchangeedgesync-rpc',
      'fw-msexchangeedgesync-rpcepmap',
    ]);
  });

  it('path-only filters do not hide rules', () => {
    expect(view('auth=kerberos&enc=none&section=um').rules).toHaveLength(
      catalog.firewallRules.length,
    );
  });
});
