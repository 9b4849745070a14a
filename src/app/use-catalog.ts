import { useEffect, useState } from 'react';
import { validateCatalog, type LoadResult } from '../catalog/load-catalog.ts';
import { requestCatalogData } from './catalog-request.ts';

let started: Promise<LoadResult> | null = null;
let settled: LoadResult | null = null;

/**
 * Validates the catalog once (main.tsx waits for it before the first render); never rejects.
 * The request is the one boot.ts started for the first paint, so the file is fetched once.
 */
export function startCatalogLoad(): Promise<LoadResult> {
  started ??= requestCatalogData()
    .then((fetched) => (fetched.ok ? validateCatalog(fetched.data) : fetched))
    .then((result) => (settled = result));
  return started;
}

/** The catalog's load result, or null while it loads: already there when main.tsx waited for it. */
export function useCatalog(): LoadResult | null {
  const [result, setResult] = useState<LoadResult | null>(settled);
  useEffect(() => {
    let live = true;
    void startCatalogLoad().then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, []);
  return result;
}
