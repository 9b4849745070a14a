import { describe, expect, it } from 'vitest';
import { loadCatalog, validateCatalog } from './load-catalog.ts';
import { CATALOG_SCHEMA_VERSION } from './ids.ts';
import { readCommittedCatalog } from './test-support.ts';

const respond =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('loadCatalog', () => {
  it('accepts the committed catalog', async () => {
    const result = await loadCatalog(
      'catalog.json',
      respond(JSON.stringify(readCommittedCatalog())),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a 404', async () => {
    expect(await loadCatalog('x', respond('nope', 404))).toEqual({
      ok: false,
      failure: { kind: 'http', status: 404 },
    });
  });

  it('reports a network error', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadCatalog('x', failing)).toMatchObject({
      ok: false,
      failure: { kind: 'network' },
    });
  });

  it('reports a truncated file', async () => {
    const text = JSON.stringify(readCommittedCatalog()).slice(0, 500);
    expect(await loadCatalog('x', respond(text))).toMatchObject({
      ok: false,
      failure: { kind: 'json' },
    });
  });
});

describe('validateCatalog', () => {
  it('names the field that fails', () => {
    const broken = structuredClone(readCommittedCatalog()) as unknown as {
      dataPaths: { from: unknown }[];
    };
    broken.dataPaths[2]!.from = 'mars';
    const result = validateCatalog(broken);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'schema' } });
    if (!result.ok && result.failure.kind === 'schema') {
      expect(result.failure.issues[0]?.path).toBe('dataPaths.2.from');
    }
  });

  it('reports another schema version before anything else', () => {
    expect(validateCatalog({ schemaVersion: 99 })).toEqual({
      ok: false,
      failure: { kind: 'version', found: 99, expected: CATALOG_SCHEMA_VERSION },
    });
  });

  it('runs the invariants after the schema', () => {
    const broken = structuredClone(readCommittedCatalog());
    broken.notes[5]!.concerns.push('ghost-row');
    expect(validateCatalog(broken)).toMatchObject({ ok: false, failure: { kind: 'invariants' } });
  });

  it('reports an array or an object without a version as a schema problem, not a version', () => {
    expect(validateCatalog([{ schemaVersion: 1 }])).toMatchObject({
      ok: false,
      failure: {
        kind: 'schema',
        issues: [{ path: '(root)', code: 'invalid_type', expected: 'object' }],
      },
    });
    expect(validateCatalog({})).toMatchObject({ ok: false, failure: { kind: 'schema' } });
  });

  it('rejects non-objects', () => {
    expect(validateCatalog(null)).toMatchObject({ ok: false, failure: { kind: 'schema' } });
    expect(validateCatalog('text')).toMatchObject({ ok: false, failure: { kind: 'schema' } });
  });
});
