import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { buildMatrix } from './port-matrix.ts';

const catalog = readCommittedCatalog();

describe('buildMatrix', () => {
  const matrix = buildMatrix(catalog.dataPaths);

  it('puts every data path in exactly one cell', () => {
    const counted = matrix.sources.flatMap((f) =>
      matrix.targets.map((t) => matrix.cell(f, t)?.paths.length ?? 0),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(catalog.dataPaths.length);
  });

  it('lists each port of a cell once and keeps the weakest encryption', () => {
    const mbxToAd = matrix.cell('mailbox', 'ad')!;
    const labels = mbxToAd.ports.map((p) => `${p.kind}/${p.protocol}/${p.from}`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('number/tcp/389');
    expect(matrix.cell('mailbox', 'mailbox')!.encryption).toBe('none'); // mailbox assistants
    expect(matrix.cell('hub', 'hub')!.encryption).toBe('default');
  });

  it('has rows and columns only for endpoints that occur, roles first', () => {
    expect(matrix.sources.slice(0, 5)).toEqual(['hub', 'edge', 'mailbox', 'cas', 'um']);
    expect(matrix.targets).toContain('ad');
    expect(matrix.sources).not.toContain('ad');
  });
});
