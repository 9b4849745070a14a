import { useEffect, useState } from 'react';
import { loadCatalog, type LoadResult } from '../catalog/load-catalog.ts';

/**
 * catalog.json sits beside index.html, so a relative URL works at the root and under a sub-path.
 * index.html preloads this same URL (scripts/vite-prerender.ts), so the request starts before the
 * app's code runs.
 */
export const CATALOG_URL = 'catalog.json';

let started: Promise<LoadResult> | null = null;
let settled: LoadResult | null = null;

/** Starts loading the catalog once (main.tsx calls it before the first render); never rejects. */
export function startCatalogLoad(): Promise<LoadResult> {
  started ??= loadCatalog(CATALOG_URL).then((result) => (settled = result));
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
