import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTH_IDS, ENDPOINT_IDS, SECTION_IDS } from '../catalog/ids.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import {
  PAPERS,
  SCRIPT_KINDS,
  SORT_COLUMNS,
  TABLES,
  VIEWS,
  type ViewState,
  type UrlProblem,
} from './view-state.ts';
import {
  AUTH_SCOPES,
  DIRECTIONS,
  ENCRYPTION_CLASSES,
  SHEET_TEXTS,
  type PortQuery,
} from '../filters/filter-values.ts';
import { formatPortQuery, parsePortQuery } from '../filters/port-query.ts';
import { boundLink, parseUrlState, serializeUrlState, URL_KEYS } from './url-state.ts';
import { SORTS_BY_TABLE, VIEW_KEYS } from './link-review.ts';

const catalog = readCommittedCatalog();
const rowIds = [...catalog.dataPaths, ...catalog.firewallRules].map((r) => r.id);

/** A subset of `ids`, deduplicated and in their order: the form serialising gives. */
const subsetOf = <T extends string>(ids: readonly T[]) =>
  fc.subarray([...ids]).map((picked) => ids.filter((id) => picked.includes(id)));

const portQuery: fc.Arbitrary<PortQuery> = fc
  .tuple(
    fc.integer({ min: 1, max: 65535 }),
    fc.integer({ min: 1, max: 65535 }),
    fc.constantFrom('tcp' as const, 'udp' as const, null),
  )
  .map(([a, b, protocol]) => ({ protocol, from: Math.min(a, b), to: Math.max(a, b) }));

// Full-width, kana, emoji and spaces: what people paste into the search box.
const freeText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('自己署名', 'ＥＤＧＥＳＹＮＣ', 'ｴｯｼﾞ', 'owa 🔒', ' a\u3000b ', '+&=%'),
);

const staticPort = fc.integer({ min: 1024, max: 65535 });

const validState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  text: fc.option(fc.constantFrom(...SHEET_TEXTS), { nil: null }),
  paper: fc.constantFrom(...PAPERS),
  script: fc.constantFrom(...SCRIPT_KINDS),
  table: fc.constantFrom(...TABLES),
  roles: subsetOf(ENDPOINT_IDS),
  dir: fc.constantFrom(...DIRECTIONS),
  from: fc.option(fc.constantFrom(...ENDPOINT_IDS), { nil: null }),
  to: fc.option(fc.constantFrom(...ENDPOINT_IDS), { nil: null }),
  port: fc.option(portQuery, { nil: null }),
  auth: subsetOf(AUTH_IDS),
  authScope: fc.constantFrom(...AUTH_SCOPES),
  enc: subsetOf(ENCRYPTION_CLASSES),
  sections: subsetOf(SECTION_IDS),
  q: freeText.map((q) => q.trim()),
  sort: fc.option(fc.record({ column: fc.constantFrom(...SORT_COLUMNS), desc: fc.boolean() }), {
    nil: null,
  }),
  open: fc.option(fc.oneof(fc.constantFrom(...rowIds), fc.stringMatching(/^[a-z0-9-]{1,20}$/)), {
    nil: null,
  }),
  env: fc.record({
    rpcRange: fc.option(
      fc
        .tuple(fc.integer({ min: 1025, max: 65535 }), fc.integer({ min: 1025, max: 65535 }))
        .filter(([a, b]) => Math.abs(a - b) >= 254)
        .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      { nil: null },
    ),
    rpcClientAccess: fc.option(staticPort, { nil: null }),
    addressBook: fc.option(staticPort, { nil: null }),
    publicFolderRpc: fc.option(staticPort, { nil: null }),
    dagPort: fc.option(staticPort, { nil: null }),
  }),
  appendix: fc.boolean(),
  // Only the scripts view reads these: mostly unset, or the round trip rejects most states.
  peers: fc.oneof(
    { arbitrary: fc.constant({}), weight: 9 },
    {
      arbitrary: fc.dictionary(
        fc.constantFrom(...ENDPOINT_IDS),
        fc.subarray(
          ['10.0.1.10', '10.0.0.0/24', '10.0.1.5-10.0.1.9', 'fe80::1', 'LocalSubnet', 'Any'],
          { minLength: 1 },
        ),
      ),
      weight: 1,
    },
  ),
  anyAddress: fc.oneof(
    { arbitrary: fc.constant(false), weight: 9 },
    { arbitrary: fc.constant(true), weight: 1 },
  ),
});

