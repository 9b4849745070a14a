// Each role's firewall scripts checked against the catalog itself: every port of every data path
// the role listens on (in) or connects from (out) is a rule or a comment quoting the source, and
// the scripts hold nothing else.
import { describe, expect, it } from 'vitest';
import { ROLE_IDS, type DataPath, type PortEntry, type RoleId } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { netshFirewallScript, remLine } from './netsh-rules.ts';
import { powershellFirewallScript } from './powershell-rules.ts';
import type { ScriptDirection } from './role-entries.ts';

const catalog = readCommittedCatalog();
const DIRS: ScriptDirection[] = ['in', 'out'];

/**
 * The entries a script must cover, read straight from the rows: `in` is a path whose `to` is the
 * role, `out` one whose `from` is; a port marked OUT (relative to `to`) runs the other way, and
 * one marked `both` runs both ways (once per end, once only when both ends are the role).
 */
function expectedEntries(role: RoleId, dir: ScriptDirection) {
  const rows = catalog.dataPaths.filter((r) => r.from === role || r.to === role);
  return rows.flatMap((row) =>
    row.ports.flatMap((entry) => {
      const reversed = entry.direction === 'out';
      const to = reversed ? row.from : row.to;
      const from = reversed ? row.to : row.from;
      const forward = (dir === 'in' ? to : from) === role;
      const backward =
        entry.direction === 'both' && row.from !== row.to && (dir === 'in' ? from : to) === role;
      return [...(forward ? [{ row, entry }] : []), ...(backward ? [{ row, entry }] : [])];
    }),
  );
}

