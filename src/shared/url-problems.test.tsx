// @vitest-environment jsdom
// A link that repeats a key a thousand times, or is cut at 8 KB, is named in a few lines: the
// list never grows with the link, and never echoes more than a few words of what was pasted.
import { cleanup, render, screen, within } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../catalog/languages.ts';
import { i18nOptions } from '../i18n/setup-i18n.ts';
import { parseUrlState } from '../view/url-state.ts';
import { UrlProblems } from './url-problems.tsx';

function renderIn(lng: Language, query: string) {
  cleanup();
  const i18n = createInstance();
  void i18n.use(initReactI18next).init(i18nOptions(lng));
  const { problems } = parseUrlState(new URLSearchParams(query));
  render(
    <I18nextProvider i18n={i18n}>
      <UrlProblems problems={problems} />
    </I18nextProvider>,
  );
  return within(screen.getByRole('status'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

/** About 1 MB: `role=cas`, then `port=135` again and again (111,111 times). */
const MEGABYTE = ['role=cas', ...Array.from({ length: 111_111 }, () => 'port=135')].join('&');

afterEach(cleanup);

describe('UrlProblems', () => {
  it('names the cut of a 1 MB link once and groups its repeated keys', () => {
    // 8,192 characters hold role=cas, the port and 908 repeats of it; 110,202 pairs are cut off.
    expect(renderIn('en', MEGABYTE)).toEqual([
      'The link is longer than 8,192 characters: it was read up to its last whole key=value within them, and the rest (110,202 key=value pairs, from "port=135") was ignored.',
      'The value "135" for port is repeated.',
      'The value "135" for port is repeated.',
      'The value "135" for port is repeated.',
      'port: 905 more values ignored for the same reason.',
    ]);
    expect(renderIn('ja', MEGABYTE)).toEqual([
      'リンクが 8,192 文字を超えているため、その範囲にある最後の完全な key=value までを読み、残り (110,202 個の key=value、先頭「port=135」) は無視しました。',
      'port の値「135」は重複しています。',
      'port の値「135」は重複しています。',
      'port の値「135」は重複しています。',
      'port: 同じ理由でさらに 905 個の値を無視しました。',
    ]);
  });

  it('groups an 8 KB link of 1,300 unknown keys, and echoes at most 40 characters of a value', () => {
    const unknown = Array.from({ length: 1300 }, (_, i) => `_${i.toString(36)}=`).join('&');
    const long = `zz=${'v'.repeat(1000)}`;
    expect(`${unknown}&${long}`.length).toBeLessThanOrEqual(8192);
    expect(renderIn('en', `${long}&${unknown}`)).toEqual([
      `"zz" is not a known key (value "${'v'.repeat(40)}…").`,
      '"_0" is not a known key (value "").',
      '"_1" is not a known key (value "").',
      '1,298 more unknown keys ignored.',
    ]);
  });
});
