import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/catalog/load-catalog.ts';
import { readCommittedCatalog } from '../../src/catalog/test-support.ts';
import { makeSyntheticCatalog } from './make-synthetic-catalog.ts';

describe('makeSyntheticCatalog', () => {
  const real = readCommittedCatalog();
  const synthetic = makeSyntheticCatalog(real, 3);

  it('passes the schema and the invariants', () => {
    const result = validateCatalog(synthetic);
    expect(result.ok ? [] : result.failure).toEqual([]);
  });

  it('copies every row and note factor times, original ids first', () => {
    expect(synthetic.dataPaths).toHaveLength(real.dataPaths.length * 3);
    expect(synthetic.firewallRules).toHaveLength(real.firewallRules.length * 3);
    expect(synthetic.notes).toHaveLength(real.notes.length * 3);
    expect(synthetic.dataPaths.slice(0, real.dataPaths.length)).toEqual(real.dataPaths);
    const id = real.dataPaths[0]!.id;
    expect(synthetic.dataPaths.map((p) => p.id)).toEqual(
      expect.arrayContaining([id, `${id}-x1`, `${id}-x2`]),
    );
  });

  it('rewires links to the copies of the same k', () => {
    const path = synthetic.dataPaths.find((p) => p.id.endsWith('-x2') && p.noteIds.length)!;
    expect(path.noteIds.every((id) => id.endsWith('-x2'))).toBe(true);
    const child = synthetic.notes.find((n) => n.parentId && n.id.endsWith('-x1'))!;
    expect(child.parentId).toMatch(/-x1$/);
    const fromNote = [...synthetic.dataPaths, ...synthetic.firewallRules]
      .flatMap((r) => r.ports)
      .filter((p) => p.origin.noteId);
    expect(fromNote.filter((p) => p.origin.noteId!.endsWith('-x2'))).toHaveLength(
      fromNote.length / 3,
    );
  });

  it('varies numbered ports and texts, keeping them valid', () => {
    const [a, b] = [synthetic.dataPaths[0]!, synthetic.dataPaths[real.dataPaths.length]!];
    expect(b.ports[0]!.from).toBe(a.ports[0]!.from! + 1);
    expect(b.source.en.path).not.toBe(a.source.en.path);
    const numbered = synthetic.dataPaths.flatMap((p) => p.ports).filter((p) => p.kind === 'number');
    expect(numbered.every((p) => p.from! >= 1 && p.to! <= 65535 && p.from! <= p.to!)).toBe(true);
  });

  it('leaves the real catalog untouched', () => {
    expect(real).toEqual(readCommittedCatalog());
  });
});
