import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { SCRIPT_KINDS } from '../../view/view-state.ts';
import { selectRole } from '../../view/selection.ts';
import { scriptFile, scriptOf } from './script-file.ts';
import { testOptions } from '../../firewall-scripts/test-support.ts';

const catalog = readCommittedCatalog();

describe('scripts from the selection', () => {
  it('a role selection holds the paths at either end of the role and only its rules', () => {
    for (const role of ROLE_IDS) {
      const { subset, inbound, outbound, rules } = selectRole(catalog, role);
      expect(subset.dataPaths.every((p) => p.from === role || p.to === role)).toBe(true);
      expect(subset.dataPaths.length).toBe(
        catalog.dataPaths.filter((p) => p.from === role || p.to === role).length,
      );
      expect(inbound.every((p) => p.to === role)).toBe(true);
      expect(outbound.every((p) => p.from === role)).toBe(true);
      expect(rules.every((r) => r.roles.includes(role))).toBe(true);
    }
  });

  it.each(ROLE_IDS)(
    '%s: every script reads the same from the selection as from the catalog',
    (role) => {
      for (const kind of SCRIPT_KINDS) {
        for (const dir of ['in', 'out'] as const) {
          const options = testOptions({ peers: { mailbox: ['10.0.1.10'], ad: ['10.0.0.0/24'] } });
          const fromSelection = scriptFile(catalog, role, dir, kind, options);
          expect(fromSelection.text).toBe(scriptOf(catalog, role, dir, kind, options).text);
          expect(fromSelection.text.length).toBeGreaterThan(200);
        }
      }
    },
  );
});

describe('scripts in the environment', () => {
  const env = {
    rpcRange: { from: 6005, to: 59530 },
    rpcClientAccess: null,
    addressBook: null,
    publicFolderRpc: null,
    dagPort: 64330,
  };
  const options = testOptions({ env });

  it('the DAG port replaces 64327 in rules and checks, and the header names the environment', () => {
    const ps = scriptFile(catalog, 'mailbox', 'in', 'powershell', options).text;
    expect(ps).toContain("-LocalPort '64330'");
    expect(ps).not.toContain("-LocalPort '64327'");
    expect(ps).toContain('# Your environment (from the link; not from the source document):');
    const netsh = scriptFile(catalog, 'mailbox', 'in', 'netsh', options).text;
    expect(netsh).toContain('localport=64330');
    const checks = scriptFile(catalog, 'mailbox', 'out', 'test', options).text;
    expect(checks).toContain('Port = 64330');
    expect(checks).not.toContain('Port = 64327');
  });

  it('outbound RPC opens the environment’s range to Exchange servers', () => {
    const out = scriptFile(catalog, 'hub', 'out', 'netsh', options).text;
    expect(out).toContain('remoteport=135,6005-59530 ');
    expect(out).toContain('(6005-59530: your environment');
  });

  it('the default environment changes nothing', () => {
    expect(scriptFile(catalog, 'mailbox', 'in', 'powershell', testOptions()).text).toContain(
      "-LocalPort '64327'",
    );
  });

  it('file names and byte order marks follow the target', () => {
    expect(scriptFile(catalog, 'cas', 'in', 'netsh', options)).toMatchObject({
      name: 'exchange-2010-cas-in-firewall.cmd',
      bom: false,
    });
    expect(scriptFile(catalog, 'cas', 'in', 'powershell', options)).toMatchObject({
      name: 'exchange-2010-cas-in-firewall.ps1',
      bom: true,
    });
  });
});
