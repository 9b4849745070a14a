import { buildMatrix } from '../src/diagrams/port-matrix.ts';
import { DEFAULT_ENVIRONMENT } from '../src/plan/environment.ts';
import { filterPaths } from '../src/view/selection.ts';
import { parseUrlState } from '../src/view/url-state.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { catalog, rowIds, PATH_COUNT } from './helpers.ts';
import { compact, readPdf } from './pdf-text.ts';

const matrixPairs = async (page: import('@playwright/test').Page) => {
  await page.getByTestId('port-matrix').waitFor();
  return page
    .locator('[data-testid=port-matrix] td[data-pair]:has(a)')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-pair') ?? ''));
};

const expectedPairs = (query: string) => {
  const m = buildMatrix(filterPaths(catalog(), parseUrlState(new URLSearchParams(query)).state), {
    rules: catalog().firewallRules,
    env: DEFAULT_ENVIRONMENT,
  });
  return m.sources.flatMap((f) => m.targets.filter((t) => m.cell(f, t)).map((t) => `${f}>${t}`));
};

test('the matrix has a cell for every pair of ends, and a cell opens that pair in the explorer', async ({
  page,
}) => {
  await page.goto('./?view=matrix&lang=en');
  expect(await matrixPairs(page)).toEqual(expectedPairs(''));
  await page.getByRole('link', { name: /^Mailbox to Active Directory: \d+ data paths/ }).click();
  await expect(page).toHaveURL(/from=mailbox&to=ad/);
  const expected = filterPaths(
    catalog(),
    parseUrlState(new URLSearchParams('from=mailbox&to=ad')).state,
  );
  await expect.poll(() => rowIds(page)).toEqual(expected.map((r) => r.id));
  await expect(page.getByTestId('pair-filter')).toContainText('Pair: Mailbox → Active Directory');
  await page.getByRole('button', { name: 'Clear the pair filter' }).click();
  await expect.poll(async () => (await rowIds(page)).length).toBe(PATH_COUNT);
});

test('a cell writes the port plan of its pair: merged ranges, the RPC pair as one', async ({
  page,
}) => {
  await page.goto('./?view=matrix&lang=en');
  const cell = (pair: string) => page.locator(`[data-testid=port-matrix] td[data-pair="${pair}"]`);
  await expect(cell('hub>edge')).toHaveText('● TCP 25, 50636');
  await expect(cell('um>cas')).toContainText('TCP 5075-5077');
  await expect(cell('mailbox>ad')).toContainText('TCP 135 + 49152-65535');
  // The OCS row's 5061 is the CAS connecting out.
  await expect(cell('ocs>cas')).toContainText('← TCP 5061');
});

test("the matrix follows the link's environment: the DAG port", async ({ page }) => {
  await page.goto('./?view=matrix&dagport=64330&lang=en');
  const cell = page.locator('[data-testid=port-matrix] td[data-pair="mailbox>mailbox"]');
  await expect(cell).toContainText('64330');
  await expect(cell).not.toContainText('64327');
  await expect(page.getByTestId('matrix-environment')).toBeVisible();
  // The cell's link keeps the environment.
  await expect(cell.getByRole('link')).toHaveAttribute('href', /dagport=64330/);
});

for (const query of ['enc=none', 'auth=basic&authin=default', 'port=135']) {
  test(`the matrix follows the filters: ${query}`, async ({ page }) => {
    await page.goto(`./?view=matrix&${query}&lang=en`);
    const pairs = await matrixPairs(page);
    expect(pairs).toEqual(expectedPairs(query));
    expect(pairs.length).toBeLessThan(expectedPairs('').length);
  });
}

test('the explorer links to the matrix keeping its filters', async ({ page }) => {
  await page.goto('./?enc=none&lang=en');
  await rowIds(page);
  await page.getByRole('link', { name: 'Port matrix' }).click();
  await expect(page).toHaveURL(/view=matrix&enc=none/);
  expect(await matrixPairs(page)).toEqual(expectedPairs('enc=none'));
});

for (const [view, colorScheme] of [
  ['./?view=matrix&lang=ja', 'light'],
  ['./?view=matrix&port=443&lang=en', 'dark'],
] as const) {
  test(`axe finds no violations on ${view} (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(view);
    await page.getByTestId('port-matrix').waitFor();
    await expectNoAxeViolations(page);
  });
}

for (const lang of ['ja', 'en'] as const)
  test(`the matrix prints on one landscape page with every cell (${lang})`, async ({ page }) => {
    await page.goto(`./?view=matrix&lang=${lang}`);
    await page.getByTestId('port-matrix').waitFor();
    for (const options of [
      { preferCSSPageSize: true },
      { format: 'A4', preferCSSPageSize: true },
    ]) {
      const pdf = await readPdf(await page.pdf(options));
      expect(pdf.pages).toBe(1);
      expect(pdf.compactText).toContain(compact(lang === 'ja' ? 'TCP 25、50636' : 'TCP 25, 50636'));
      expect(pdf.compactText).toContain(compact('UDP 1024-65535'));
    }
  });
