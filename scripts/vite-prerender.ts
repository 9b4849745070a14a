import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Catalog } from '../src/catalog/schema.ts';
import { renderStaticTable } from '../src/prerender/static-table.ts';

/**
 * Puts the default view's table (every data path, in Japanese, the document's language) into
 * index.html at build time, so a slow machine shows the answer as fast as a plain HTML page.
 * It has its own <main> (the app's is #main); React replaces it with the live app on first render.
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
      return html.replace(
        '<div id="root"></div>',
        `<div id="root"><div class="prerender" data-prerender=""><header><h1 class="prerender-title">Exchange 2010 ポート エクスプローラー</h1></header><main>${notice}${table}</main></div></div>`,
      );
    },
  };
}
