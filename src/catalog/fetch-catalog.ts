// Fetches and parses catalog.json without judging it: the first paint (src/boot.ts) draws from
// this before the schema library has loaded; load-catalog.ts validates the same data for the app.
import type { LoadFailure } from './load-catalog.ts';

/** The catalog's JSON, parsed but not yet validated. */
export type FetchResult = { ok: true; data: unknown } | { ok: false; failure: LoadFailure };

/** Fetches and parses catalog.json; never throws. */
export async function fetchCatalogData(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: String(error) } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  try {
    return { ok: true, data: JSON.parse(await response.text()) };
  } catch (error) {
    return {
      ok: false,
      failure: { kind: 'json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
