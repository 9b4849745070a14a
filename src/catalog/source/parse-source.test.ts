import { describe, expect, it } from 'vitest';
import { readSourceText } from '../test-support.ts';
import { parseSource, readLines, splitDataPathRows } from './parse-source.ts';

describe('splitDataPathRows', () => {
  const lines = (...texts: string[]) => readLines(texts.join('\n\n'));

  it('splits six-line rows', () => {
    const rows = splitDataPathRows(
      lines(
        'A',
        '25/TCP',
        'Kerberos',
        'Kerberos',
        'はい、TLS を使用',
        'はい',
        'B',
        '135/TCP',
        'NTLM',
        'NTLM',
        'いいえ',
        'いいえ',
      ),
      'transport',
    );
    expect(rows.map((r) => [r.cells.path, r.cells.ports, r.cells.encryptedByDefault])).toEqual([
      ['A', '25/TCP', 'はい'],
      ['B', '135/TCP', 'いいえ'],
    ]);
  });

  it('keeps a ports cell that spans two lines as one cell', () => {
    const [row] = splitDataPathRows(
      lines('A', '587 (SMTP)', '25/TCP (SMTP)', 'NTLM', 'NTLM', 'はい、TLS を使用', 'はい'),
      'transport',
    );
    expect(row?.cells.ports).toBe('587 (SMTP)\n25/TCP (SMTP)');
    expect(row?.cells.defaultAuth).toBe('NTLM');
  });

  it('rejects a row that never ends', () => {
    expect(() => splitDataPathRows(lines('A', '25/TCP', 'Kerberos'), 'transport')).toThrow(
      /Unterminated/,
    );
  });
});

describe('parseSource on the real document', () => {
  const doc = parseSource(readSourceText());

  it('finds every table row and note', () => {
    expect(doc.dataPaths).toHaveLength(55);
    expect(doc.firewallRules).toHaveLength(54);
    expect(doc.notes).toHaveLength(48);
  });

  it('nests an indented caution under the bullet above it', () => {
    const caution = doc.notes.find((n) => n.id === 'transport-caution-1');
    expect(caution?.parentId).toBe('transport-note-1');
    expect(doc.notes.find((n) => n.id === 'cas-caution-1')?.parentId).toBeUndefined();
  });

  it('reads the firewall table as four cells per rule', () => {
    expect(doc.firewallRules[3]?.cells).toEqual({
      name: 'MSExchangeServiceHost - RPCEPMap (TCP-In)',
      roles: 'すべての役割',
      ports: 'RPC-EPMap',
      program: 'Bin\\Microsoft.Exchange.Service.Host',
    });
  });
});
