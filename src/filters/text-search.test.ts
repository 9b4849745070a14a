import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import {
  matchesText,
  normalizeForSearch,
  searchTextOfPath,
  searchTextOfRule,
} from './text-search.ts';

const catalog = readCommittedCatalog();
const pathHits = (query: string) =>
  catalog.dataPaths
    .filter((p) => matchesText(searchTextOfPath(p, catalog.notes), query))
    .map((p) => p.id);
const ruleHits = (query: string) =>
  catalog.firewallRules
    .filter((r) => matchesText(searchTextOfRule(r, catalog.notes), query))
    .map((r) => r.id);

describe('normalizeForSearch', () => {
  it.each([
    ['ＴＣＰ', 'tcp'],
    ['ｶﾞ', 'ガ'],
    ['ｴｯｼﾞ', 'エッジ'],
    ['  Edge\u00a0\u3000 Sync\t\n ', 'edge sync'],
    ['５０６３６／ＴＣＰ', '50636/tcp'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });
});

describe('matchesText', () => {
  it('every term must occur; an empty query matches', () => {
    expect(matchesText('hub edge smtp', 'edge  HUB')).toBe(true);
    expect(matchesText('hub edge smtp', 'edge pop3')).toBe(false);
    expect(matchesText('hub edge smtp', '   ')).toBe(true);
    expect(matchesText('hub edge smtp', '')).toBe(true);
  });
});

describe('search over the real catalog', () => {
  it('half-width ｴｯｼﾞ finds the Edge Transport rows', () => {
    const hits = pathHits('ｴｯｼﾞ');
    expect(hits).toEqual(expect.arrayContaining(['transport-hub-to-edge', 'transport-edgesync']));
    expect(hits).not.toContain('cas-owa');
  });

  it('full-width ＥＤＧＥＳＹＮＣ finds EdgeSync', () => {
    expect(pathHits('ＥＤＧＥＳＹＮＣ')).toContain('transport-edgesync');
    expect(ruleHits('ＥＤＧＥＳＹＮＣ')).toEqual([
      'fw-msexchangeedgesync-rpc',
      'fw-msexchangeedgesync-rpcepmap',
    ]);
  });

  it('自己署名 and self-signed both find OWA (its encrypted-by-default cell)', () => {
    expect(pathHits('自己署名')).toContain('cas-owa');
    expect(pathHits('self-signed')).toContain('cas-owa');
    expect(pathHits('self-signed')).not.toContain('cas-pop3');
  });

  it('clussvc finds the clustering path through its note only', () => {
    const clustering = catalog.dataPaths.find((p) => p.id === 'mailbox-clustering')!;
    expect(JSON.stringify(clustering.source).toLowerCase()).not.toContain('clussvc');
    expect(pathHits('clussvc')).toEqual(['mailbox-clustering']);
  });

  it('terms are ANDed, across languages', () => {
    expect(pathHits('owa フォーム')).toEqual(['cas-owa']);
  });

  it('Japanese typed without the source’s inner spaces still matches', () => {
    const hits = pathHits('クライアントアクセス');
    // 「クライアント アクセス サーバーから Exchange 2010 メールボックス サーバー」
    expect(hits).toContain('cas-to-mailbox');
    expect(pathHits('アクセスサーバーからexchange')).toEqual(['cas-to-mailbox']);
    expect(hits).not.toContain('transport-hub-to-edge');
    // Two terms (AND) may each occur anywhere, so the spaced query finds at least as much.
    expect(pathHits('クライアント アクセス')).toEqual(expect.arrayContaining(hits));
  });

  it('the haystack is already normalised', () => {
    for (const p of catalog.dataPaths) {
      const text = searchTextOfPath(p, catalog.notes);
      expect(normalizeForSearch(text)).toBe(text);
    }
  });
});
