import type { Page } from '@playwright/test';
import type { Language } from '../src/catalog/languages.ts';
import { ROLE_IDS } from '../src/catalog/ids.ts';
import { buildSheet } from '../src/features/cheat-sheet/sheet-model.ts';
import { resources } from '../src/i18n/resources.ts';
import { DEFAULT_ENVIRONMENT } from '../src/plan/environment.ts';
import { entryPortsWithServices, type PlanWords } from '../src/plan/plan-text.ts';
import { rolePlans } from '../src/view/selection.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { catalog } from './helpers.ts';
import { compact, readPdf } from './pdf-text.ts';

const PAPER = { a4: [595, 842], letter: [612, 792] } as const;
const PAPERS = ['a4', 'letter'] as const;
const LANGUAGES = ['ja', 'en'] as const;
const UPDATED = catalog().document.updated;

/** The plan's words as the page writes them (src/shared/use-plan-words.ts), from the locales. */
function planWords(lang: Language): PlanWords {
  const { plan, labels, explorer } = resources[lang];
  return {
    dynamicRange: plan.words.dynamicRange,
    rangeSet: plan.words.rangeSet,
    dynamic: plan.words.dynamic,
    any: plan.words.any,
    unnumbered: (service) => plan.words.unnumbered.replace('{{service}}', service),
    setting: (key) => plan.setting[key],
    endpoint: (id) => labels.endpoint[id as keyof typeof labels.endpoint],
    arrow: plan.words.arrow,
    list: plan.words.list,
    encryption: (cls) => explorer.enc[cls],
  };
}

const printed = async (page: Page) => readPdf(await page.pdf({ preferCSSPageSize: true }));

/** The smallest type on the printed sheet, in pt (screen-reader-only text aside). */
const smallestPrintedPt = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  const px = await page.locator('.sheet-layout').evaluate((layout) => {
    let smallest = Infinity;
    for (const el of layout.querySelectorAll('*')) {
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      if (!hasText || el.closest('.sr-only')) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return smallest;
  });
  await page.emulateMedia({ media: null });
  return Math.round(((px * 72) / 96) * 100) / 100;
};

// Page 1 is the role's port plan, and without the appendix it is the whole sheet: one page on
// either paper, in either language, with every opening of the plan on it.
for (const role of ROLE_IDS) {
  for (const paper of PAPERS) {
    for (const lang of LANGUAGES) {
      test(`the ${role} sheet is one ${paper} page in ${lang}, with every opening of its plan`, async ({
        page,
      }) => {
        await page.goto(`./?view=sheet&role=${role}&paper=${paper}&lang=${lang}`);
        await page.locator('.sheet-table').first().waitFor();
        const qr = page.getByRole('img', { name: resources[lang].sheet.qrLabel });
        await expect(qr).toBeVisible();
        await expect(qr.locator('path')).toHaveAttribute('d', /^M\d+ \d+h\d+/);
        const link = (await qr.getAttribute('data-qr-value'))!;
        expect(new URL(link).searchParams.get('role')).toBe(role);
        expect(new URL(link).searchParams.get('view')).toBe('sheet');
        expect(await smallestPrintedPt(page)).toBeGreaterThanOrEqual(7);

        const pdf = await printed(page);
        expect(pdf.size).toEqual(PAPER[paper]);
        expect(pdf.pages).toBe(1);

        const words = planWords(lang);
        const plans = rolePlans(catalog(), role, DEFAULT_ENVIRONMENT);
        for (const entry of [...plans.inbound.entries, ...plans.outbound.entries]) {
          expect(pdf.compactText, entry.key).toContain(
            compact(entryPortsWithServices(entry, words)),
          );
        }
        expect(pdf.compactText).toContain(UPDATED); // the source's date, in the header and footer
        expect(pdf.compactText).toContain('view=sheet'); // the link, beside its QR code
        expect(pdf.compactText).toContain('1/1'); // page numbers in the margin
        expect(pdf.compactText).not.toContain(compact('Copy link'));
      });
    }
  }
}

// Both languages side by side take more room; on Letter (the shorter page) it still fits one.
for (const role of ROLE_IDS) {
  test(`the ${role} sheet with Japanese and English notes is one Letter page`, async ({ page }) => {
    await page.goto(`./?view=sheet&role=${role}&text=both&paper=letter&lang=en`);
    await page.locator('.sheet-table').first().waitFor();
    const pdf = await printed(page);
    expect(pdf.pages).toBe(1);
  });
}

// The densest sheet: Client Access with every environment port set (the RPC openings name them)
// and both languages, on Letter.
test("the densest sheet, with the environment's ports and both languages, is one Letter page", async ({
  page,
}) => {
  const env = 'rpcrange=6005-59530&rpcca=59532&ab=59533&pfrpc=59534&dagport=64400';
  await page.goto(`./?view=sheet&role=cas&text=both&paper=letter&${env}&lang=en`);
  await page.locator('.sheet-table').first().waitFor();
  const pdf = await printed(page);
  expect(pdf.compactText).toContain(compact('135 + 59532 (RPC Client Access)'));
  expect(pdf.pages).toBe(1);
});

