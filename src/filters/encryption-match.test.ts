import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { encryptionClassOf, pathMatchesEncryption } from './encryption-match.ts';

const catalog = readCommittedCatalog();
const path = (id: string) => catalog.dataPaths.find((p) => p.id === id)!;

describe('encryptionClassOf', () => {
  it.each([
    ['cas-owa', 'default'],
    ['mailbox-log-shipping', 'optional'],
    ['cas-oab', 'optional'],
    ['mailbox-vss-backup', 'none'],
    ['mailbox-assistants', 'none'],
  ])('%s is %s', (id, expected) => {
    expect(encryptionClassOf(path(id).encryption)).toBe(expected);
  });

  it('"not supported" wins even if a by-default flag were set', () => {
    expect(
      encryptionClassOf({ supported: false, byDefault: true, methods: [], qualifiers: [] }),
    ).toBe('none');
  });
});

describe('pathMatchesEncryption', () => {
  it('nothing selected matches every path; classes are alternatives', () => {
    expect(catalog.dataPaths.every((p) => pathMatchesEncryption(p, []))).toBe(true);
    expect(pathMatchesEncryption(path('cas-owa'), ['optional', 'none'])).toBe(false);
    expect(pathMatchesEncryption(path('mailbox-vss-backup'), ['optional', 'none'])).toBe(true);
  });

  it("each class is what the source's two yes/no cells say", () => {
    // An oracle from the verbatim Japanese cells: はい… / いいえ.
    const fromCells = (p: (typeof catalog.dataPaths)[number]) =>
      p.source.ja.encryption.startsWith('いいえ')
        ? 'none'
        : p.source.ja.encryptedByDefault.startsWith('はい')
          ? 'default'
          : 'optional';
    for (const p of catalog.dataPaths) {
      expect(pathMatchesEncryption(p, [fromCells(p)]), p.id).toBe(true);
    }
    const none = catalog.dataPaths.filter((p) => pathMatchesEncryption(p, ['none']));
    expect(none.map((p) => p.id)).toEqual([
      'mailbox-vss-backup',
      'mailbox-assistants',
      'mailbox-system-attendant-listen',
    ]);
  });
});
