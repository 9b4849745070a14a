// The service worker (a classic script, served as sw.js beside index.html). The build
// (scripts/vite-service-worker.ts) puts two lines in front of this file:
//   const VERSION = 'a1b2c3d4e5f6a7b8';   a hash of every built file and of this code
//   const FILES = ['index.html', 'assets/index-Xy12.js', 'catalog.json', …];
// Every URL is relative to the worker's own location, so one build works at / and at a sub-path.
/* global VERSION, FILES */

const BASE = new URL('./', self.location.href);
// Caches belong to the origin, not to the scope: name them by scope, so that two copies of the
// app on one origin (/ and /sub/path/) never delete each other's files.
const PREFIX = `port-explorer ${BASE.pathname} `;
const CACHE = PREFIX + VERSION;
const urlOf = (file) => new URL(file, BASE).href;
const PRECACHED = new Set(FILES.map(urlOf));
const INDEX = urlOf('index.html');

/**
 * The cache key that answers a request, or null to leave it to the network: a precached file
 * (its query ignored), and for a navigation to the app's page (`./` or `./index.html`, with any
 * query: every view is a query string) the cached index.html.
 */
function cacheKeyFor(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (PRECACHED.has(url.href)) return url.href;
  if (request.mode === 'navigate' && url.href === BASE.href) return INDEX;
  return null;
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the page asks for it (the user clicked Reload
  // in the update notice) or until every page of the old one is closed.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: 'no-cache' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      // The first version takes over the page that installed it, so it works offline at once.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const key = cacheKeyFor(event.request);
  if (!key) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(event.request)),
  );
});
