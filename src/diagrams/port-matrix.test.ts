import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { resources } from '../i18n/resources.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import type { PlanWords } from '../plan/plan-text.ts';
import { pairLines } from './pair-lines.ts';
import { buildMatrix } from './port-matrix.ts';

const catalog = readCommittedCatalog();
const planning = (env: Environment = DEFAULT_ENVIRONMENT) => ({
  rules: catalog.firewallRules,
  env,
});

/** The plan's words straight from the locale files (the app's usePlanWords does the same). */
const wordsOf = (lng: 'ja' | 'en'): PlanWords => {
  const { words, setting } = resources[lng].plan;
  return {
    ...words,
    unnumbered: (service) => words.unnumbered.replace('{{service}}', service),
    setting: (key) => setting[key],
    endpoint: (id) => id,
    encryption: (cls) => resources[lng].explorer.enc[cls],
  };
};
const en = wordsOf('en');

describe('buildMatrix', () => {
  const matrix = buildMatrix(catalog.dataPaths, planning());
  const lines = (from: string, to: string, env?: Environment) => {
    const m = env ? buildMatrix(catalog.dataPaths, planning(env)) : matrix;
    const pair = { from, to } as Parameters<typeof pairLines>[1];
    return pairLines(m.cell(pair.from, pair.to)!.plan, pair, en);
  };

  it('puts every data path in exactly one cell', () => {
    const counted = matrix.sources.flatMap((f) =>
      matrix.targets.map((t) => matrix.cell(f, t)?.paths.length ?? 0),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(catalog.dataPaths.length);
  });

  it('plans exactly the paths of its pair, and keeps the weakest encryption', () => {
    for (const from of matrix.sources)
      for (const to of matrix.targets) {
        const cell = matrix.cell(from, to);
        if (!cell) continue;
        expect(cell.paths.every((p) => p.from === from && p.to === to)).toBe(true);
        const planned = new Set(cell.plan.entries.flatMap((e) => e.pathIds));
        for (const id of planned) expect(cell.paths.map((p) => p.id)).toContain(id);
      }
    expect(matrix.cell('mailbox', 'mailbox')!.encryption).toBe('none'); // mailbox assistants
    expect(matrix.cell('hub', 'hub')!.encryption).toBe('default');
    expect(matrix.cell('hub', 'hub')!.unsupported).toBe(true);
    expect(matrix.cell('hub', 'edge')!.unsupported).toBe(false);
  });

  it('writes a cell from the plan: ranges merged, the RPC pair as one opening', () => {
    expect(lines('hub', 'edge')).toEqual(['TCP 25, 50636']);
    expect(lines('um', 'cas')).toContain('TCP 5075-5077');
    const mbxToAd = lines('mailbox', 'ad');
    expect(mbxToAd).toEqual([
      'TCP 53, 88, 389, 3268',
      'TCP 135 + 49152-65535 (dynamic range, Windows default)≈',
      'UDP 53, 88, 389',
    ]);
    // 135 and the dynamic range are one line, never two.
    expect(mbxToAd.filter((l) => l.includes('135'))).toHaveLength(1);
  });

  it('marks an entry the destination connects out on, and one either end connects on', () => {
    // The OCS row: 5075-5077 IN to the CAS, 5061 OUT from it.
    expect(lines('ocs', 'cas')).toEqual(['← TCP 5061', 'TCP 5075-5077']);
    expect(lines('ip-gateway', 'um')).toEqual([
      '⇄ TCP 5060-5061',
      'TCP 5065-5068, 16000-17000',
      '⇄ UDP 1024-65535',
    ]);
  });

  it("shows the environment's RPC range and DAG port, never the default's", () => {
    const env = { ...DEFAULT_ENVIRONMENT, dagPort: 64330, rpcRange: { from: 6005, to: 59530 } };
    const text = lines('mailbox', 'mailbox', env).join('\n');
    expect(text).toContain('64330 (DAG replication)');
    expect(text).toContain('TCP 135 + 6005-59530 (your dynamic range)');
    expect(text).not.toContain('64327');
    expect(text).not.toContain('49152');
    expect(lines('mailbox', 'mailbox').join('\n')).toContain('64327');
  });

  it('has rows and columns only for endpoints that occur, roles first', () => {
    expect(matrix.sources.slice(0, 5)).toEqual(['hub', 'edge', 'mailbox', 'cas', 'um']);
    expect(matrix.targets).toContain('ad');
    expect(matrix.sources).not.toContain('ad');
  });
});
