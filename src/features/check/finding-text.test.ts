// Every finding the checker gives, worded in both languages: no placeholder left, the rule's
// name and line as pasted, the numbers of the finding in the sentence; and every problem of a
// paste in words. The findings are the checker's own (a mutated rule set per kind and reason).
import { describe, expect, it } from 'vitest';
import { GFW_NOTE_ID } from '../../catalog/ids.ts';
import type { RoleId } from '../../catalog/schema.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../plan/environment.ts';
import { ruleSet } from '../../firewall-scripts/rule-set.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import { checkServerRules } from '../../firewall-check/check-rules.ts';
import { expectedServerRules } from '../../firewall-check/expected-rules.ts';
import type { Finding } from '../../firewall-check/findings.ts';
import { parseExport } from '../../firewall-check/parse-export.ts';
import type { ParseProblem, ServerRule } from '../../firewall-check/server-rules.ts';
import { catalog, everyPeer, ports, serverRule } from '../../firewall-check/test-support.ts';
import { checkWordsOf } from './check-words.ts';
import { findingText, openingText, problemText, type TextContext } from './finding-text.ts';

const PEERS = everyPeer('single');

function check(
  role: RoleId,
  change: (rules: ServerRule[]) => ServerRule[],
  env: Environment = DEFAULT_ENVIRONMENT,
  dir: ScriptDirection = 'in',
) {
  const rules = expectedServerRules(ruleSet(catalog, role, dir, DEFAULT_ENVIRONMENT), PEERS);
  return checkServerRules({ catalog, role, dir, env, peers: PEERS, rules: change(rules) });
}

const named = (part: string) => (r: ServerRule) => r.name.includes(part);

/** One report per kind and reason, as the checker's tests make them. */
const CASES: { role: RoleId; env?: Environment; change: (rules: ServerRule[]) => ServerRule[] }[] =
  [
    {
      role: 'hub',
      change: (r) => [
        ...r,
        serverRule({ name: 'Block SMTP', action: 'block', localPorts: ports(25) }),
      ],
    },
    {
      role: 'edge',
      change: (r) => r.map((x) => (named('50636')(x) ? { ...x, protocol: 'udp' as const } : x)),
    },
    { role: 'mailbox', env: { ...DEFAULT_ENVIRONMENT, dagPort: 64330 }, change: (r) => r },
    {
      role: 'hub',
      change: (r) => [
        ...r,
        serverRule({ name: 'SMTP relay', localPorts: ports(2525), remoteAddresses: ['10.9.9.9'] }),
      ],
    },
    {
      role: 'mailbox',
      change: (r) =>
        r.map((x) => (named('endpoint mapper')(x) ? { ...x, remoteAddresses: ['*'] } : x)),
    },
    {
      role: 'mailbox',
      change: (r) => [
        ...r,
        serverRule({
          name: 'High ports',
          localPorts: ports([1024, 65535]),
          remoteAddresses: ['10.0.0.0/255.0.0.0'],
        }),
      ],
    },
    { role: 'um', change: (r) => [...r, serverRule({ name: 'SESWorker (GFW) (TCP-In)' })] },
    { role: 'edge', change: (r) => [...r, serverRule({ name: 'All TCP' })] },
    {
      role: 'edge',
      change: (r) => [...r, serverRule({ name: 'ADAM 50389', localPorts: ports(50389) })],
    },
  ];

const FINDINGS: { role: RoleId; env: Environment; finding: Finding }[] = CASES.flatMap((c) =>
  check(c.role, c.change, c.env).findings.map((finding) => ({
    role: c.role,
    env: c.env ?? DEFAULT_ENVIRONMENT,
    finding,
  })),
);

const reasonOf = (f: Finding) => ('reason' in f ? `${f.kind}/${f.reason}` : f.kind);

const context = (lang: 'en' | 'ja', role: RoleId, env: Environment): TextContext => ({
  say: checkWordsOf(lang),
  lang,
  catalog,
  role,
  dir: 'in',
  env,
});

