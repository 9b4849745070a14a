import type { Page } from '@playwright/test';
import { resources } from '../src/i18n/resources.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

// The data-path table fits the screen by priority (issue 15): on a laptop every column is in view
// and none is narrower than a word; on a phone each row is a card with its details under it;
// active filters are removable chips at every width; tap targets are at least 24 px.

const LANGUAGES = ['ja', 'en'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;
const TAP = 24;

const rows = (page: Page) => page.locator('main#main tbody tr[data-row-id]');

/** Nothing on the page makes it scroll sideways. */
const expectNoSidewaysScroll = async (page: Page) => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
};

/** The element's box lies within the viewport's width. */
const expectInsideViewport = async (page: Page, selector: string) => {
  const inside = await page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
  });
  expect(inside, selector).toBe(true);
};

/** Width and height of every element matched, as "name: w x h". */
const sizesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        return { name, width: box.width, height: box.height };
      }),
  );

/**
 * Words of Latin letters (an ASCII token: "Kerberos,", "NTLM") that the line breaks cut in two
 * although they would fit on one line of their cell, as "word (column)". A word wider than its
 * cell may break.
 */
const brokenWords = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cells) => {
    const measure = document.createElement('canvas').getContext('2d')!;
    const found: string[] = [];
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      const room =
        cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const font = getComputedStyle(node.parentElement!);
        measure.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
        const top = (at: number) => {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getClientRects()[0]?.top ?? 0;
        };
        for (const match of text.matchAll(/[!-,.0-~]{2,}/g)) {
          const start = match.index;
          const end = start + match[0].length - 1;
          const lineHeight = parseFloat(font.fontSize);
          if (top(end) - top(start) > lineHeight / 2 && measure.measureText(match[0]).width < room)
            found.push(`${match[0]} (${cell.getAttribute('data-col')})`);
        }
      }
    }
    return found;
  });

const expectTapTargets = async (page: Page, selector: string) => {
  const small = (await sizesOf(page, selector)).filter((s) => s.width < TAP || s.height < TAP);
  expect(small, selector).toEqual([]);
};

for (const lang of LANGUAGES) {
  for (const size of SIZES) {
    const wide = size.width >= 768;
    test.describe(`${lang} at ${size.width}x${size.height}`, () => {
      test.use({ viewport: size });

      test('the data-path table fits the screen', async ({ page }) => {
        await page.goto(`./?lang=${lang}`);
        await rows(page).first().waitFor();
        await expectNoSidewaysScroll(page);
        const first = 'main#main tbody tr[data-row-id]:first-child';
        await expectInsideViewport(page, `${first} > td[data-col="encryption"]`);
        await expectInsideViewport(page, `${first} > td[data-col="path"]`);
        // No cell narrower than about two characters, none with content running out of it.
        const cells = await page
          .locator('main#main table.data-table > * > tr > :is(td, th):not([data-col="open"])')
          .evaluateAll((els) =>
            els
              .filter((el) => el.getClientRects().length > 0)
              .map((el) => {
                const style = getComputedStyle(el);
                const box = el.getBoundingClientRect();
                return {
                  cell: `${el.closest('tr')?.getAttribute('data-row-id') ?? 'head'} ${el.getAttribute('data-col')}`,
                  narrow: box.width < 2 * parseFloat(style.fontSize),
                  overflows: el.scrollWidth > el.clientWidth + 1,
                };
              }),
          );
        expect(cells.length).toBeGreaterThan(0);
        expect(cells.filter((c) => c.narrow).map((c) => c.cell)).toEqual([]);
        expect(cells.filter((c) => c.overflows).map((c) => c.cell)).toEqual([]);
        // No word shorter than its column breaks ("Kerber os" in the authentication column).
        const shortWords = ['auth', 'from', 'to', 'encryption', 'section']
          .map((col) => `[data-col="${col}"]`)
          .join(', ');
        expect(
          await brokenWords(page, `main#main tbody tr[data-row-id] > td:is(${shortWords})`),
        ).toEqual([]);
        // Rows are table rows on a wide screen, cards (blocks) on a phone.
        const display = await rows(page)
          .first()
          .evaluate((tr) => getComputedStyle(tr).display);
        expect(display === 'table-row').toBe(wide);
        await expectTapTargets(page, 'main#main table.data-table button');
      });

      test('an opened row shows its details within the screen', async ({ page }) => {
        await page.goto(`./?lang=${lang}`);
        await rows(page).first().waitFor();
        const id = (await rows(page).nth(4).getAttribute('data-row-id'))!;
        await rows(page).nth(4).locator('button[aria-expanded]').click();
        const detail = page.getByTestId(`detail-${id}`);
        await expect(detail).toBeVisible();
        await expectNoSidewaysScroll(page);
        const outside = await detail.evaluate((root) =>
          [root, ...root.querySelectorAll('*')]
            .filter((el) => el.getClientRects().length > 0)
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return box.left < 0 || box.right > window.innerWidth + 0.5;
            })
            .map((el) => el.outerHTML.slice(0, 80)),
        );
        expect(outside).toEqual([]);
        if (!wide) {
          // The details sit under their card.
          const card = await rows(page).nth(4).boundingBox();
          const box = await detail.boundingBox();
          expect(box!.y).toBeGreaterThanOrEqual(card!.y + card!.height - 1);
        }
        await expectNoAxeViolations(page);
      });

      test('active filters are removable chips', async ({ page }) => {
        const t = resources[lang];
        await page.goto(`./?role=cas&dir=in&port=443&lang=${lang}`);
        await rows(page).first().waitFor();
        const chips = page.getByTestId('filter-chips');
        await expect(chips).toBeVisible();
        await expect(chips.getByRole('button')).toHaveCount(3);
        await expectTapTargets(page, '[data-testid="filter-chips"] button');
        await expectNoSidewaysScroll(page);
        await expectNoAxeViolations(page);

        const name = t.explorer.filters.remove
          .replace('{{filter}}', t.explorer.filters.role)
          .replace('{{value}}', t.labels.endpoint.cas);
        await chips.getByRole('button', { name, exact: true }).click();
        await expect(page).not.toHaveURL(/role=cas/);
        await expect(page).toHaveURL(/dir=in/);
        await expect(page).toHaveURL(/port=443/);
        await expect(chips.getByRole('button')).toHaveCount(2);
        // Focus stays among the chips.
        await expect(chips.getByRole('button').first()).toBeFocused();

        await chips.getByRole('button').first().click();
        await chips.getByRole('button').first().click();
        await expect(page).not.toHaveURL(/dir=|port=/);
        await expect(chips).toBeHidden();
      });
    });
  }
}