// The appendix (appendix=1): every data path, Setup's rules and the notes, after page 1.
for (const role of ROLE_IDS) {
  test(`the ${role} sheet's appendix prints every row, port and note`, async ({ page }) => {
    await page.goto(`./?view=sheet&role=${role}&appendix=1&lang=en`);
    await page.locator('.sheet-table').first().waitFor();
    const pdf = await printed(page);
    expect(pdf.pages).toBeGreaterThan(1);

    const sheet = buildSheet(catalog(), role);
    const paths = [...sheet.inbound, ...sheet.outbound, ...sheet.both].map((r) => r.row);
    // Each data path once: a path between two servers of the role is not listed twice.
    const shown = await page
      .locator('.sheet-appendix tr[data-row-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
    expect(shown.filter((id) => paths.some((p) => p.id === id)).sort()).toEqual(
      paths.map((p) => p.id).sort(),
    );
    for (const row of [...paths, ...sheet.rules.map((r) => r.row)]) {
      expect(pdf.compactText, `row ${row.id}`).toContain(compact(row.id));
      for (const p of row.ports) {
        if (p.kind !== 'number') continue;
        const range = p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`;
        expect(pdf.compactText, `${row.id} port`).toContain(`${p.protocol!.toUpperCase()}${range}`);
      }
    }
    for (const { mark, note } of sheet.notes) {
      expect(pdf.compactText).toContain(compact(`${mark}${note.en}`).slice(0, 40));
    }
    expect(pdf.compactText).toContain('49152-65535'); // dynamic RPC spelled out
    expect(pdf.compactText).toContain(compact(`source last updated ${UPDATED}`));
    expect(pdf.compactText).toContain(`1/${pdf.pages}`);
  });
}

test('the appendix is a setting of the sheet, kept in its link', async ({ page }) => {
  await page.goto('./?view=sheet&role=hub&lang=en');
  await expect(page.locator('.sheet-appendix')).toHaveCount(0);
  await page
    .getByRole('checkbox', { name: 'Include appendix (all rows, rules and notes)' })
    .check();
  await expect(page).toHaveURL(/appendix=1/);
  await expect(page.locator('.sheet-appendix tr[data-row-id="transport-hub-to-hub"]')).toHaveCount(
    1,
  );
  await expect(page.getByRole('img', { name: 'QR code: the link to this sheet' })).toHaveAttribute(
    'data-qr-value',
    /[?&]appendix=1(&|$)/,
  );
});

test('a sheet with its appendix passes axe and fits a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./?view=sheet&role=cas&text=both&appendix=1&lang=ja');
  await page.locator('.sheet-appendix .sheet-table').first().waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('a Japanese sheet prints its Japanese text, and both languages side by side', async ({
  page,
}) => {
  await page.goto('./?view=sheet&role=edge&text=both&appendix=1&lang=ja');
  await page.locator('.sheet-table').first().waitFor();
  const pdf = await printed(page);
  expect(pdf.compactText).toContain(compact('受信 (待ち受け)'));
  expect(pdf.compactText).toContain(compact('付録'));
  expect(pdf.compactText).toContain(
    compact('エッジ トランスポート サーバーからハブ トランスポート サーバーへの送信'),
  );
  expect(pdf.compactText).toContain(compact('Edge Transport server to Hub Transport server'));
  expect(pdf.pages).toBeLessThanOrEqual(4); // page 1, then the appendix
});

test('a sheet link names an unknown role and offers the five roles', async ({ page }) => {
  await page.goto('./?view=sheet&role=ad&lang=en');
  await expect(page.getByRole('alert')).toContainText('"ad" is not a role');
  await page.getByRole('link', { name: 'Mailbox' }).click();
  await expect(page).toHaveURL(/role=mailbox/);
  await expect(page.locator('.sheet-table').first()).toBeVisible();
});

test('a filtered explorer view prints its table and filter summary, not its controls', async ({
  page,
}) => {
  await page.goto('./?role=cas&dir=in&port=443&lang=en');
  await page.locator('main#main table').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('filter-summary')).toHaveText(
    'Filters: Role or party: Client Access · Direction: Inbound (role is destination) · Port: 443',
  );
  await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeHidden();
  await expect(page.getByRole('complementary')).toBeHidden();
  const pdf = await readPdf(await page.pdf({ format: 'A4' }));
  expect(pdf.compactText).toContain(compact('Port: 443'));
  expect(pdf.compactText).toContain(compact('Outlook Web App'));
  expect(pdf.compactText).not.toContain(compact('Clear all filters'));
});

// The answer panel on A4 (issue 15): its columns keep their shares of the page beside the long
// program names, nothing runs past its border, its buttons stay off the paper, headers repeat.
for (const lang of LANGUAGES)
  test(`the answer panel prints on A4 with readable columns inside its border (${lang})`, async ({
    page,
  }) => {
    // As wide as A4 portrait between its 9 mm margins, in CSS pixels.
    await page.setViewportSize({ width: Math.floor(((210 - 18) / 25.4) * 96), height: 1000 });
    await page.goto(`./?role=cas&dir=in&lang=${lang}`);
    const answer = page.getByTestId('plan-answer');
    await answer.locator('tbody tr').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(answer.getByRole('button')).toHaveCount(0);
    const layout = await answer.evaluate((section) => {
      const border = section.getBoundingClientRect();
      const cells = [...section.querySelectorAll('th, td')].map((cell) => {
        const box = cell.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(cell).fontSize);
        return {
          cell: `${cell.closest('tr')?.rowIndex ?? '?'}:${(cell as HTMLTableCellElement).cellIndex}`,
          narrow: box.width < 4 * em,
          past: box.right > border.right + 0.5 || cell.scrollWidth > cell.clientWidth + 1,
        };
      });
      const heads = [...section.querySelectorAll('thead')].map((h) => getComputedStyle(h).display);
      return { cells, heads };
    });
    expect(layout.cells.length).toBeGreaterThan(10);
    expect(layout.cells.filter((c) => c.narrow).map((c) => c.cell)).toEqual([]);
    expect(layout.cells.filter((c) => c.past).map((c) => c.cell)).toEqual([]);
    expect(layout.heads.length).toBeGreaterThan(0);
    expect(layout.heads.every((display) => display === 'table-header-group')).toBe(true);
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.compactText).toContain(compact(resources[lang].explorer.answer.heading));
  });
