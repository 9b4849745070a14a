import { describe, expect, it } from 'vitest';
import type { PortEntry } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { compactPortLines } from './compact-ports.ts';

const catalog = readCommittedCatalog();
const portsOf = (id: string): PortEntry[] => catalog.dataPaths.find((p) => p.id === id)!.ports;
const words = { dynamicRpc: 'Dynamic RPC', nameOf: (e: PortEntry) => `<${e.kind}>` };

describe('compactPortLines', () => {
  it('writes one line per protocol, dynamic RPC after the TCP numbers', () => {
    expect(compactPortLines(portsOf('transport-hub-to-ad'), words, 60)).toEqual([
      'TCP 389, 3268, 88, 53, 135 + Dynamic RPC',
      'UDP 389, 88, 53',
    ]);
  });

  it('writes the RPC endpoint mapper as TCP 135 and named ports on their own lines', () => {
    // The cell says only "RPC": 135 is inferred (≈); a row whose cell states 135 has no mark.
    expect(compactPortLines(portsOf('cas-to-mailbox'), words)).toEqual(['TCP 135≈ + Dynamic RPC']);
    expect(compactPortLines(portsOf('um-to-mailbox'), words)).toEqual(['TCP 135 + Dynamic RPC']);
    expect(
      compactPortLines([...portsOf('cas-to-mailbox'), ...portsOf('um-to-mailbox')], words),
    ).toEqual(['TCP 135 + Dynamic RPC']);
    // Note ports (§) and inferred ones (≈) keep their mark in the compact form.
    expect(compactPortLines(portsOf('mailbox-clustering'), words, 40)).toEqual([
      'TCP 135, 3343≈ + Dynamic RPC',
      'UDP 3343§',
      '<dynamic>§',
    ]);
    expect(compactPortLines(portsOf('mailbox-vss-backup'), words)).toEqual(['<unnumbered>']);
  });

  it('wraps long lines after a comma, never past the width unless one number is longer', () => {
    const lines = compactPortLines(portsOf('um-telephony'), words, 28);
    // SIP 5060 and 5061 go both ways (the gateway and the UM server both place calls).
    expect(lines[0]).toMatch(/^⇄ TCP 5060, 5061/);
    expect(lines.join(' ').replace(/,\s+/g, ', ')).toContain('16000-17000');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(29);
    expect(lines.at(-1)).toBe('⇄ UDP 1024-65535');
  });

  it('keeps the IN / OUT direction of a two-way cell', () => {
    expect(compactPortLines(portsOf('cas-from-ocs'), words)).toEqual([
      'IN TCP 5075-5077',
      'OUT TCP 5061',
    ]);
  });
});
