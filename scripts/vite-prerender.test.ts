// The page before the app runs: index.html as the build writes it (the prerendered table, the
// neutral frames and the startup watchdog's hidden messages) with the real public/early.js run
// in it, in jsdom, the way a browser runs it in <head>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformResult } from 'vite';
import { prerenderDefaultTable, stallMessage } from './vite-prerender.ts';

// jsdom ships no types (vitest's jsdom environment uses it untyped): the little used here.
interface Dom {
  window: Window & typeof globalThis;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options?: { url?: string; runScripts?: 'outside-only' }) => Dom;
};

const EARLY_JS = readFileSync(new URL('../public/early.js', import.meta.url), 'utf8');
const PAGE =
  '<!doctype html><html lang="ja"><head></head><body><div id="root"></div></body></html>';

function builtPage(): string {
  const transform = prerenderDefaultTable().transformIndexHtml as (
    html: string,
  ) => IndexHtmlTransformResult;
  const result = transform(PAGE) as { html: string };
  return result.html;
}
const BUILT = builtPage();

/** The built page at `search`, early.js run; `timers` collects what it schedules. */
async function openPage(search: string) {
  const dom = new JSDOM(BUILT, {
    url: `https://example.org/app/${search}`,
    runScripts: 'outside-only',
  });
  const { window } = dom;
  const timers: { run: () => void; ms: number }[] = [];
  window.setTimeout = ((run: () => void, ms: number) => timers.push({ run, ms })) as never;
  window.eval(EARLY_JS);
  const doc = window.document;
  // What early.js does to the body waits for it to be parsed, as in a browser.
  if (doc.readyState === 'loading')
    await new Promise((done) => doc.addEventListener('DOMContentLoaded', done));
  const html = doc.documentElement;
  /** The messages not hidden, and the reasons' headings not hidden in them. */
  const shown = () =>
    [...doc.querySelectorAll<HTMLElement>('[data-app-stall]')]
      .filter((message) => !message.hidden)
      .map((message) => ({
        lang: message.closest('[lang]')?.getAttribute('lang'),
        in: message.closest('[data-prerender]') ? 'table' : 'frame',
        reasons: [...message.querySelectorAll<HTMLElement>('[data-stall-reason]')]
          .filter((h) => !h.hidden)
          .map((h) => h.textContent),
      }));
  /** A file of the page that fails to load: `error` on its element, which does not bubble. */
  const fail = (element: Element) => {
    doc.head.append(element);
    element.dispatchEvent(new window.Event('error'));
  };
  const load = () => window.dispatchEvent(new window.Event('load'));
  return { window, doc, html, timers, shown, fail, load };
}

describe('stallMessage (the prerendered message)', () => {
  it.each([
    ['en', "The app's script could not be loaded", 'The app has not started.', 'text/javascript'],
    ['ja', 'アプリのスクリプトを読み込めなかった', 'アプリが起動していません。', 'text/javascript'],
  ] as const)('says what happened and what to do (%s), hidden, as an alert', (lang, a, b, c) => {
    const doc = new JSDOM(stallMessage(lang)).window.document;
    const message = doc.querySelector<HTMLElement>('[data-app-stall]')!;
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.hidden).toBe(true);
    const reasons = [...message.querySelectorAll('[data-stall-reason]')];
    expect(reasons.map((h) => h.getAttribute('data-stall-reason'))).toEqual([
      'script-failed',
      'timeout',
    ]);
    expect(reasons.map((h) => h.textContent)).toEqual([expect.stringContaining(a), b]);
    expect(message.textContent).toContain(c);
    expect(message.textContent).toContain('file://');
    expect(message.querySelector('a')!.getAttribute('href')).toBe('');
  });

  it('is in the prerendered table and in each language frame, hidden', () => {
    const doc = new JSDOM(BUILT).window.document;
    const places = [...doc.querySelectorAll<HTMLElement>('[data-app-stall]')].map((m) => [
      m.closest('[data-prerender]')
        ? 'table'
        : m.closest('[data-first-frame]')!.getAttribute('lang'),
      m.hidden,
    ]);
    expect(places).toEqual([
      ['table', true],
      ['ja', true],
      ['en', true],
    ]);
  });
});

