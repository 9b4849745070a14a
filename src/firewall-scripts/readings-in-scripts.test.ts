// The corrected readings, as an administrator meets them in the generated scripts (issue 11).
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { firewallPlan } from './firewall-plan.ts';
import { netshFirewallScript } from './netsh-rules.ts';
import { powershellFirewallScript } from './powershell-rules.ts';

const catalog = readCommittedCatalog();
const ruleNames = (role: Parameters<typeof firewallPlan>[1], dir: 'in' | 'out') =>
  firewallPlan(catalog, role, dir).rows.flatMap((r) =>
    r.items.flatMap((i) => (i.kind === 'rule' ? [i.name] : [])),
  );

describe('scripts follow the corrected readings', () => {
  it('Edge inbound opens 50636 for EdgeSync and never 50389', () => {
    const names = ruleNames('edge', 'in');
    expect(names).toContain('Exchange 2010 transport-edgesync TCP 50636 in');
    expect(names.some((n) => n.includes('50389'))).toBe(false);
    const script = powershellFirewallScript(catalog, 'edge', 'in');
    expect(script).not.toMatch(/-LocalPort 50389/);
    expect(script).toContain('#   Related, not opened: TCP 50389 (note transport-note-3)');
  });

  it('Client Access inbound gets the whole RPC pair for Play on Phone', () => {
    const names = ruleNames('cas', 'in');
    expect(names).toContain('Exchange 2010 um-to-cas-play-on-phone TCP RPCEPMap in');
    expect(names).toContain('Exchange 2010 um-to-cas-play-on-phone TCP RPC in');
    expect(netshFirewallScript(catalog, 'cas', 'in')).toMatch(
      /name="Exchange 2010 um-to-cas-play-on-phone TCP RPCEPMap in" dir=in action=allow protocol=TCP localport=RPC-EPMap/,
    );
  });

  it('Mailbox inbound has no rule from clients for the System Attendant row', () => {
    const plan = firewallPlan(catalog, 'mailbox', 'in');
    const sa = plan.rows.find((r) => r.row.id === 'mailbox-system-attendant-mapi')!;
    expect(sa.items.every((i) => i.peer === 'mailbox')).toBe(true);
    const fromClients = plan.rows.flatMap((r) => r.items).filter((i) => i.peer === 'client');
    // Only the paths that really come from clients remain (none of them is RPC).
    expect(fromClients.filter((i) => i.entry.kind === 'dynamic-rpc')).toEqual([]);
  });

  it('UM opens SIP and RTP both ways with the IP gateway', () => {
    expect(ruleNames('um', 'in')).toEqual(
      expect.arrayContaining([
        'Exchange 2010 um-telephony TCP 5060 in',
        'Exchange 2010 um-telephony UDP 1024-65535 in',
      ]),
    );
    expect(ruleNames('um', 'out')).toEqual(
      expect.arrayContaining([
        'Exchange 2010 um-telephony TCP 5060 out',
        'Exchange 2010 um-telephony UDP 1024-65535 out',
      ]),
    );
    expect(ruleNames('um', 'out')).not.toContain('Exchange 2010 um-telephony TCP 5065 out');
  });

  it('marks server-to-server paths as not supported and inferred values with their reason', () => {
    const script = powershellFirewallScript(catalog, 'mailbox', 'in');
    expect(script).toMatch(
      /# mailbox-clustering: .*\r\n(# .*\r\n)*# {3}NOT SUPPORTED: the source says firewalls on this path are not supported \(note cas-para-1\)\./,
    );
    expect(script).toContain(
      '#   ≈ port 「135/TCP (RPC)」 (number 445): inferred: Remote Registry (WinReg)',
    );
    expect(script).toContain('#     Not from the source: [MS-RSP]');
    const edge = powershellFirewallScript(catalog, 'edge', 'in');
    expect(edge).not.toContain('NOT SUPPORTED:');
  });
});
