// The page's entry (index.html). Small on purpose: it starts the catalog's request, draws a deep
// link's table as soon as the catalog is in (app/first-paint.ts), and only then runs the app
// (main.tsx), whose code is much larger and validates the catalog before its first render. The
// app's files are preloaded meanwhile (scripts/vite-app-preload.ts), so waiting to run them costs
// no download time.
import './index.css';
import { requestCatalogData } from './app/catalog-request.ts';
import { dropHiddenPrerender, paintFirstView } from './app/first-paint.ts';

dropHiddenPrerender(document);
void requestCatalogData()
  .then((fetched) => {
    // A first paint that fails leaves the neutral frame: the app still starts, and says why.
    if (fetched.ok) paintFirstView(fetched.data, window.location.search, document);
  })
  .catch(() => undefined)
  .finally(() => import('./main.tsx'));
