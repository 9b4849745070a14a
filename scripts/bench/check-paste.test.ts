import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../../src/catalog/test-support.ts';
import { DEFAULT_ENVIRONMENT } from '../../src/plan/environment.ts';
import { checkServerRules } from '../../src/firewall-check/check-rules.ts';
import { parseExport } from '../../src/firewall-check/parse-export.ts';
import { isWindowsOwnRule } from '../../src/firewall-check/windows-own-rules.ts';
import { makeCheckPaste } from './check-paste.ts';

describe('makeCheckPaste', () => {
  const catalog = readCommittedCatalog();
  const parsed = parseExport(makeCheckPaste(catalog, 10_000));

  it('reads as 10,000 rules without a problem', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.rules).toHaveLength(10_000);
  });

  it('holds every opening of the role, among a realistic mix', () => {
    const { rules } = parsed;
    const report = checkServerRules({
      catalog,
      role: 'cas',
      dir: 'in',
      env: DEFAULT_ENVIRONMENT,
      peers: {},
      rules,
    });
    expect(report.summary.rulesRead).toBe(10_000);
    expect(report.summary.counts.missing).toBe(0);
    expect(report.summary.counts.blocked).toBe(0);
    const share = (test: (r: (typeof rules)[number]) => boolean) =>
      rules.filter(test).length / rules.length;
    expect(share(isWindowsOwnRule)).toBeGreaterThan(0.3);
    expect(share((r) => !r.enabled)).toBeGreaterThan(0.1);
    expect(share((r) => r.direction === 'out')).toBeGreaterThan(0.1);
    expect(share((r) => r.program !== null)).toBeGreaterThan(0.3);
    expect(
      share((r) => r.localPorts.some((p) => p.kind === 'range' && p.to > p.from)),
    ).toBeGreaterThan(0.05);
    expect(share((r) => r.remoteAddresses.length > 1)).toBeGreaterThan(0.05);
  });
});
