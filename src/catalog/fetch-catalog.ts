// Fetches and parses catalog.json without judging it: the first paint (src/boot.ts) draws from
// this before the schema library has loaded; load-catalog.ts validates the same data for the app.
import type { LoadFailure } from './load-catalog.ts';

/** The catalog's JSON, parsed but not yet validated. */
export type FetchResult = { ok: true; data: unknown } | { ok: false; failure: LoadFailure };

/**
 * Deletes every cached copy of a file from the page's caches, the service worker's included
 * (Workbox keys a file with its revision in the query, hence ignoreSearch), so that a damaged
 * copy cannot answer the next request. Only this exact file of this copy of the app goes.
 */
export async function evictCachedCopies(url: string): Promise<void> {
  if (typeof caches === 'undefined') return;
  const absolute = new URL(url, document.baseURI).href;
  for (const name of await caches.keys()) {
    await (await caches.open(name)).delete(absolute, { ignoreSearch: true });
  }
}

async function fetchOnce(url: string, fetchImpl: typeof fetch, init: RequestInit) {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: String(error) } } as const;
  }
  if (!response.ok)
    return { ok: false, failure: { kind: 'http', status: response.status } } as const;
  try {
    return { ok: true, data: JSON.parse(await response.text()) as unknown } as const;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'json', detail } } as const;
  }
}

/**
 * Fetches and parses catalog.json; never throws. A copy that does not parse may be a damaged
 * cache entry rather than the file on the server: it is evicted and fetched once more, past the
 * HTTP cache, before the failure is reported.
 */
export async function fetchCatalogData(
  url: string,
  fetchImpl: typeof fetch = fetch,
  evict: (url: string) => Promise<void> = evictCachedCopies,
): Promise<FetchResult> {
  const first = await fetchOnce(url, fetchImpl, { cache: 'no-cache' });
  if (first.ok || first.failure.kind !== 'json') return first;
  await evict(url).catch(() => undefined);
  return fetchOnce(url, fetchImpl, { cache: 'reload' });
}
