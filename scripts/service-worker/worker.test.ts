// Runs the real worker code (worker.js with its generated header) against a fake `self`,
// `caches` and `fetch`, the way a browser would call it.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { renderWorker } from './precache.ts';

const CODE = readFileSync(new URL('./worker.js', import.meta.url), 'utf8');
const FILES = ['assets/index-Ab12.js', 'catalog.json', 'index.html', 'source/doc.ja.txt'];

type Listener = (event: Record<string, unknown>) => void;
interface FakeRequest {
  url: string;
  method?: string;
  mode?: string;
}

function startWorker(workerUrl: string, version = 'v1', existing: string[] = []) {
  const store = new Map<string, Map<string, string>>(existing.map((name) => [name, new Map()]));
  const fetch = vi.fn(async (request: FakeRequest | string) => {
    const url = typeof request === 'string' ? request : request.url;
    return new Response(`network ${url}`);
  });
  const caches = {
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
    open: async (name: string) => {
      const entries = store.get(name) ?? new Map<string, string>();
      store.set(name, entries);
      return {
        addAll: async (requests: Request[]) => {
          for (const request of requests) {
            expect(request.cache).toBe('no-cache');
            entries.set(request.url, await (await fetch(request.url)).text());
          }
        },
        match: async (url: string) =>
          entries.has(url) ? new Response(entries.get(url)) : undefined,
      };
    },
  };
  const listeners = new Map<string, Listener>();
  const self = {
    location: { href: workerUrl },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: vi.fn(),
    clients: { claim: vi.fn(async () => undefined) },
  };
  runInNewContext(renderWorker(CODE, { version, urls: FILES }), {
    self,
    caches,
    fetch,
    Request,
    URL,
    Set,
    Promise,
  });

  /** Dispatches an extendable event and waits for what it asked to wait for. */
  const dispatch = async (type: string, fields: Record<string, unknown> = {}) => {
    const waits: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    listeners.get(type)!({
      ...fields,
      waitUntil: (p: Promise<unknown>) => waits.push(p),
      respondWith: (p: Promise<Response>) => (response = p),
    });
    await Promise.all(waits);
    return response;
  };
  /** What the worker answers a GET (or a navigation): its text, or null if it lets it through. */
  const answer = async (url: string, mode = 'no-cors', method = 'GET') => {
    const response = await dispatch('fetch', { request: { url, mode, method } });
    return response ? (await response).text() : null;
  };
  return { store, fetch, self, dispatch, answer };
}

const APP = 'https://host.example/sub/path/';

describe('the service worker', () => {
  it('precaches every file, relative to its own location, in a cache named by scope and version', async () => {
    const worker = startWorker(`${APP}sw.js`);
    await worker.dispatch('install');
    expect([...worker.store.keys()]).toEqual(['port-explorer /sub/path/ v1']);
    expect([...worker.store.get('port-explorer /sub/path/ v1')!.keys()]).toEqual(
      FILES.map((f) => APP + f),
    );
  });

  it('answers precached files from the cache, whatever their query', async () => {
    const worker = startWorker(`${APP}sw.js`);
    await worker.dispatch('install');
    worker.fetch.mockClear();
    expect(await worker.answer(`${APP}catalog.json`)).toBe(`network ${APP}catalog.json`);
    expect(await worker.answer(`${APP}assets/index-Ab12.js?x=1`)).toBe(
      `network ${APP}assets/index-Ab12.js`,
    );
    expect(worker.fetch).not.toHaveBeenCalled();
  });

  it('answers every link to the page with the cached index.html', async () => {
    const worker = startWorker(`${APP}sw.js`);
    await worker.dispatch('install');
    const index = `network ${APP}index.html`;
    expect(await worker.answer(APP, 'navigate')).toBe(index);
    expect(await worker.answer(`${APP}?role=cas&lang=en`, 'navigate')).toBe(index);
    expect(await worker.answer(`${APP}index.html?view=matrix#x`, 'navigate')).toBe(index);
    // A link to a precached file that is not the page opens that file.
    expect(await worker.answer(`${APP}source/doc.ja.txt`, 'navigate')).toBe(
      `network ${APP}source/doc.ja.txt`,
    );
  });

  it('leaves everything else to the network', async () => {
    const worker = startWorker('https://host.example/sw.js');
    await worker.dispatch('install');
    expect(await worker.answer('https://host.example/sub/path/', 'navigate')).toBeNull();
    expect(await worker.answer('https://host.example/other/page.html', 'navigate')).toBeNull();
    expect(await worker.answer('https://host.example/unknown.json')).toBeNull();
    expect(await worker.answer('https://other.example/catalog.json')).toBeNull();
    expect(await worker.answer('https://host.example/catalog.json', 'cors', 'POST')).toBeNull();
  });

  it('goes to the network when a precached file is missing from the cache', async () => {
    const worker = startWorker(`${APP}sw.js`);
    expect(await worker.answer(`${APP}?lang=ja`, 'navigate')).toBe(`network ${APP}?lang=ja`);
  });

  it('on activation deletes its own older caches only, and takes over open pages', async () => {
    const others = ['port-explorer / v0', 'someone-else', 'port-explorer /sub/path/other/ v0'];
    const worker = startWorker(`${APP}sw.js`, 'v2', ['port-explorer /sub/path/ v1', ...others]);
    await worker.dispatch('install');
    await worker.dispatch('activate');
    expect([...worker.store.keys()].sort()).toEqual(
      [...others, 'port-explorer /sub/path/ v2'].sort(),
    );
    expect(worker.self.clients.claim).toHaveBeenCalled();
  });

  it('waits until the page asks it to take over', async () => {
    const worker = startWorker(`${APP}sw.js`);
    await worker.dispatch('install');
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
    await worker.dispatch('message', { data: { type: 'something-else' } });
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
    await worker.dispatch('message', { data: { type: 'skip-waiting' } });
    expect(worker.self.skipWaiting).toHaveBeenCalled();
  });
});
