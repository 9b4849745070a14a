import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { Catalog } from '../src/catalog/schema.ts';
import { LANGUAGES, type Language } from '../src/catalog/languages.ts';
import { renderStaticTable } from '../src/prerender/static-table.ts';

/** public/early.js: decides, before the body is painted, between the table and the frame. */
export const EARLY_SCRIPT = 'early.js';
/** The app fetches this URL (src/app/use-catalog.ts); the preload starts it before the app runs. */
export const CATALOG_FILE = 'catalog.json';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface CommonText {
  app: { title: string; subtitle: string };
  loading: string;
  stalled: {
    scriptFailed: string;
    timeout: string;
    whatToDo: string;
    reload: string;
    file: string;
    host: string;
    clearData: string;
  };
}

const commonText = (lang: Language) =>
  JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as CommonText;

/**
 * What the page says when the app cannot start (public/early.js's watchdog sets data-app-stalled
 * on <html>; src/index.css shows this and hides the loading line): what happened, by reason, and
 * what to do. Hidden until then (early.js also removes its `hidden`, for a page whose stylesheet
 * could not load either); the app's first render replaces it with the rest of the paint.
 * "Reload" is a link to the page itself, so that it works without any script.
 */
export function stallMessage(lang: Language): string {
  const text = commonText(lang).stalled;
  const item = (body: string) => `<li>${body}</li>`;
  return (
    `<div class="app-stall" data-app-stall="${lang}" role="alert" hidden>` +
    `<h2 data-stall-reason="script-failed">${escapeHtml(text.scriptFailed)}</h2>` +
    `<h2 data-stall-reason="timeout">${escapeHtml(text.timeout)}</h2>` +
    `<p>${escapeHtml(text.whatToDo)}</p><ul>` +
    item(`<a href="">${escapeHtml(text.reload)}</a>`) +
    item(escapeHtml(text.file)) +
    item(escapeHtml(text.host)) +
    item(escapeHtml(text.clearData)) +
    `</ul></div>`
  );
}

/**
 * The neutral first paint of a link the prerendered table does not answer (a filter, another
 * view, English): the app's header and its own loading line, drawn with the shell's classes, so
 * that the app's first render (src/app/shell.tsx) replaces it with the same picture.
 */
function neutralFrame(lang: Language): string {
  const text = commonText(lang);
  return (
    `<div class="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100" lang="${lang}" data-first-frame="${lang}">` +
    `<header class="flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 p-3 dark:border-slate-700"><div>` +
    // A page of its own while it shows: one h1 and one main, as the app's pages have.
    `<h1 class="text-xl font-bold">${escapeHtml(text.app.title)}</h1>` +
    `<p class="text-sm text-slate-700 dark:text-slate-300">${escapeHtml(text.app.subtitle)}</p>` +
    `</div></header>` +
    `<main class="p-3">${stallMessage(lang)}<p role="status">${escapeHtml(text.loading)}</p></main></div>`
  );
}

/**
 * Puts the default view's table (every data path, in Japanese, the document's language) into
 * index.html at build time, so a slow machine shows the answer as fast as a plain HTML page.
 * It has its own <main> (the app's is #main); React replaces it with the live app on first render.
 *
 * Beside it, one neutral frame per language, hidden: public/early.js (a classic script in
 * <head>, run before the body is painted) marks <html> with data-first-paint="frame" when the
 * link asks for anything else than the table (see src/index.css), so a deep link never paints
 * the wrong rows. Each of them holds the message of the startup watchdog (stallMessage), hidden
 * unless the app cannot start. The catalog is preloaded so that its request does not wait for the app's code.
 */
export function prerenderDefaultTable(): Plugin {
  return {
    name: 'prerender-default-table',
    apply: 'build',
    transformIndexHtml(html) {
      const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
      const table = renderStaticTable(catalog, 'ja');
      const notice =
        '<p class="prerender-notice" role="status">読み込み中… 絞り込みは間もなく使えます。 / <span lang="en">Loading… filters will be ready in a moment.</span></p>';
      const frames = LANGUAGES.map(neutralFrame).join('');
      const tags: HtmlTagDescriptor[] = [
        // Relative URLs: they resolve against the page, at the root and under a sub-path alike.
        { tag: 'script', attrs: { src: EARLY_SCRIPT }, injectTo: 'head' },
        {
          tag: 'link',
          // Same URL and credentials mode (crossorigin = same-origin credentials) as the app's fetch.
          attrs: { rel: 'preload', href: CATALOG_FILE, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        },
      ];
      return {
        html: html.replace(
          '<div id="root"></div>',
          `<div id="root"><div class="prerender" data-prerender=""><header><h1 class="prerender-title">Exchange 2010 ポート エクスプローラー</h1></header><main>${stallMessage('ja')}${notice}${table}</main></div>${frames}</div>`,
        ),
        tags,
      };
    },
  };
}