/** A state every key of whose link its view reads (so its link reads with no message). */
const readsEverything = (s: ViewState) => {
  const link = serializeUrlState(s);
  const reads = new Set(['view', ...VIEW_KEYS[s.view]]);
  const keysRead = [...link.keys()].every((key) => reads.has(key));
  const rulesIgnore = ['dir', 'from', 'to', 'auth', 'authin', 'enc', 'section'];
  const tableReads = !(
    s.view === 'explorer' &&
    s.table === 'rules' &&
    [...link.keys()].some((key) => rulesIgnore.includes(key))
  );
  const sortFits =
    s.view !== 'explorer' || !s.sort || SORTS_BY_TABLE[s.table].includes(s.sort.column);
  const oneRoleFits = !['sheet', 'scripts', 'check'].includes(s.view) || s.roles.length <= 1;
  return keysRead && tableReads && sortFits && oneRoleFits;
};

describe('round trip', () => {
  it('parse(serialize(state)) is the state, with no problems, also through the link text', () => {
    fc.assert(
      fc.property(validState.filter(readsEverything), (state) => {
        const params = serializeUrlState(state);
        expect(parseUrlState(params)).toEqual({ state, problems: [] });
        expect(parseUrlState(new URLSearchParams(params.toString()))).toEqual({
          state,
          problems: [],
        });
      }),
      { numRuns: 300 },
    );
    // Most random states hold a key their view does not read: the filter rejects many.
  }, 30_000);

  it('in every view: what the view does not read is named, the one-role views keep one role', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: read, problems } = parseUrlState(serializeUrlState(state));
        expect(problems.map((p) => p.reason)).toEqual(
          problems.map(() => expect.stringMatching(/^(not-for-view|not-for-table|one-role)$/)),
        );
        const oneRole =
          ['sheet', 'scripts', 'check'].includes(state.view) && state.roles.length > 1;
        const badSort =
          state.view === 'explorer' &&
          state.sort !== null &&
          !SORTS_BY_TABLE[state.table].includes(state.sort.column);
        expect(read).toEqual({
          ...state,
          roles: oneRole ? state.roles.slice(0, 1) : state.roles,
          sort: badSort ? null : state.sort,
        });
        expect(problems.length === 0).toBe(readsEverything(state));
      }),
      { numRuns: 1000 },
    );
  });
});

const isIn = (ids: readonly string[], value: unknown) => ids.includes(value as string);
const isCanonicalList = (ids: readonly string[], list: string[]) =>
  list.join() === ids.filter((id) => list.includes(id)).join();

/** Every field holds something the view can show. */
const expectValid = (s: ViewState) => {
  expect(isIn(TABLES, s.table) && isIn(DIRECTIONS, s.dir) && isIn(AUTH_SCOPES, s.authScope)).toBe(
    true,
  );
  expect(isCanonicalList(ENDPOINT_IDS, s.roles)).toBe(true);
  expect(isCanonicalList(AUTH_IDS, s.auth)).toBe(true);
  expect(isCanonicalList(ENCRYPTION_CLASSES, s.enc)).toBe(true);
  expect(isCanonicalList(SECTION_IDS, s.sections)).toBe(true);
  if (s.port) expect(parsePortQuery(formatPortQuery(s.port))).toEqual({ ok: true, query: s.port });
  expect(s.q).toBe(s.q.trim());
  if (s.sort) expect(isIn(SORT_COLUMNS, s.sort.column)).toBe(true);
  if (s.open !== null) expect(s.open).toMatch(/^[a-z0-9-]+$/);
  expect(isIn(VIEWS, s.view) && isIn(PAPERS, s.paper) && isIn(SCRIPT_KINDS, s.script)).toBe(true);
  if (s.text !== null) expect(isIn(SHEET_TEXTS, s.text)).toBe(true);
  for (const end of [s.from, s.to]) if (end !== null) expect(isIn(ENDPOINT_IDS, end)).toBe(true);
};

