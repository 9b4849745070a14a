// A pasted link of about 1 MB (a key repeated a hundred thousand times) opens its view at once:
// the app reads its first 8,192 characters (src/view/url-state.ts, LINK_LIMIT), names the cut and
// groups the repeated keys in a few lines, and replaces the address by the part it read.
//
// How the long link reaches the page: Node's http server (scripts/static-server.mjs, as most
// hosts) refuses a request line over 16 KB, so the browser navigates to the real 1 MB address
// and page.route answers that one request with the index.html the server gives for `?lang=..`.
// The page's location, and so everything that reads the link (public/early.js, src/boot.ts, the
// app), holds the whole 1 MB query; only the transport of the HTML is stood in for.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { rowIds } from './helpers.ts';

/**
 * About 1 MB: the language, a role, then `port=135` 111,111 times. The first 8,192 characters
 * hold `lang`, `role` and 908 ports (907 of them repeats); 110,203 pairs are cut off.
 */
const longQuery = (lang: 'en' | 'ja') =>
  [`lang=${lang}`, 'role=cas', ...Array.from({ length: 111_111 }, () => 'port=135')].join('&');

async function openLongLink(page: Page, lang: 'en' | 'ja') {
  const query = longQuery(lang);
  expect(query.length).toBeGreaterThan(1_000_000);
  await page.route(
    (url) => url.search.length > 100_000,
    async (route) => {
      const short = new URL(route.request().url());
      short.search = `?lang=${lang}`;
      await route.fulfill({ response: await route.fetch({ url: short.href }) });
    },
  );
  await page.goto(`./?${query}`);
}

// A 1 MB address travels through the DevTools protocol in every event of the page: slow to test.
test.slow();

const problems = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Parts of the link were ignored|リンクの一部/ });

test('a 1 MB link shows its view and names the cut, in English', async ({ page }) => {
  await page.goto('./?role=cas&port=135&lang=en');
  const expected = await rowIds(page);
  expect(expected.length).toBeGreaterThan(0);

  await openLongLink(page, 'en');
  await expect(problems(page)).toContainText(
    'The link is longer than 8,192 characters: it was read up to its last whole key=value within them, and the rest (110,203 key=value pairs, from "port=135") was ignored.',
  );
  await expect(problems(page)).toContainText('port: 904 more values ignored for the same reason.');
  await expect(problems(page).getByRole('listitem')).toHaveCount(5);
  expect(await rowIds(page)).toEqual(expected);
  await expectNoAxeViolations(page);

  // The address is now the part read (8,184 characters: no more than 8,192), and the next link
  // the app writes is made from it: a cut link never grows back.
  const cut = ['lang=en', 'role=cas', ...Array.from({ length: 908 }, () => 'port=135')].join('&');
  expect(new URL(page.url()).search).toBe(`?${cut}`);
  await page.locator('#search').fill('rpc');
  await expect(page).toHaveURL(/[?&]q=rpc/);
  expect(new URL(page.url()).search).toBe('?role=cas&port=135&q=rpc&lang=en');
});

test('a 1 MB link shows its view and names the cut, in Japanese', async ({ page }) => {
  await openLongLink(page, 'ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(problems(page)).toContainText(
    'リンクが 8,192 文字を超えているため、その範囲にある最後の完全な key=value までを読み、残り (110,203 個の key=value、先頭「port=135」) は無視しました。',
  );
  await expect(problems(page)).toContainText('port: 同じ理由でさらに 904 個の値を無視しました。');
  await expect(problems(page).getByRole('listitem')).toHaveCount(5);
  await expect(page.locator('main#main tbody tr[data-row-id]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
