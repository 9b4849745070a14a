import { describe, expect, it, vi } from 'vitest';
import { fetchCatalogData } from './fetch-catalog.ts';

const answers = (...bodies: (string | number)[]) => {
  const fetchImpl = vi.fn(async () => {
    const next = bodies.shift()!;
    return typeof next === 'number' ? new Response('', { status: next }) : new Response(next);
  });
  return fetchImpl as unknown as typeof fetch & typeof fetchImpl;
};

describe('fetchCatalogData', () => {
  it('parses the file in one request when it is fine', async () => {
    const fetchImpl = answers('{"ok":1}');
    const evict = vi.fn(async () => undefined);
    expect(await fetchCatalogData('catalog.json', fetchImpl, evict)).toEqual({
      ok: true,
      data: { ok: 1 },
    });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(evict).not.toHaveBeenCalled();
  });

  it('evicts a copy that does not parse and fetches it again past the HTTP cache', async () => {
    const fetchImpl = answers('{"broken": tru', '{"ok":1}');
    const evict = vi.fn(async () => undefined);
    expect(await fetchCatalogData('catalog.json', fetchImpl, evict)).toEqual({
      ok: true,
      data: { ok: 1 },
    });
    expect(evict).toHaveBeenCalledWith('catalog.json');
    expect(fetchImpl.mock.calls.map((call) => (call as unknown[])[1])).toEqual([
      { cache: 'no-cache' },
      { cache: 'reload' },
    ]);
  });

  it('reports the parse error when the fresh copy is broken too', async () => {
    const result = await fetchCatalogData(
      'catalog.json',
      answers('{"broken": tru', '{"broken": tru'),
      async () => undefined,
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: 'json' } });
  });

  it('does not retry an HTTP error or a network failure', async () => {
    const fetchImpl = answers(404);
    expect(await fetchCatalogData('catalog.json', fetchImpl, vi.fn())).toEqual({
      ok: false,
      failure: { kind: 'http', status: 404 },
    });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchCatalogData('catalog.json', offline, vi.fn())).toMatchObject({
      ok: false,
      failure: { kind: 'network' },
    });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('still retries when the eviction itself fails', async () => {
    const evict = vi.fn(async () => {
      throw new Error('SecurityError');
    });
    const result = await fetchCatalogData('catalog.json', answers('x', '{"ok":1}'), evict);
    expect(result).toEqual({ ok: true, data: { ok: 1 } });
  });
});
