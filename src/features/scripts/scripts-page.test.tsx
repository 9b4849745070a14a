// @vitest-environment jsdom
// Issue 16, requirement 5: code finds catalog records by id, never by their text. The note that
// says firewalls between Exchange servers are not supported (SUPPORT_NOTE_ID) reworded in both
// languages, as an editor may: the scripts view still draws, inside the shell's error boundary,
// and its firewall script quotes the note as it now reads.
import { cleanup, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { readFileSync } from 'node:fs';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { SUPPORT_NOTE_ID } from '../../catalog/support-statement.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { i18nOptions } from '../../i18n/setup-i18n.ts';
import { ViewProvider } from '../../view/view-provider.tsx';
import { firewallScript } from '../../firewall-scripts/firewall-script.ts';
import { sayFrom } from '../../firewall-scripts/script-words.ts';
import { DEFAULT_ENVIRONMENT } from '../../plan/environment.ts';
import en from '../../../locales/en/script.json' with { type: 'json' };
import { ScriptsPage } from './scripts-page.tsx';

// jsdom's import.meta.url is no file: URL, so read the committed catalog from the repository root.
const readCatalog = () => JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;

const REWORDED = {
  ja: 'Exchange サーバーの間にファイアウォールを置く構成は、サポート対象外です（言い換えた注記）。',
  en: 'A firewall placed between Exchange servers is an unsupported setup (a reworded note).',
};

function rewordedCatalog(): Catalog {
  const catalog = readCatalog();
  const note = catalog.notes.find((n) => n.id === SUPPORT_NOTE_ID);
  if (!note) throw new Error(`the catalog has no note ${SUPPORT_NOTE_ID}`);
  note.ja = REWORDED.ja;
  note.en = REWORDED.en;
  return catalog;
}

function renderScripts(catalog: Catalog, lang: Language, search: string) {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init(i18nOptions(lang));
  window.history.replaceState(null, '', `/${search}&lang=${lang}`);
  return render(
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <ViewProvider>
          <ErrorBoundary name="scripts" startSearch="?">
            <ScriptsPage catalog={catalog} />
          </ErrorBoundary>
        </ViewProvider>
      </BrowserRouter>
    </I18nextProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the scripts view with the support note reworded', () => {
  for (const lang of ['en', 'ja'] as const)
    for (const script of ['netsh', 'powershell'] as const)
      it(`draws the ${script} script in ${lang}, quoting the note as it now reads`, () => {
        // A render error would be reported on console.error before the boundary shows it.
        const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
        renderScripts(rewordedCatalog(), lang, `?view=scripts&role=cas&dir=in&script=${script}`);
        expect(screen.queryByRole('alert')).toBeNull();
        const text = screen.getByTestId('script-text').textContent ?? '';
        expect(text).toContain(`「${REWORDED.ja}」`);
        expect(text).toContain(`"${REWORDED.en}"`);
        expect(text).toContain(SUPPORT_NOTE_ID);
        expect(errors).not.toHaveBeenCalled();
      });

  it('the firewall script text carries the reworded statement for every role', () => {
    const catalog = rewordedCatalog();
    for (const role of ['hub', 'edge', 'mailbox', 'cas', 'um'] as const) {
      const { text } = firewallScript(catalog, role, 'in', 'netsh', {
        env: DEFAULT_ENVIRONMENT,
        peers: {},
        anyAddress: false,
        say: sayFrom(en),
        lang: 'en',
      });
      expect(text, role).toContain(`rem "  「${REWORDED.ja}」 "`);
      expect(text, role).toContain(`rem   "${REWORDED.en}"`);
    }
  });

  it('and without the rewording shows the source sentence (the test reads the real view)', () => {
    renderScripts(readCatalog(), 'en', '?view=scripts&role=cas&dir=in&script=netsh');
    const text = screen.getByTestId('script-text').textContent ?? '';
    expect(text).toContain("isn't supported");
    expect(text).not.toContain(REWORDED.en);
  });
});
