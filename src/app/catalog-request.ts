// The one request for catalog.json, shared by the first paint (src/boot.ts) and the app
// (use-catalog.ts), so the file is fetched and parsed once. Neither React nor the schema library
// here: boot.ts runs this before the app's code has loaded.
import { fetchCatalogData, type FetchResult } from '../catalog/fetch-catalog.ts';

/**
 * catalog.json sits beside index.html, so a relative URL works at the root and under a sub-path.
 * index.html preloads this same URL (scripts/vite-prerender.ts), so the request starts before
 * any script runs.
 */
export const CATALOG_URL = 'catalog.json';

let request: Promise<FetchResult> | null = null;

/** Starts the request once; every caller gets the same parsed, not yet validated, JSON. */
export function requestCatalogData(): Promise<FetchResult> {
  request ??= fetchCatalogData(CATALOG_URL);
  return request;
}
