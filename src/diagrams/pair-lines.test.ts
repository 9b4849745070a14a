import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { DEFAULT_ENVIRONMENT } from '../plan/environment.ts';
import type { PlanWords } from '../plan/plan-text.ts';
import { TEST_PLAN_WORDS } from '../plan/test-words.ts';
import { pairPlan } from './pair-groups.ts';
import {
  joinSpoken,
  lineTokens,
  linesSpoken,
  pairLines,
  pairSpoken,
  wrapLine,
} from './pair-lines.ts';

const catalog = readCommittedCatalog();
const words: PlanWords = { ...TEST_PLAN_WORDS, encryption: (cls) => cls };
const planOf = (from: string, to: string, env = DEFAULT_ENVIRONMENT) =>
  pairPlan(
    catalog.dataPaths.filter((p) => p.from === from && p.to === to),
    { rules: catalog.firewallRules, env },
  );

describe('wrapLine', () => {
  it('breaks after a list comma or the "+" of the RPC pair, never inside a range, indents', () => {
    expect(wrapLine('TCP 80, 110, 143, 443, 993, 995', 20)).toEqual([
      'TCP 80, 110, 143,',
      '  443, 993, 995',
    ]);
    expect(wrapLine('TCP 135 + 49152-65535 (dynamic)≈', 28)).toEqual([
      'TCP 135 + 49152-65535',
      '  (dynamic)≈',
    ]);
    expect(wrapLine('TCP 135 + 59532 (a) + 6005-59530', 17)).toEqual([
      'TCP 135 + 59532',
      '  (a) +',
      '  6005-59530',
    ]);
    expect(lineTokens('⇄ TCP 135 + 49152-65535 (dynamic)≈')).toEqual([
      '⇄ TCP ',
      '135 + ',
      '49152-65535 ',
      '(dynamic)≈',
    ]);
    // Too narrow: the way mark stays with the protocol, a range stays whole.
    expect(wrapLine('⇄ TCP 5060-5061', 3)).toEqual(['⇄ TCP', '  5060-5061']);
  });

  it('breaks Japanese after 、 and counts a Japanese character as two columns', () => {
    expect(wrapLine('TCP 53、88、389、3268', 14)).toEqual(['TCP 53、88、', '  389、3268']);
    expect(wrapLine('TCP 64327 (DAG レプリケーション)', 28)).toEqual([
      'TCP 64327 (DAG',
      '  レプリケーション)',
    ]);
  });

  it('never wraps without a width', () => {
    const long = 'TCP 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20';
    expect(wrapLine(long, Infinity)).toEqual([long]);
  });
});

describe('pairLines and pairSpoken', () => {
  it('write one entry a line, from the plan: merged ranges, the RPC pair as one opening', () => {
    expect(pairLines(planOf('um', 'cas'), { from: 'um', to: 'cas' }, words)).toEqual([
      '⇄ TCP 135 + 49152-65535 (dynamic)≈',
      'TCP 5075-5077',
    ]);
    expect(
      pairLines(planOf('mailbox', 'mailbox'), { from: 'mailbox', to: 'mailbox' }, words),
    ).toContain('TCP 64327 (<dagPort>)');
  });

  it('read aloud: entries apart by "; ", who connects named against the arrow, no ",,"', () => {
    const ocs = pairSpoken(
      planOf('ocs', 'cas'),
      { from: 'ocs', to: 'cas' },
      {
        ...words,
        bothWays: 'either end',
      },
    );
    expect(ocs).toBe('TCP 5061 ([cas] → [ocs]); TCP 5075-5077');
    const gateway = pairSpoken(
      planOf('ip-gateway', 'um'),
      { from: 'ip-gateway', to: 'um' },
      {
        ...words,
        bothWays: 'either end',
      },
    );
    expect(gateway).toBe(
      'TCP 5060-5061 (either end); TCP 5065-5068, 16000-17000; UDP 1024-65535 (either end)',
    );
    for (const key of new Set(catalog.dataPaths.map((p) => `${p.from}>${p.to}`))) {
      const [from, to] = key.split('>') as [string, string];
      const spoken = pairSpoken(planOf(from, to), { from, to } as never, {
        ...words,
        bothWays: 'either end',
      });
      expect(spoken).not.toMatch(/,\s*,|;\s*;|,\s*;|^\s|\s$/);
      expect(spoken).not.toBe('');
    }
  });

  it('joins spoken items without empty ones: never "143,, 993"', () => {
    expect(joinSpoken(['TCP 80, 443, 110, 995, 143,', '993'], ', ')).toBe(
      'TCP 80, 443, 110, 995, 143, 993',
    );
    expect(joinSpoken(['TCP 25', '', '  ', ';', 'UDP 53'], '; ')).toBe('TCP 25; UDP 53');
    expect(joinSpoken(['TCP 53、88、', '389'], '、')).toBe('TCP 53、88、389');
    // A wrapped label reads as its entries: the continuation after a space, entries apart by "; ".
    expect(
      linesSpoken(['● TCP 80, 110, 143,', '  443, 993, 995', 'TCP 135 +', '  49152-65535']),
    ).toBe('● TCP 80, 110, 143, 443, 993, 995; TCP 135 + 49152-65535');
    expect(linesSpoken(['TCP 80、110、', '  143'])).toBe('TCP 80、110、143');
    for (const width of [12, 20, 28]) {
      const lines = pairLines(planOf('client', 'cas'), { from: 'client', to: 'cas' }, words, width);
      expect(linesSpoken(lines)).not.toMatch(/,\s*,|;\s*;|,\s*;|、\s*、/);
    }
  });
});
