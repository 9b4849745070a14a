// @vitest-environment jsdom
// The link's one owner answers a change in the render of the keystroke, and when the router then
// applies the new URL, the page is not drawn again: the state it reads back is the one shown.
import { act, cleanup, render } from '@testing-library/react';
import { createInstance } from 'i18next';
import { memo, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nOptions } from '../i18n/setup-i18n.ts';
import { ViewProvider } from './view-provider.tsx';
import { useView, type View } from './use-view.ts';

const i18n = createInstance();
void i18n.use(initReactI18next).init(i18nOptions('en'));

/** Records every view a consumer of the context is drawn with. */
const seen: View[] = [];
function Consumer() {
  seen.push(useView());
  return null;
}
// As the shell's children are: drawn again only through the context.
const Page = memo(Consumer);

function renderApp(children: ReactNode) {
  window.history.replaceState(null, '', '/?lang=en');
  return render(
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <ViewProvider>{children}</ViewProvider>
      </BrowserRouter>
    </I18nextProvider>,
  );
}

afterEach(() => {
  cleanup();
  seen.length = 0;
});

describe('ViewProvider', () => {
  it('keeps the state object shown when the URL catches up with it', async () => {
    renderApp(<Page />);
    const first = seen.length;
    await act(async () => {
      seen.at(-1)?.update({ port: { protocol: null, from: 443, to: 443 } }, { replace: true });
    });
    expect(window.location.search).toBe('?port=443&lang=en');
    const after = seen.slice(first);
    // One render for the change; the router's update reads as the same state: no second one.
    expect(after).toHaveLength(1);
    expect(after[0]?.state.port).toEqual({ protocol: null, from: 443, to: 443 });
  });

  it('reads the link again when it changes from outside', async () => {
    renderApp(<Page />);
    await act(async () => {
      seen.at(-1)?.update({ q: 'owa' });
    });
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(seen.at(-1)?.state.q).toBe('');
  });

  it('gives the link of the view shown, read when asked', async () => {
    renderApp(<Page />);
    const { currentSearch } = seen.at(-1)!;
    await act(async () => {
      seen.at(-1)?.update({ roles: ['cas'] });
    });
    expect(currentSearch()).toBe('?role=cas&lang=en');
    expect(seen.at(-1)?.currentSearch).toBe(currentSearch);
  });
});
