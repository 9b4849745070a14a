// A view's code that could not be loaded: most often an old tab after a new version was deployed
// and the old files removed (every file name carries its content hash), so a lazy view's import
// of a file that is gone fails. Each browser words the failure differently:
//   Chromium  "Failed to fetch dynamically imported module: https://…/assets/map-page-….js"
//   Firefox   "error loading dynamically imported module: https://…/assets/map-page-….js"
//   Safari    "Importing a module script failed."
//   Vite      "Unable to preload CSS for …" (the view's stylesheet), and before rethrowing any
//             failure of a lazy import's files it sends a `vite:preloadError` event on window.
const MESSAGES = [
  /failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /importing a module script failed/i,
  /unable to preload css/i,
];

/** Errors that Vite reported as a failed preload (its event carries the error it then throws). */
const reportedByVite = new WeakSet<object>();

if (typeof window !== 'undefined') {
  window.addEventListener('vite:preloadError', (event) => {
    const payload = (event as Event & { payload?: unknown }).payload;
    if (typeof payload === 'object' && payload !== null) reportedByVite.add(payload);
  });
}

/** Whether an error thrown by a lazy view means its code could not be loaded. */
export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (reportedByVite.has(error)) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
}
