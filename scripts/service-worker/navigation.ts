// Which precached file answers a navigation. Pure, so that it is tested without a worker.

/** The caches of the hand-written worker that came before Workbox: `port-explorer <path> <hash>`. */
export const LEGACY_CACHE_PREFIX = 'port-explorer ';

/**
 * The URL of the file a navigation asks for, without its query and fragment (every view of the
 * app is a query on its page), the folder itself meaning its index.html:
 * `https://h/sub/?view=map#x` -> `https://h/sub/index.html`.
 */
export function navigatedFile(requestUrl: string): string {
  const url = new URL(requestUrl);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}