describe('findings in words', () => {
  it('the cases give every kind and reason the checker knows', () => {
    expect(new Set(FINDINGS.map((f) => reasonOf(f.finding)))).toEqual(
      new Set([
        'blocked',
        'missing',
        'wrong-protocol-or-port/other-protocol',
        'wrong-protocol-or-port/default-dag-port',
        'wrong-protocol-or-port/named-for',
        'too-broad/any-address',
        'too-broad/no-program',
        'too-broad/wider-range',
        'too-broad/any-port',
        'too-broad/setup-gfw',
        'not-needed',
      ]),
    );
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: every finding is a full sentence with its rule, line and numbers`, () => {
      for (const { role, env, finding } of FINDINGS) {
        const text = findingText(finding, context(lang, role, env));
        const all = [text.label, text.headline, ...text.details, text.action].join('\n');
        expect(all, reasonOf(finding)).not.toMatch(/{{|}}/);
        if ('rule' in finding) {
          expect(text.headline, reasonOf(finding)).toContain(finding.rule.name);
          expect(text.headline, reasonOf(finding)).toContain(`${finding.rule.line}`);
        }
        if (finding.kind === 'missing') expect(text.details[0]).toContain(finding.ports[0]);
        if (finding.kind === 'wrong-protocol-or-port') {
          expect(text.headline).toContain(finding.expected.ports[0]);
          expect(text.headline).toContain(finding.found.ports[0]);
        }
        if (finding.kind === 'too-broad' && finding.reason === 'wider-range')
          expect(text.headline).toContain('1024-3342');
        for (const spec of text.specs)
          expect(openingText(spec, context(lang, role, env))).not.toMatch(/{{|}}/);
      }
    });
  }

  it('says the EdgeSync mistake the way an administrator reads it', () => {
    const found = FINDINGS.filter((f) => f.role === 'edge' && f.finding.kind !== 'not-needed');
    const [missing, wrong] = found.map((f) => findingText(f.finding, context('en', 'edge', f.env)));
    expect(missing?.details).toEqual([
      'Not covered: TCP 50636.',
      'Peer addresses not covered: 10.1.0.10.',
    ]);
    expect(wrong?.headline).toMatch(/allows UDP 50636; the opening needs TCP 50636\.$/);
    expect(openingText(wrong!.specs[0]!, context('en', 'edge', DEFAULT_ENVIRONMENT))).toBe(
      'TCP 50636 from Hub Transport server',
    );
    expect(openingText(wrong!.specs[0]!, context('ja', 'edge', DEFAULT_ENVIRONMENT))).toBe(
      'TCP 50636 (ハブ トランスポート サーバー から)',
    );
  });

  it("cites the source's note on (GFW) rules, which says what it is", () => {
    const gfw = FINDINGS.find((f) => reasonOf(f.finding) === 'too-broad/setup-gfw')!;
    expect(findingText(gfw.finding, context('en', gfw.role, gfw.env)).noteIds).toEqual([
      GFW_NOTE_ID,
    ]);
    expect(catalog.notes.find((n) => n.id === GFW_NOTE_ID)?.ja).toContain('(GFW)');
  });

  it('dynamic RPC in words follows the environment', () => {
    const mailbox = FINDINGS.find((f) => reasonOf(f.finding) === 'too-broad/any-address')!;
    const env = { ...DEFAULT_ENVIRONMENT, rpcRange: { from: 6005, to: 59530 } };
    const spec = (mailbox.finding as { specs: Parameters<typeof openingText>[0][] }).specs[0]!;
    expect(openingText(spec, context('en', 'mailbox', env))).toContain('135 (RPC endpoint mapper)');
  });
});

describe('problems of a paste in words', () => {
  const problems: ParseProblem[] = [
    { line: 0, kind: 'empty' },
    { line: 0, kind: 'unknown-format' },
    { line: 0, kind: 'unknown-format', text: 'netsh' },
    { line: 0, kind: 'unknown-format', text: 'Get-NetFirewallRule' },
    { line: 0, kind: 'unknown-format', text: 'Format-List' },
    { line: 0, kind: 'unknown-format', text: 'no-marker' },
    { line: 1, kind: 'unknown-format', text: 'format 2' },
    { line: 9, kind: 'truncated' },
    { line: 9, kind: 'count-mismatch', expected: 7, found: 6 },
    { line: 5, kind: 'bad-line', text: 'a\tb' },
    { line: 5, kind: 'bad-value', field: 'Direction', text: '3' },
    { line: 3, kind: 'bad-header', text: 'Name Enabled' },
  ];

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: each is a sentence, each hint its own`, () => {
      const say = checkWordsOf(lang);
      const texts = problems.map((p) => problemText(p, say, 6));
      for (const text of texts) expect(text).not.toMatch(/{{|}}/);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts[2]).toContain('netsh');
      expect(texts[6]).toContain('format 2');
      expect(texts[7]).toContain('6');
      expect(texts[10]).toContain('Direction');
    });
  }

  it('a netsh paste is told apart, in the words of a Japanese Windows too', () => {
    const say = checkWordsOf('ja');
    const netsh = parseExport(
      '規則名:                                 コア ネットワーク - DNS (UDP-Out)\n',
    );
    expect(problemText(netsh.problems[0]!, say, 0)).toContain('netsh advfirewall');
  });
});
