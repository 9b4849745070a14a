import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { StartedMark } from './app/started-mark.tsx';
import { startCatalogLoad } from './app/use-catalog.ts';
import { registerServiceWorker } from './features/offline/register-service-worker.ts';
import { detectLanguage } from './i18n/detect-language.ts';
import { setupI18n } from './i18n/setup-i18n.ts';

setupI18n(detectLanguage(window.location.search, navigator.languages ?? []));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Run by boot.ts once the catalog has loaded (or failed): until the first render the page keeps
// what index.html or boot.ts painted (the prerendered table, the neutral frame or a deep link's
// table), so the app's view replaces it directly, with no loading page between.
void startCatalogLoad().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
      <StartedMark />
    </StrictMode>,
  ),
);

// Offline use (see README): production builds only; the dev server must never be cached.
if (import.meta.env.PROD) registerServiceWorker();
