import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { escapeHtml } from './markup-tree.ts';
import { renderStaticTable } from './static-table.ts';

const rowIds = (html: string) =>
  [...html.matchAll(/<tr [^>]*data-row-id="([^"]*)"/g)].map((m) => m[1]);

describe('renderStaticTable', () => {
  const real = readCommittedCatalog();

  it('lists every data path of the real catalog once, in catalog order', () => {
    const html = renderStaticTable(real, 'en');
    expect(real.dataPaths).toHaveLength(55);
    expect(rowIds(html)).toEqual(real.dataPaths.map((p) => p.id));
    expect(html).toMatch(/^<table[^>]*>\s*<caption>Data paths<\/caption>\s*<thead/);
  });

  it('escapes catalog text: a path that is markup comes out as text', () => {
    const evil = structuredClone(real) as Catalog;
    const first = evil.dataPaths[0]!;
    first.source.en.path = '<script>alert(1)</script>';
    first.source.ja.path = `"'&<b>`;
    const en = renderStaticTable(evil, 'en');
    expect(en).not.toContain('<script>');
    expect(en).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const ja = renderStaticTable(evil, 'ja');
    expect(ja).not.toContain('<b>');
    expect(ja).toContain('&quot;&#39;&amp;&lt;b&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('renders the English texts and labels', () => {
    const html = renderStaticTable(real, 'en');
    expect(html).toContain('Hub Transport server to Hub Transport server');
    expect(html).toContain(
      '<th scope="col" class="p-2" data-col="port" data-sortable="false">Ports</th>',
    );
    // Each cell names its column, for the phone layout (cards): as the live table's cells do.
    expect(html).toContain('<td class="p-2" data-col="encryption" data-label="Encryption">');
    expect(html).toContain('TCP 25');
    expect(html).toContain('Dynamic RPC (TCP)');
    expect(html).toContain('Encrypted by default (TLS)');
    expect(html).toContain('Kerberos');
    expect(html).toContain('Hub Transport');
    expect(html).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('renders the Japanese texts and labels', () => {
    const html = renderStaticTable(real, 'ja');
    expect(rowIds(html)).toEqual(real.dataPaths.map((p) => p.id));
    expect(html).toContain('ハブ トランスポート サーバーからハブ トランスポート サーバー');
    expect(html).toContain('<caption>データ パス</caption>');
    expect(html).toContain('lang="ja"');
    expect(html).not.toContain('Hub Transport server to Hub Transport server');
  });
});