/** Whether the state shows what this one value asked for. */
const reflected = (key: string, value: string, s: ViewState): boolean => {
  const v = value.trim();
  switch (key) {
    case 'table':
      return s.table === v;
    case 'view':
      return s.view === v;
    case 'text':
      return s.text === v;
    case 'paper':
      return s.paper === v;
    case 'script':
      return s.script === v;
    case 'from':
      return s.from === v;
    case 'to':
      return s.to === v;
    case 'dir':
      return s.dir === v;
    case 'authin':
      return s.authScope === v;
    case 'role':
      return isIn(s.roles, v);
    case 'auth':
      return isIn(s.auth, v);
    case 'enc':
      return isIn(s.enc, v);
    case 'section':
      return isIn(s.sections, v);
    case 'q':
      return s.q === v;
    // Flags: `0` is read as the default, so it is reflected as well as `1`.
    case 'anyaddr':
      return (v === '1' || v === '0') && s.anyAddress === (v === '1');
    case 'appendix':
      return (v === '1' || v === '0') && s.appendix === (v === '1');
    case 'open':
      return s.open === v;
    case 'sort':
      return s.sort !== null && `${s.sort.desc ? '-' : ''}${s.sort.column}` === v;
    case 'port': {
      const read = parsePortQuery(v);
      return read.ok && s.port !== null && formatPortQuery(read.query) === formatPortQuery(s.port);
    }
    case 'lang':
      return v === 'ja' || v === 'en';
    default:
      return false;
  }
};

const expectProblemsAccountForEverything = (params: URLSearchParams) => {
  const { state, problems: all } = parseUrlState(params);
  expectValid(state);
  // A link over LINK_LIMIT is read up to the cut; one problem names the rest.
  const cut = boundLink(params);
  const problems = all.filter((p) => p !== all[0] || !cut.problem);
  if (cut.problem) expect(all[0]).toEqual(cut.problem);
  const pairs = [...cut.params];
  const has = (key: string, value: string, reason?: UrlProblem['reason']) =>
    problems.some((p) => p.key === key && p.value === value && (!reason || p.reason === reason));
  for (const [key, value] of pairs) {
    if (!isIn(URL_KEYS, key)) expect(has(key, value, 'unknown-key')).toBe(true);
    else if (value.trim() !== '' && !reflected(key, value, state))
      expect(has(key, value)).toBe(true);
  }
  // Problems name only what the link holds, each at most once per occurrence.
  expect(problems.length).toBeLessThanOrEqual(pairs.length);
  for (const p of problems) expect(pairs.some(([k, v]) => k === p.key && v === p.value)).toBe(true);
};

const validValue: Record<string, fc.Arbitrary<string>> = {
  view: fc.constantFrom(...VIEWS),
  text: fc.constantFrom(...SHEET_TEXTS),
  paper: fc.constantFrom(...PAPERS),
  script: fc.constantFrom(...SCRIPT_KINDS),
  from: fc.constantFrom(...ENDPOINT_IDS),
  to: fc.constantFrom(...ENDPOINT_IDS),
  table: fc.constantFrom(...TABLES),
  role: fc.constantFrom(...ENDPOINT_IDS),
  dir: fc.constantFrom(...DIRECTIONS),
  port: fc.oneof(portQuery.map(formatPortQuery), fc.constantFrom('TCP/443', '５０６０〜５０７０')),
  auth: fc.constantFrom(...AUTH_IDS),
  authin: fc.constantFrom(...AUTH_SCOPES),
  enc: fc.constantFrom(...ENCRYPTION_CLASSES),
  section: fc.constantFrom(...SECTION_IDS),
  q: freeText,
  sort: fc.constantFrom(...SORT_COLUMNS.flatMap((c) => [c, `-${c}`])),
  open: fc.constantFrom(...rowIds),
  lang: fc.constantFrom('ja', 'en'),
};

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }), // lone surrogates become U+FFFD in URLSearchParams
  fc.constantFrom('', ' ', 'ＣＡＳ', 'cas ', '🔥', '-', '0', '65536', 'tcp/', 'Hub', '%zz'),
);

const pair = fc
  .oneof(fc.constantFrom(...URL_KEYS), fc.string(), fc.constantFrom('Role', 'roles', 'ｑ', ''))
  .chain((key) =>
    // hasOwn: fast-check likes keys such as "constructor" and "__proto__".
    fc.tuple(
      fc.constant(key),
      Object.hasOwn(validValue, key) ? fc.oneof(validValue[key]!, junk) : junk,
    ),
  );

describe('robustness', () => {
  it('arbitrary key/value pairs: never throws, valid state, every ignored value reported', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        expectProblemsAccountForEverything(params);
        // and again through the text of the link
        expectProblemsAccountForEverything(new URLSearchParams(params.toString()));
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary query strings: never throws, valid state, every ignored value reported', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.webSegment(),
      fc.webQueryParameters(),
      fc.array(fc.oneof(fc.constantFrom(...URL_KEYS), fc.webSegment())).map((ks) => ks.join('=&')),
    );
    fc.assert(
      fc.property(text, (s) => {
        expectProblemsAccountForEverything(new URLSearchParams(s));
      }),
      { numRuns: 2000 },
    );
  });
});