describe('public/early.js: the startup watchdog', () => {
  it('a page script that fails to load shows the message of the link, in its language', async () => {
    const page = await openPage('?role=cas&lang=en');
    expect(page.shown()).toEqual([]);
    page.fail(page.doc.createElement('script'));
    expect(page.html.getAttribute('data-app-stalled')).toBe('script-failed');
    expect(page.shown()).toEqual([
      { lang: 'en', in: 'frame', reasons: [expect.stringContaining('script could not be loaded')] },
    ]);
    // Where the stylesheet failed too, `hidden` alone shows only that frame and no loading line.
    const visible = (selector: string) =>
      [...page.doc.querySelectorAll<HTMLElement>(selector)].filter((e) => !e.hidden).length;
    expect(visible('[data-prerender], [data-first-frame]')).toBe(1);
    expect(visible('[data-first-frame="en"]')).toBe(1);
    expect(visible('[role="status"]')).toBe(0);
  });

  it('the default link in Japanese: the message above the prerendered table', async () => {
    const page = await openPage('?lang=ja');
    const link = page.doc.createElement('link');
    link.rel = 'modulepreload';
    page.fail(link);
    expect(page.shown()).toEqual([
      {
        lang: 'ja',
        in: 'table',
        reasons: [expect.stringContaining('スクリプトを読み込めなかった')],
      },
    ]);
  });

  it('a stylesheet that fails counts; the catalog preload, an image or a later file does not', async () => {
    const page = await openPage('?lang=en');
    const preload = page.doc.createElement('link');
    preload.rel = 'preload';
    page.fail(preload);
    page.fail(page.doc.createElement('img'));
    expect(page.html.hasAttribute('data-app-stalled')).toBe(false);

    const stylesheet = page.doc.createElement('link');
    stylesheet.rel = 'stylesheet';
    page.fail(stylesheet);
    expect(page.html.getAttribute('data-app-stalled')).toBe('script-failed');

    const started = await openPage('?lang=en');
    started.html.setAttribute('data-app-started', '');
    started.fail(started.doc.createElement('script'));
    expect(started.html.hasAttribute('data-app-stalled')).toBe(false);
  });

  it('an app that has not started 8 s after the page loaded: the timeout message', async () => {
    const page = await openPage('?port=135&lang=en');
    expect(page.timers).toEqual([]);
    page.load();
    expect(page.timers.map((t) => t.ms)).toEqual([8000]);
    page.timers[0]!.run();
    expect(page.html.getAttribute('data-app-stalled')).toBe('timeout');
    expect(page.shown()).toEqual([
      { lang: 'en', in: 'frame', reasons: ['The app has not started.'] },
    ]);
  });

  it('stands down once the app has started', async () => {
    const page = await openPage('?lang=en');
    page.load();
    page.html.setAttribute('data-app-started', '');
    page.timers[0]!.run();
    expect(page.html.hasAttribute('data-app-stalled')).toBe(false);
    expect(page.shown()).toEqual([]);
  });
});

describe('public/early.js: a link over 8 KB', () => {
  const pairs = (count: number) => Array.from({ length: count }, () => 'port=135').join('&');

  it('is cut to its whole pairs within 8,192 characters, the rest counted in history.state', async () => {
    const long = `lang=en&role=cas&${pairs(111_111)}`;
    const page = await openPage(`?${long}`);
    const { location, history } = page.doc.defaultView!;
    const kept = location.search.slice(1);
    expect(kept.length).toBeLessThanOrEqual(8192);
    expect(long.startsWith(`${kept}&`)).toBe(true);
    expect(kept.split('&').every((pair) => pair === 'port=135' || /^(lang|role)=/.test(pair))).toBe(
      true,
    );
    expect(history.state).toEqual({
      linkCut: { values: long.split('&').length - kept.split('&').length, first: 'port=135' },
    });
    // The first paint reads the cut link: its language is the link's.
    expect(page.html.getAttribute('data-first-lang')).toBe('en');
  });

  it('a single pair longer than the limit leaves no query; its start is kept, decoded', async () => {
    const page = await openPage(`?q=x${'%E3%81%AE'.repeat(3000)}&lang=en`);
    const { location, history } = page.doc.defaultView!;
    expect(location.search).toBe('');
    expect(history.state.linkCut.values).toBe(2);
    expect(history.state.linkCut.first).toMatch(/^q=xの+$/);
  });

  it('leaves a link within the limit alone', async () => {
    const page = await openPage(`?${pairs(900)}`);
    const { history } = page.doc.defaultView!;
    expect(page.doc.defaultView!.location.search.length).toBe(pairs(900).length + 1);
    expect(history.state).toBeNull();
  });
});
