import { describe, expect, it } from 'vitest';
import { loadCatalog, validateCatalog } from './load-catalog.ts';
import { CATALOG_SCHEMA_VERSION } from './ids.ts';
import type { Catalog } from './schema.ts';
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

describe('validateCatalog: text that could become code or a link elsewhere', () => {
  const catalog = () => readCommittedCatalog();
  const issuePath = (result: ReturnType<typeof validateCatalog>) =>
    result.ok ? null : result.failure.kind === 'schema' ? result.failure.issues[0]?.path : null;

  it.each([
    [
      'a CR LF in an endpoint name',
      (c: Catalog) => (c.endpoints[0]!.name.en = 'Hub\r\nStart-Process calc.exe #'),
      'endpoints.0.name.en',
    ],
    [
      'a line feed in a port text',
      (c: Catalog) => (c.dataPaths[0]!.ports[0]!.text = '25\nnet user x /add'),
      'dataPaths.0.ports.0.text',
    ],
    ['a U+2028 in a note', (c: Catalog) => (c.notes[0]!.en = 'a\u2028b'), 'notes.0.en'],
    ['a NEL in a heading', (c: Catalog) => (c.headings[0]!.ja = 'a\u0085b'), 'headings.0.ja'],
    [
      'a NUL in a rule program',
      (c: Catalog) => (c.firewallRules[0]!.program = 'x\u0000.exe'),
      'firewallRules.0.program',
    ],
    [
      'a CR in a source cell',
      (c: Catalog) => (c.dataPaths[0]!.source.ja.ports = '25\r\n587'),
      'dataPaths.0.source.ja.ports',
    ],
    [
      'sourceFile on another site',
      (c: Catalog) => (c.document.sourceFile = 'https://evil.example/x.txt'),
      'document.sourceFile',
    ],
    [
      'sourceFile with a scheme-relative URL',
      (c: Catalog) => (c.document.sourceFile = '//evil.example/x'),
      'document.sourceFile',
    ],
    [
      'sourceFile leaving the app folder',
      (c: Catalog) => (c.document.sourceFile = 'source/../../x'),
      'document.sourceFile',
    ],
    [
      'sourceFile as a script URL',
      (c: Catalog) => (c.document.sourceFile = 'javascript:alert(1)'),
      'document.sourceFile',
    ],
  ])('rejects %s', (_, mutate, path) => {
    const c = catalog();
    mutate(c);
    expect(issuePath(validateCatalog(c))).toBe(path);
  });

  it('keeps the line feeds of verbatim source cells (the real catalog has one)', () => {
    const c = catalog();
    expect(c.dataPaths.some((p) => p.source.ja.ports.includes('\n'))).toBe(true);
    expect(validateCatalog(c).ok).toBe(true);
  });
});
