import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { detectLanguage } from './i18n/detect-language.ts';
import { setupI18n } from './i18n/setup-i18n.ts';
import './index.css';

setupI18n(detectLanguage(window.location.search, navigator.languages ?? []));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