/** The rule an entry must become, or null when it must be a comment. */
function expectedRule(row: DataPath, p: PortEntry, dir: ScriptDirection) {
  const proto = (p.protocol ?? 'tcp').toUpperCase();
  if (p.kind === 'number') {
    const port = p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`;
    return { name: `Exchange 2010 ${row.id} ${proto} ${port} ${dir}`, proto, port };
  }
  if (p.kind === 'rpc-epmap') {
    const port = dir === 'in' ? 'RPCEPMap' : '135';
    return { name: `Exchange 2010 ${row.id} TCP ${port} ${dir}`, proto: 'TCP', port };
  }
  if (p.kind === 'dynamic-rpc' && dir === 'in') {
    return { name: `Exchange 2010 ${row.id} TCP RPC in`, proto: 'TCP', port: 'RPC' };
  }
  return null;
}

const psRules = (script: string) =>
  [
    ...script.matchAll(
      /^ {4}New-NetFirewallRule -DisplayName '([^']+)' -Group \$group -Direction (\w+) -Action Allow -Protocol (TCP|UDP) -(Local|Remote)Port (\S+) /gm,
    ),
  ].map(([, name, direction, proto, side, port]) => ({ name, direction, proto, side, port }));

const netshRules = (script: string) =>
  [
    ...script.matchAll(
      /^netsh advfirewall firewall add rule name="([^"]+)" dir=(in|out) action=allow protocol=(TCP|UDP) (local|remote)port=(\S+) /gm,
    ),
  ].map(([, name, dir, proto, side, port]) => ({ name, dir, proto, side, port }));

describe.each(ROLE_IDS.flatMap((role) => DIRS.map((dir) => [role, dir] as const)))(
  'role %s, direction %s',
  (role, dir) => {
    const ps = powershellFirewallScript(catalog, role, dir);
    const netsh = netshFirewallScript(catalog, role, dir);
    const expected = expectedEntries(role, dir);
    const rules = [
      ...new Map(
        expected.flatMap(({ row, entry }) => {
          const r = expectedRule(row, entry, dir);
          return r ? [[r.name, r] as const] : [];
        }),
      ).values(),
    ];

    it('PowerShell: one rule per port, named by its row, nothing else', () => {
      expect(psRules(ps)).toEqual(
        rules.map((r) => ({
          name: r.name,
          direction: dir === 'in' ? 'Inbound' : 'Outbound',
          proto: r.proto,
          side: dir === 'in' ? 'Local' : 'Remote',
          port: r.port,
        })),
      );
      for (const r of rules) {
        expect(ps).toContain(
          `    Remove-NetFirewallRule -DisplayName '${r.name}' -ErrorAction SilentlyContinue\r\n    New-NetFirewallRule -DisplayName '${r.name}'`,
        );
        // Each rule goes through ShouldProcess, so -WhatIf changes nothing.
        expect(ps).toContain(
          `if ($PSCmdlet.ShouldProcess('${r.name}', 'Create Windows Firewall rule')) {`,
        );
      }
    });

    it('PowerShell: takes -WhatIf, stops when not elevated, and counts what it set and what failed', () => {
      const code = ps.split('\r\n').filter((l) => !l.startsWith('#'));
      expect(code[0]).toBe('[CmdletBinding(SupportsShouldProcess = $true)]');
      expect(code[1]).toBe('param()');
      expect(ps).toContain('IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)');
      expect(ps.indexOf('IsInRole')).toBeLessThan(
        ps.indexOf('ShouldProcess(') === -1 ? Infinity : ps.indexOf('ShouldProcess('),
      );
      expect(ps).toContain(`rules set, $failed failed.")`);
      expect(ps).toContain('if ($failed) { exit 1 }');
    });

    it('netsh: the same rules, RPC-EPMap spelt the netsh way', () => {
      expect(netshRules(netsh)).toEqual(
        rules.map((r) => ({
          name: r.name,
          dir,
          proto: r.proto,
          side: dir === 'in' ? 'local' : 'remote',
          port: r.port === 'RPCEPMap' ? 'RPC-EPMap' : r.port,
        })),
      );
      for (const r of rules) {
        expect(netsh).toContain(
          `netsh advfirewall firewall delete rule name="${r.name}" dir=${dir} >nul 2>&1\r\nnetsh advfirewall firewall add rule name="${r.name}"`,
        );
      }
    });

    it('every row is named, and every port without a rule is quoted from the source', () => {
      for (const { row, entry } of expected) {
        expect(ps).toContain(`# ${row.id}: `);
        expect(netsh).toMatch(new RegExp(`^rem "?${row.id}: `, 'm'));
        if (!expectedRule(row, entry, dir)) {
          expect(ps).toContain(`「${entry.text}」`);
          expect(netsh).toContain(`「${entry.text.replaceAll('%', '%%')}」`);
        }
      }
      const named = new Set([...ps.matchAll(/^# ([a-z0-9-]+): /gm)].map((m) => m[1]));
      expect([...named].sort()).toEqual([...new Set(expected.map((e) => e.row.id))].sort());
    });

    it('quotes the source: a firewall between Exchange servers is not supported', () => {
      const note = catalog.notes.find((n) => n.id === 'cas-para-1')!;
      const ja = ps.match(/「(Exchange サーバー間[^」]*)」/)![1]!;
      expect(note.ja).toContain(ja);
      expect(ja).toMatch(/ファイアウォールのインストールはサポートされていません。$/);
      expect(ps).toContain(
        '"Installing a firewall between Exchange servers, or between an Exchange 2010 Mailbox server or Client Access server and Active Directory, isn\'t supported."',
      );
      expect(netsh).toContain(ja);
    });

    it('is the same every time it is made, and every line of the .cmd is safe for cmd.exe', () => {
      expect(powershellFirewallScript(catalog, role, dir)).toBe(ps);
      expect(netshFirewallScript(catalog, role, dir)).toBe(netsh);
      for (const line of netsh.split('\r\n')) {
        // Non-ASCII only in rem lines, and those end in an ASCII quote.
        if (/[^\x20-\x7e]/.test(line)) expect(line).toMatch(/^rem ".*"$/);
      }
    });
  },
);

describe('remLine', () => {
  it('doubles % and quotes lines with Japanese', () => {
    expect(remLine('100% sure')).toBe('rem 100%% sure');
    expect(remLine('動的 RPC')).toBe('rem "動的 RPC"');
    expect(remLine('')).toBe('rem');
  });
});
