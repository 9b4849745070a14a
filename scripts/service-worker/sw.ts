// The service worker, built by vite-plugin-pwa (injectManifest) into dist/sw.js beside
// index.html: Workbox precaches every file of the build, each with its revision and its SRI
// string (precache.ts puts them in self.__WB_MANIFEST). On top of Workbox:
// - a cached copy is checked against its SRI string before it is used; one that fails is
//   evicted and the request goes to the network (and repairs the cache when the network gives
//   the right file), so a corrupted entry can never trap the page;
// - navigations to the app's page (any query: every view is one) get the checked index.html,
//   else the network, as the browser would have asked it;
// - a new version waits until a page asks it to take over (the update notice).
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { hasIntegrity } from './integrity.ts';
import { navigatedFile, LEGACY_CACHE_PREFIX } from './navigation.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const BASE = new URL('./', self.location.href);

const checkedBeforeUse = {
  // Workbox calls this with every cached response it is about to answer with; null means
  // "not cached", and with fallbackToNetwork the request then goes to the network.
  async cachedResponseWillBeUsed({
    cacheName,
    request,
    cachedResponse,
  }: {
    cacheName: string;
    request: Request;
    cachedResponse?: Response;
  }) {
    return (await intactOrEvicted(cacheName, request.url, cachedResponse)) ?? null;
  },
};

const precache = new PrecacheController({ plugins: [checkedBeforeUse], fallbackToNetwork: true });
precache.precache(self.__WB_MANIFEST);

/**
 * A cached copy, if it is the very file this build named; one that is not is deleted from the
 * cache, so that the network answers and the right file can take its place: undefined.
 */
async function intactOrEvicted(cacheName: string, cacheKey: string, response?: Response) {
  if (!response) return undefined;
  const integrity = precache.getIntegrityForCacheKey(cacheKey);
  if (integrity !== undefined && (await hasIntegrity(response, integrity))) return response;
  await (await caches.open(cacheName)).delete(cacheKey);
  return undefined;
}

const openPrecache = () => caches.open(precache.strategy.cacheName);

/** The checked cached copy of a precached file, or undefined (not cached, or it fails). */
async function cachedCopy(cacheKey: string) {
  const response = await (await openPrecache()).match(cacheKey);
  return intactOrEvicted(precache.strategy.cacheName, cacheKey, response);
}

/** Puts the right copy of a file back in the cache, if the network has it. */
async function repair(url: string, cacheKey: string) {
  const integrity = precache.getIntegrityForCacheKey(cacheKey);
  const response = await fetch(url, { integrity, cache: 'reload', credentials: 'same-origin' });
  if (response.ok) await (await openPrecache()).put(cacheKey, response);
}

// Navigations first: a navigation request cannot be re-made with an integrity (Workbox's own
// network fallback would try), and when the cached page is missing or fails its check, the
// network answers the navigation as the browser asked it, while the cache is mended behind.
registerRoute(
  ({ request }) =>
    request.mode === 'navigate' &&
    precache.getCacheKeyForURL(navigatedFile(request.url)) !== undefined,
  async ({ request, event }) => {
    const url = navigatedFile(request.url);
    const cacheKey = precache.getCacheKeyForURL(url);
    if (!cacheKey) return fetch(request);
    const cached = await cachedCopy(cacheKey);
    if (cached) return cached;
    (event as ExtendableEvent).waitUntil(repair(url, cacheKey).catch(() => undefined));
    return fetch(request);
  },
);
registerRoute(
  new PrecacheRoute(precache, {
    // Every query is ignored: the app's files are asked for without one, and a view's link is
    // only ever a query on the page.
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    cleanURLs: false,
  }),
);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    // The hand-written worker before this one kept a cache per version under its own names.
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(`${LEGACY_CACHE_PREFIX}${BASE.pathname} `))
            .map((key) => caches.delete(key)),
        ),
      )
      // The first version takes over the page that installed it, so it works offline at once.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') void self.skipWaiting();
});
