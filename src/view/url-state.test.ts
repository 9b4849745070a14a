import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from './view-state.ts';
import { parseUrlState, readLink, serializeUrlState, URL_KEYS } from './url-state.ts';

const parse = (query: string) => parseUrlState(new URLSearchParams(query));
const state = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...over });

describe('parseUrlState: links that read in full', () => {
  it('an empty link is the default view', () => {
    expect(parse('')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it('"what does a CAS listen on for HTTPS, unencrypted by default?"', () => {
    expect(
      parse('?role=cas&dir=in&port=TCP/443&enc=none&enc=optional&q=owa&sort=-port&lang=ja'),
    ).toEqual({
      state: state({
        roles: ['cas'],
        dir: 'in',
        port: { protocol: 'tcp', from: 443, to: 443 },
        enc: ['optional', 'none'],
        q: 'owa',
        sort: { column: 'port', desc: true },
      }),
      problems: [],
    });
  });

  it('lists come out in the schema order, whatever order the link has', () => {
    const { state: s } = parse(
      'role=um&role=ad&role=hub&auth=basic&auth=kerberos&section=um&section=cas',
    );
    expect(s.roles).toEqual(['hub', 'um', 'ad']);
    expect(s.auth).toEqual(['kerberos', 'basic']);
    expect(s.sections).toEqual(['cas', 'um']);
  });

  it('the rest of the keys (those the rules table does not use are read, and named)', () => {
    const { state: s, problems } = parse(
      'table=rules&authin=supported&auth=ntlm&section=mailbox&open=fw-msexchangeis-rpc&sort=name&port=5060～5070&q=+%E3%80%80self-signed  cert+',
    );
    expect(problems).toEqual(
      ['authin=supported', 'auth=ntlm', 'section=mailbox'].map((pair) => {
        const [key, value] = pair.split('=') as [string, string];
        return { key, value, reason: 'not-for-table', detail: 'rules' };
      }),
    );
    expect(s).toEqual(
      state({
        table: 'rules',
        authScope: 'supported',
        auth: ['ntlm'],
        sections: ['mailbox'],
        open: 'fw-msexchangeis-rpc',
        sort: { column: 'name', desc: false },
        port: { protocol: null, from: 5060, to: 5070 },
        q: 'self-signed  cert', // trimmed, otherwise as typed
      }),
    );
  });

  it('the scripts view: role, direction and script kind', () => {
    expect(parse('view=scripts&role=cas&dir=in&script=netsh')).toEqual({
      state: state({ view: 'scripts', roles: ['cas'], dir: 'in', script: 'netsh' }),
      problems: [],
    });
    expect(serializeUrlState(state({ view: 'scripts', script: 'portqry' })).toString()).toBe(
      'view=scripts&script=portqry',
    );
  });

  it('the check view: role, direction, environment and peers; never a script kind or a filter', () => {
    const read = parse(
      'view=check&role=edge&role=hub&dir=out&dagport=64330&addr-hub=10.0.1.10&script=powershell&port=25',
    );
    expect(read.state).toEqual(
      state({
        view: 'check',
        roles: ['edge'],
        dir: 'out',
        env: { ...DEFAULT_STATE.env, dagPort: 64330 },
        peers: { hub: ['10.0.1.10'] },
        script: 'powershell',
        port: { protocol: null, from: 25, to: 25 },
      }),
    );
    expect(read.problems).toEqual([
      { key: 'script', value: 'powershell', reason: 'not-for-view', detail: 'check' },
      { key: 'port', value: '25', reason: 'not-for-view', detail: 'check' },
      { key: 'role', value: 'hub', reason: 'one-role', detail: 'edge' },
    ]);
  });

  it('defaults written out are accepted; empty values mean "not set"', () => {
    expect(
      parse('table=paths&dir=any&authin=any&script=netsh&role=&port=&q=%20&addr-hub='),
    ).toEqual({
      state: DEFAULT_STATE,
      problems: [],
    });
  });
});

describe('parseUrlState: what it ignores, and says so', () => {
  it.each([
    ['colour=red', { key: 'colour', value: 'red', reason: 'unknown-key' }],
    ['Role=cas', { key: 'Role', value: 'cas', reason: 'unknown-key' }],
    ['role=CAS', { key: 'role', value: 'CAS', reason: 'unknown-value' }],
    ['dir=inbound', { key: 'dir', value: 'inbound', reason: 'unknown-value' }],
    ['table=notes', { key: 'table', value: 'notes', reason: 'unknown-value' }],
    ['script=bash', { key: 'script', value: 'bash', reason: 'unknown-value' }],
    ['auth=password', { key: 'auth', value: 'password', reason: 'unknown-value' }],
    ['authin=all', { key: 'authin', value: 'all', reason: 'unknown-value' }],
    ['enc=strong', { key: 'enc', value: 'strong', reason: 'unknown-value' }],
    ['section=firewall', { key: 'section', value: 'firewall', reason: 'unknown-value' }],
    ['sort=--port', { key: 'sort', value: '--port', reason: 'unknown-value' }],
    ['sort=colour', { key: 'sort', value: 'colour', reason: 'unknown-value' }],
    ['open=Cas-OWA', { key: 'open', value: 'Cas-OWA', reason: 'unknown-value' }],
    ['open=..%2Fx', { key: 'open', value: '../x', reason: 'unknown-value' }],
    ['lang=fr', { key: 'lang', value: 'fr', reason: 'unknown-value' }],
    ['port=abc', { key: 'port', value: 'abc', reason: 'port-not-a-number' }],
    ['port=99999', { key: 'port', value: '99999', reason: 'port-out-of-range' }],
    ['port=9-1', { key: 'port', value: '9-1', reason: 'port-reversed' }],
  ] as const)('%s', (query, problem) => {
    const { state: s, problems } = parse(query);
    expect(problems).toEqual([problem]);
    expect(s).toEqual(DEFAULT_STATE);
  });

  it('an unknown value costs only itself; the other values of the key apply', () => {
    expect(parse('role=cas&role=exchange&role=hub')).toEqual({
      state: state({ roles: ['hub', 'cas'] }),
      problems: [{ key: 'role', value: 'exchange', reason: 'unknown-value' }],
    });
  });

  it('a repeated value, or a second value for a one-value key, is a duplicate (first wins)', () => {
    expect(parse('role=cas&role=cas&dir=in&dir=out&lang=ja&lang=en&q=a&q=b')).toEqual({
      state: state({ roles: ['cas'], dir: 'in', q: 'a' }),
      problems: [
        { key: 'role', value: 'cas', reason: 'duplicate' },
        { key: 'dir', value: 'out', reason: 'duplicate' },
        { key: 'lang', value: 'en', reason: 'duplicate' },
        { key: 'q', value: 'b', reason: 'duplicate' },
      ],
    });
  });

  it('the second example in url-state.ts says what happens', () => {
    expect(parse('?role=cas&role=nope&role=cas&port=99999&dir=in&dir=out&colour=red')).toEqual({
      state: state({ roles: ['cas'], dir: 'in' }),
      problems: [
        { key: 'role', value: 'nope', reason: 'unknown-value' },
        { key: 'role', value: 'cas', reason: 'duplicate' },
        { key: 'port', value: '99999', reason: 'port-out-of-range' },
        { key: 'dir', value: 'out', reason: 'duplicate' },
        { key: 'colour', value: 'red', reason: 'unknown-key' },
      ],
    });
  });

  it('a value that could not be read does not block a later one', () => {
    expect(parse('port=http&port=443')).toEqual({
      state: state({ port: { protocol: null, from: 443, to: 443 } }),
      problems: [{ key: 'port', value: 'http', reason: 'port-not-a-number' }],
    });
  });
});

describe('serializeUrlState', () => {
  it('the default view is an empty link', () => {
    expect(serializeUrlState(DEFAULT_STATE).toString()).toBe('');
  });

  it('writes short keys in a stable order, lists in schema order, without lang', () => {
    const link = serializeUrlState(
      state({
        table: 'rules',
        roles: ['ad', 'cas', 'hub', 'cas'],
        dir: 'out',
        port: { protocol: 'udp', from: 5060, to: 5070 },
        auth: ['basic', 'kerberos'],
        authScope: 'default',
        enc: ['none', 'default'],
        sections: ['um', 'transport'],
        q: '  自己署名 cert ',
        sort: { column: 'port', desc: true },
        open: 'cas-owa',
      }),
    );
    expect(decodeURIComponent(link.toString())).toBe(
      'table=rules&role=hub&role=cas&role=ad&dir=out&port=udp/5060-5070&auth=kerberos&auth=basic' +
        '&authin=default&enc=default&enc=none&section=transport&section=um&q=自己署名+cert' +
        '&sort=-port&open=cas-owa',
    );
  });

  it('every key it writes is one of URL_KEYS, and lang is known but never written', () => {
    expect(URL_KEYS).toContain('lang');
    expect(parse('lang=en').problems).toEqual([]);
    expect(serializeUrlState(parse('lang=en&role=um').state).toString()).toBe('role=um');
  });
});

describe('parseUrlState: the firewall scripts’ peer addresses', () => {
  it('reads each peer’s addresses, keeps the valid ones and names the rest', () => {
    const { state, problems } = parse(
      'view=scripts&role=mailbox&addr-hub=10.0.1.10,10.0.1.11&addr-ad=10.0.0.0/24,dc01%26calc&anyaddr=1',
    );
    expect(state.peers).toEqual({ hub: ['10.0.1.10', '10.0.1.11'], ad: ['10.0.0.0/24'] });
    expect(state.anyAddress).toBe(true);
    expect(problems).toEqual([
      { key: 'addr-ad', value: '10.0.0.0/24,dc01&calc', reason: 'not-an-address' },
    ]);
    expect(serializeUrlState(state).toString()).toBe(
      'view=scripts&role=mailbox&addr-hub=10.0.1.10%2C10.0.1.11&addr-ad=10.0.0.0%2F24&anyaddr=1',
    );
  });

  it('a repeated peer key is named, the first one kept; other views name the keys they ignore', () => {
    expect(parse('view=scripts&addr-hub=10.0.0.1&addr-hub=10.0.0.2').problems).toEqual([
      { key: 'addr-hub', value: '10.0.0.2', reason: 'duplicate' },
    ]);
    expect(parse('addr-hub=10.0.0.1').problems).toMatchObject([
      { key: 'addr-hub', reason: 'not-for-view' },
    ]);
  });
});

describe('parseUrlState: a link longer than 8 KB', () => {
  /** `pair` repeated, `&`-separated, to about `length` characters. */
  const repeated = (pair: string, length: number) =>
    Array.from({ length: Math.ceil(length / (pair.length + 1)) }, () => pair).join('&');

  /** Params that count the pairs read from them one by one. */
  class CountingParams extends URLSearchParams {
    looked = 0;
    override *[Symbol.iterator](): URLSearchParamsIterator<[string, string]> {
      for (const entry of super.entries()) {
        this.looked++;
        yield entry;
      }
    }
  }

  it('is read up to its last whole key=value within 8,192 characters; the values before apply', () => {
    // A cut at character 8,192 would read `port=13`: the pair is dropped whole instead.
    const head = `role=cas&dir=in&q=${'x'.repeat(8184 - 18)}`;
    expect(`${head}&port=13`).toHaveLength(8192);
    const { state: s, problems } = parse(`${head}&port=135&view=map`);
    expect(s).toEqual(state({ roles: ['cas'], dir: 'in', q: 'x'.repeat(8166) }));
    expect(problems).toEqual([
      { key: '', value: 'port=135', reason: 'link-too-long', ignored: { values: 2 } },
    ]);
    // Exactly 8,192 characters: read in full.
    expect(parse(`${head}&port=12`)).toEqual({
      state: state({
        roles: ['cas'],
        dir: 'in',
        q: 'x'.repeat(8166),
        port: { protocol: null, from: 12, to: 12 },
      }),
      problems: [],
    });
  });

  it('a value longer than the limit is not read in half, and is echoed in 40 characters', () => {
    const { state: s, problems } = parse(`dir=in&q=${'y'.repeat(10_000)}&lang=en&role=cas`);
    expect(s).toEqual(state({ dir: 'in' }));
    expect(problems).toEqual([
      {
        key: '',
        value: `q=${'y'.repeat(38)}…`,
        reason: 'link-too-long',
        ignored: { values: 3 },
      },
    ]);
    // The language is read from the same part of the link.
    expect(readLink(new URLSearchParams(`q=${'y'.repeat(10_000)}&lang=en`)).lang).toBeNull();
  });

  it('a 1 MB link of repeated keys costs what 8 KB costs: one problem names the rest', () => {
    const link = new CountingParams(`role=cas&${repeated('port=135', 1_000_000)}`);
    const { state: s, problems } = parseUrlState(link);
    expect(s).toEqual(state({ roles: ['cas'], port: { protocol: null, from: 135, to: 135 } }));
    // `role=cas` and 909 `&port=135` fill 8,184 of the 8,192 characters: 910 pairs read, then the
    // one cut off is looked at (the old parser read all 111,112, and named 111,110 duplicates).
    expect(link.looked).toBeLessThanOrEqual(Math.ceil(8192 / 9) + 2);
    expect(problems.length).toBeLessThanOrEqual(Math.ceil(8192 / 9));
    expect(problems[0]).toEqual({
      key: '',
      value: 'port=135',
      reason: 'link-too-long',
      ignored: { values: link.size - 910 },
    });
    // The link the app writes back stays within the limit: it never grows back.
    expect(serializeUrlState(s).toString()).toBe('role=cas&port=135');
  });
});

describe('readLink: the view and the language, from one bounded read', () => {
  it('reads the view as parseUrlState does, and the first lang that reads as one', () => {
    const query = 'lang=fr&role=cas&lang= en &lang=ja&port=99999';
    expect(readLink(new URLSearchParams(query))).toEqual({ ...parse(query), lang: 'en' });
    expect(readLink(new URLSearchParams('role=cas')).lang).toBeNull();
  });

  it('reads the language only from the part of a long link that is read', () => {
    const long = `lang=en&q=${'y'.repeat(10_000)}&lang=ja`;
    expect(readLink(new URLSearchParams(long))).toEqual({ ...parse(long), lang: 'en' });
  });
});
