// The committed catalog and JSON Schema are generated files: they must match what the
// generator makes from the source and the schema today (run `npm run catalog` to refresh).
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './build/build-catalog.ts';
import { catalogJsonSchema } from './build/json-schema.ts';
import english from './enrichment/english.json' with { type: 'json' };
import { catalog as catalogSchema } from './schema.ts';
import { readCommittedCatalog, readCommittedJsonSchema, readSourceText } from './test-support.ts';

describe('generated files', () => {
  it('public/catalog.json is what the generator makes from the source', () => {
    expect(readCommittedCatalog()).toEqual(buildCatalog(readSourceText(), english));
  });

  it('public/catalog.schema.json is generated from the zod schema', () => {
    expect(readCommittedJsonSchema()).toEqual(JSON.parse(JSON.stringify(catalogJsonSchema())));
  });

  it('the committed catalog passes the schema', () => {
    expect(catalogSchema.safeParse(readCommittedCatalog()).error).toBeUndefined();
  });
});

describe('English dictionary', () => {
  it('translates source lines only, with no leftovers', () => {
    const lines = new Set(
      readSourceText()
        .split(/\r?\n/)
        .map((raw) => raw.trim().replace(/^•\s*/, ''))
        .filter(Boolean),
    );
    expect(Object.keys(english).filter((ja) => !lines.has(ja))).toEqual([]);
  });
});
