// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { createInstance, type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../catalog/languages.ts';
import { i18nOptions } from '../i18n/setup-i18n.ts';
import { BrowserRouter } from 'react-router';
import { DEFAULT_STATE } from '../view/view-state.ts';
import { ViewProvider } from '../view/view-provider.tsx';
import { useView } from '../view/use-view.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { retryableLazy } from './retryable-lazy.tsx';

function makeI18n(lng: Language): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init(i18nOptions(lng));
  return instance;
}

/** A view that throws while `broken.now` is true. */
const broken = { now: true };
function FragileView() {
  if (broken.now) throw new Error('rows is not iterable');
  return <p>the view</p>;
}

/** As the shell wraps a view: the start link comes from the link's one owner. */
function Guarded(props: { name?: string }) {
  const { search } = useView();
  return (
    <ErrorBoundary name={props.name} startSearch={search(DEFAULT_STATE) || '?'}>
      <FragileView />
    </ErrorBoundary>
  );
}

function renderIn(lng: Language, name?: string) {
  return render(
    <I18nextProvider i18n={makeI18n(lng)}>
      <BrowserRouter>
        <ViewProvider>
          <header>
            <button type="button">日本語</button>
          </header>
          <Guarded name={name} />
        </ViewProvider>
      </BrowserRouter>
    </I18nextProvider>,
  );
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    broken.now = true;
    // React reports every caught render error on console.error; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(null, '', '/?table=rules&q=smtp&lang=en');
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('renders its children when nothing throws', () => {
    broken.now = false;
    renderIn('en');
    expect(screen.getByText('the view')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the error in English and keeps the rest of the page', () => {
    renderIn('en', 'explorer');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This view failed to display');
    expect(alert.textContent).toContain('View: explorer');
    expect(alert.textContent).toContain('Error: rows is not iterable');
    expect(screen.getByRole('button', { name: '日本語' })).toBeTruthy();
    expect(console.error).toHaveBeenCalled();
  });

  it('links back to the start, keeping only lang', () => {
    renderIn('en');
    const link = screen.getByRole('link', { name: 'Back to the start' });
    expect(link.getAttribute('href')).toBe('?lang=en');
  });

  it('links to a bare start when the link has no valid lang', () => {
    window.history.replaceState(null, '', '/?lang=fr&role=cas');
    renderIn('en');
    expect(screen.getByRole('link', { name: 'Back to the start' }).getAttribute('href')).toBe('?');
  });

  it('speaks Japanese', () => {
    window.history.replaceState(null, '', '/?lang=ja');
    renderIn('ja', 'sheet');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('この画面を表示できませんでした');
    expect(alert.textContent).toContain('エラー: rows is not iterable');
    expect(screen.getByRole('button', { name: 'もう一度試す' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '最初の画面に戻る' })).toBeTruthy();
  });

  it('"Try again" renders the children afresh once they stop throwing', () => {
    renderIn('en');
    expect(screen.getByRole('alert')).toBeTruthy();
    broken.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('the view')).toBeTruthy();
  });

  it('"Try again" shows the message again when the view still throws', () => {
    renderIn('en');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert').textContent).toContain('rows is not iterable');
  });

  it('names a thrown non-Error value', () => {
    function ThrowsString(): never {
      throw 'just a string';
    }
    render(
      <I18nextProvider i18n={makeI18n('en')}>
        <ErrorBoundary startSearch="?">
          <ThrowsString />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Error: just a string');
  });
});

// An old tab after an update: the view's file is gone from the server, so its import fails.
describe('ErrorBoundary, a view whose code could not be loaded', () => {
  const CHROMIUM =
    'Failed to fetch dynamically imported module: https://example.org/assets/map-page-x1.js';

  /** A lazy view whose import fails `failures` times, then loads. */
  function lazyView(failures: number, message = CHROMIUM) {
    const load = vi.fn(() =>
      load.mock.calls.length <= failures
        ? Promise.reject(new TypeError(message))
        : Promise.resolve(() => <p>the map</p>),
    );
    return { load, View: retryableLazy(load) };
  }

  function renderLazy(lng: Language, View: ComponentType, reload = vi.fn()) {
    render(
      <I18nextProvider i18n={makeI18n(lng)}>
        <ErrorBoundary name="map" startSearch="?" reload={reload}>
          <Suspense fallback={<p>loading</p>}>
            <View />
          </Suspense>
        </ErrorBoundary>
      </I18nextProvider>,
    );
    return reload;
  }

  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  for (const message of [
    CHROMIUM,
    'error loading dynamically imported module: https://example.org/assets/map-page-x1.js',
    'Importing a module script failed.',
  ]) {
    it(`says the app was probably updated, with Reload first (${message.slice(0, 24)}…)`, async () => {
      const { View } = lazyView(1, message);
      renderLazy('en', View);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('This view could not be loaded');
      expect(alert.textContent).toContain('probably updated');
      const buttons = screen.getAllByRole('button').map((b) => b.textContent);
      expect(buttons).toEqual(['Reload', 'Try again']);
    });
  }

  it('speaks Japanese', async () => {
    const { View } = lazyView(1);
    renderLazy('ja', View);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('この画面を読み込めませんでした');
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'もう一度試す' })).toBeTruthy();
  });

  it('Reload reloads the page', async () => {
    const { View } = lazyView(1);
    const reload = renderLazy('en', View);
    fireEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('"Try again" imports the view again and shows it', async () => {
    const { load, View } = lazyView(1);
    renderLazy('en', View);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the map')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('"Try again" shows the message again while the file is still missing', async () => {
    const { load, View } = lazyView(2);
    renderLazy('en', View);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be loaded');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the map')).toBeTruthy();
  });

  it('keeps the usual message for any other error of a lazy view', async () => {
    const { View } = lazyView(1, 'rows is not iterable');
    renderLazy('en', View);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This view failed to display');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});
