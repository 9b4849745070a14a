import { useEffect, useState } from 'react';
import { loadCatalog, type LoadResult } from '../catalog/load-catalog.ts';

/** catalog.json sits beside index.html, so a relative URL works at the root and under a sub-path. */
export const CATALOG_URL = 'catalog.json';

export function useCatalog(): LoadResult | null {
  const [result, setResult] = useState<LoadResult | null>(null);
  useEffect(() => {
    let live = true;
    void loadCatalog(CATALOG_URL).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, []);
  return result;
}
