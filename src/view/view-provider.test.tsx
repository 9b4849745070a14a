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

function renderApp(children: ReactNode, search = '?lang=en', historyState: unknown = null) {
  window.history.replaceState(historyState, '', `/${search}`);
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

  it('reads a link longer than 8 KB that arrives in the app up to the cut, and names the cut', async () => {
    // About 1 MB: the language, a role, then `port=135` again and again. public/early.js cuts
    // such a link when the page opens with it; one that arrives later (back, forward, a link
    // followed in the app) is read by the parser, which never reads past LINK_LIMIT.
    const pairs = ['lang=en', 'role=cas', ...Array.from({ length: 111_111 }, () => 'port=135')];
    renderApp(<Page />, '?role=um&lang=en');
    const first = seen.length;
    await act(async () => {
      window.history.pushState(null, '', `/?${pairs.join('&')}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const after = seen.slice(first);
    expect(after.length).toBeGreaterThan(0);
    // Named from the first view drawn from the long link on.
    expect(after.every((v) => v.problems[0]?.reason === 'link-too-long')).toBe(true);
    const view = seen.at(-1)!;
    // The view the part read asks for: `lang`, `role` and the ports within 8,192 characters.
    expect(view.language).toBe('en');
    expect(view.state.roles).toEqual(['cas']);
    expect(view.state.port).toEqual({ protocol: null, from: 135, to: 135 });
    expect(view.problems[0]).toEqual({
      key: '',
      value: 'port=135',
      reason: 'link-too-long',
      ignored: { values: pairs.length - 910 },
    });
    expect(view.problems.length).toBeLessThan(1000);
    // The links the app writes are built from the part read: a cut link never grows back.
    expect(view.currentSearch()).toBe('?role=cas&port=135&lang=en');
    await act(async () => {
      seen.at(-1)?.update({ dir: 'in' });
    });
    expect(window.location.search).toBe('?role=cas&dir=in&port=135&lang=en');
    expect(seen.at(-1)?.problems).toEqual([]);
  });

  it('names the cut public/early.js made before the app ran, until the link changes', async () => {
    const early = { linkCut: { values: 110_201, first: `port=${'9'.repeat(60)}` } };
    await act(async () => {
      renderApp(<Page />, '?role=cas&port=135&lang=en', early);
    });
    const view = seen.at(-1)!;
    expect(view.state.roles).toEqual(['cas']);
    expect(view.problems).toEqual([
      {
        key: '',
        value: `port=${'9'.repeat(35)}…`,
        reason: 'link-too-long',
        ignored: { values: 110_201 },
      },
    ]);
    await act(async () => {
      seen.at(-1)?.update({ dir: 'in' });
    });
    expect(seen.at(-1)?.problems).toEqual([]);
  });

  it('ignores a history state it did not make', async () => {
    for (const state of [{ linkCut: { values: '5', first: 'x' } }, { linkCut: null }, 'linkCut']) {
      await act(async () => {
        renderApp(<Page />, '?role=cas&lang=en', state);
      });
      expect(seen.at(-1)?.problems).toEqual([]);
      cleanup();
    }
  });
});
