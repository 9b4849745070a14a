import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';
import enScript from '../../locales/en/script.json' with { type: 'json' };
import jaScript from '../../locales/ja/script.json' with { type: 'json' };
import enCheck from '../../locales/en/firewall-check.json' with { type: 'json' };
import jaCheck from '../../locales/ja/firewall-check.json' with { type: 'json' };

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) =>
        keysOf(inner, prefix ? `${prefix}.${key}` : key),
      )
    : [prefix];

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('ja and en locales', () => {
  for (const ns of Object.keys(resources.ja) as (keyof typeof resources.ja)[]) {
    it(`${ns}: same keys in both languages`, () => {
      expect(keysOf(resources.en[ns]).sort()).toEqual(keysOf(resources.ja[ns]).sort());
    });

    it(`${ns}: same placeholders and no empty strings`, () => {
      const get = (tree: unknown, key: string) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
      for (const key of keysOf(resources.ja[ns])) {
        const ja = get(resources.ja[ns], key);
        const en = get(resources.en[ns], key);
        expect(en.trim(), key).not.toBe('');
        expect(placeholders(en), key).toEqual(placeholders(ja));
      }
    });
  }
});

// The scripts' comment words are loaded by the scripts view itself, not through i18next.

// So are the check view's words (features/check/check-words.ts).
const FLAT_TABLES = [
  ['script comment words', enScript, jaScript],
  ['check view words', enCheck, jaCheck],
] as const;

for (const [name, enTable, jaTable] of FLAT_TABLES) {
  describe(name, () => {
    it('have the same keys and placeholders in both languages', () => {
      expect(Object.keys(enTable).sort()).toEqual(Object.keys(jaTable).sort());
      for (const [key, en] of Object.entries(enTable)) {
        const ja = (jaTable as Record<string, string>)[key]!;
        expect(en.trim(), key).not.toBe('');
        expect(ja.trim(), key).not.toBe('');
        expect(placeholders(en), key).toEqual(placeholders(ja));
      }
    });
  });
}
