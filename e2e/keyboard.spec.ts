// The view tabs are a few Tab presses from page load: the first stop is a skip link to them
// (issue 15, item 6), ahead of the filters.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const focused = (page: Page) => page.locator(':focus');

const CASES = [
  {
    query: '?lang=en',
    skip: 'Skip to the view tabs',
    current: 'Data paths',
    scripts: 'Firewall scripts',
  },
  {
    query: '?lang=ja&role=cas&dir=in',
    skip: 'ビューの切り替えへ移動',
    current: 'データ パス',
    scripts: 'ファイアウォール スクリプト',
  },
  {
    query: '?lang=en&view=matrix&role=hub',
    skip: 'Skip to the view tabs',
    current: 'Port matrix',
    scripts: 'Firewall scripts',
  },
];

for (const c of CASES) {
  test(`${c.query}: the first Tab stop leads to the view tabs`, async ({ page }) => {
    test.slow();
    await page.goto(`./${c.query}`);
    await expect(page.getByRole('navigation', { name: /Table|表/ })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(focused(page)).toHaveText(c.skip);
    await expect(focused(page)).toBeInViewport();
    // axe over a long table takes long on a busy machine: on the filtered links only.
    if (c.query.includes('role=')) await expectNoAxeViolations(page);

    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveText(c.current);
    await expect(focused(page)).toHaveAttribute('aria-current', 'page');
    // The link itself is left as it was: no #fragment added.
    expect(new URL(page.url()).hash).toBe('');

    // From there, the firewall scripts tab is at most four more presses away.
    for (let i = 0; i < 4 && (await focused(page).textContent()) !== c.scripts; i++) {
      await page.keyboard.press('Tab');
    }
    await expect(focused(page)).toHaveText(c.scripts);
  });
}

test('views without the view tabs have no skip link to them', async ({ page }) => {
  await page.goto('./?lang=en&view=sheet&role=mailbox');
  // The app's own page (main#main), not the neutral frame index.html paints first: that frame
  // has an h1 too but nothing to tab to.
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to the view tabs' })).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Skip to content');
});
