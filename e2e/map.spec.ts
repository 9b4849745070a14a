import type { Page } from '@playwright/test';
import { buildRoleMap, isFaded } from '../src/diagrams/role-map.ts';
import { filterPaths } from '../src/view/selection.ts';
import { parseUrlState } from '../src/view/url-state.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { catalog, rowIds, PATH_COUNT } from './helpers.ts';
import { compact, readPdf } from './pdf-text.ts';

const matching = (query: string) =>
  filterPaths(catalog(), parseUrlState(new URLSearchParams(query)).state);

/** The pairs the pure functions say the filters keep (all pairs when nothing is filtered). */
const expectedPairs = (query: string) => {
  const map = buildRoleMap(catalog().dataPaths, new Set(matching(query).map((p) => p.id)));
  return map.edges.filter((e) => !isFaded(e, map)).map((e) => e.key);
};

const drawnPairs = async (page: Page, match?: 'true' | 'false') => {
  await page.getByTestId('role-map').waitFor();
  const selector = match ? `[data-pair][data-match=${match}]` : '[data-pair]';
  return page
    .getByTestId('role-map')
    .locator(selector)
    .evaluateAll((edges) => edges.map((e) => e.getAttribute('data-pair') ?? ''));
};

/**
 * Where a person would point: a spot on the drawn line of a pair that no other arrow covers
 * (arrows cross), in viewport coordinates.
 */
const pointOnArrow = async (page: Page, pair: string) =>
  page
    .locator(`[data-pair="${pair}"] path`)
    .last()
    .evaluate((el) => {
      const path = el as SVGPathElement;
      path.scrollIntoView({ block: 'center' });
      const link = path.closest('a');
      for (const at of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const point = path.getPointAtLength(path.getTotalLength() * at);
        const screen = point.matrixTransform(path.getScreenCTM() ?? undefined);
        if (document.elementFromPoint(screen.x, screen.y)?.closest('a') === link)
          return { x: screen.x, y: screen.y };
      }
      throw new Error(`no free spot on the arrow ${pair}`);
    });

/** Where a pair's ports are written: its label, or its note under the map when numbered. */
const portsOf = (page: Page, pair: string) =>
  page.locator(`[data-label="${pair}"]:not([data-note]), li[data-note="${pair}"]`);

const clickArrow = async (page: Page, pair: string) => {
  const { x, y } = await pointOnArrow(page, pair);
  await page.mouse.click(x, y);
};

test('the map draws one arrow per pair of ends and a box per endpoint, with ports', async ({
  page,
}) => {
  await page.goto('./?view=map&lang=en');
  expect(await drawnPairs(page)).toEqual(expectedPairs(''));
  expect(await drawnPairs(page, 'false')).toEqual([]);
  await expect(page.getByTestId('map-node')).toHaveCount(catalog().endpoints.length);
  // A label is written beside its arrow, or (no room there) numbered, in the list under the map.
  await expect(portsOf(page, 'hub>edge')).toContainText('● TCP 25, 50636');
  await expect(portsOf(page, 'backup>mailbox')).toContainText('SMB (no port number given)');
  await expect(page.locator('[data-legend]')).toHaveCount(3);
});

test("labels write the port plan, in the link's environment, and read sensibly aloud", async ({
  page,
}) => {
  await page.goto('./?view=map&dagport=64330&rpcrange=6005-59530&lang=en');
  const mailbox = portsOf(page, 'mailbox>mailbox');
  await expect(mailbox).toContainText('64330');
  await expect(mailbox).not.toContainText('64327');
  await expect(mailbox).toContainText('TCP 135 + 6005-59530 (your range)');
  // The range is the Exchange servers'; a domain controller keeps Windows' own.
  await expect(portsOf(page, 'mailbox>ad')).toContainText('TCP 135 + 49152-65535 (dynamic)');
  const ocs = page.getByRole('link', { name: /^Office Communications Server to Client Access: / });
  await expect(ocs).toHaveAccessibleName(
    /; TCP 5061 \(Client Access → Office Communications Server\); TCP 5075-5077; /,
  );
  const names = await page
    .getByTestId('map-edge')
    .evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''));
  expect(names.filter((name) => /,\s*,|,\s*;/.test(name))).toEqual([]);
});

for (const query of ['enc=none', 'port=135', 'auth=basic&authin=default', 'role=um&dir=out']) {
  test(`a filtered map highlights exactly the matching pairs: ${query}`, async ({ page }) => {
    await page.goto(`./?view=map&${query}&lang=en`);
    const strong = await drawnPairs(page, 'true');
    expect(strong).toEqual(expectedPairs(query));
    expect(strong.length).toBeLessThan(expectedPairs('').length);
    // Only the kept pairs are labelled.
    const labelled = await page
      .locator('[data-label]')
      .evaluateAll((labels) => labels.map((l) => l.getAttribute('data-label')));
    expect(labelled.sort()).toEqual([...strong].sort());
    await expect(page.getByRole('heading', { level: 2, name: /^Role map: / })).toContainText(
      `${matching(query).length} of ${PATH_COUNT}`,
    );
  });
}

test('choosing an arrow opens the explorer on that pair', async ({ page }) => {
  await page.goto('./?view=map&lang=en');
  await expect(
    page.getByRole('link', {
      name: new RegExp(
        `^Mailbox to Active Directory: data paths ${matching('from=mailbox&to=ad').length};`,
      ),
    }),
  ).toBeVisible();
  await clickArrow(page, 'mailbox>ad');
  await expect(page).toHaveURL(/from=mailbox&to=ad/);
  await expect.poll(() => rowIds(page)).toEqual(matching('from=mailbox&to=ad').map((r) => r.id));
  // The ports written on an arrow are part of its target too.
  await page.goBack();
  await page.locator('[data-label="hub>edge"]').click();
  await expect(page).toHaveURL(/from=hub&to=edge/);
  await expect.poll(() => rowIds(page)).toEqual(matching('from=hub&to=edge').map((r) => r.id));
});

test('under a filter, a kept arrow opens its matching rows and a faded one all of its rows', async ({
  page,
}) => {
  await page.goto('./?view=map&enc=none&lang=en');
  await expect(
    page.getByRole('link', {
      name: new RegExp(
        `^Mailbox to Mailbox: data paths ${matching('from=mailbox&to=mailbox').length}, 1 matching`,
      ),
    }),
  ).toBeVisible();
  await clickArrow(page, 'mailbox>mailbox');
  await expect(page).toHaveURL(/from=mailbox&to=mailbox&enc=none/);
  await expect.poll(() => rowIds(page)).toEqual(['mailbox-assistants']);
  await page.goBack();
  await page
    .getByRole('link', {
      name: new RegExp(
        `^Client Access to Mailbox: data paths ${matching('from=cas&to=mailbox').length}, 0 matching`,
      ),
    })
    .click();
  await expect(page).not.toHaveURL(/enc=none/);
  await expect.poll(() => rowIds(page)).toEqual(matching('from=cas&to=mailbox').map((r) => r.id));
});

test('choosing a box opens the explorer on every path to or from it', async ({ page }) => {
  await page.goto('./?view=map&lang=en');
  await page.getByRole('link', { name: /^Unified Messaging: every data path/ }).click();
  await expect(page).toHaveURL(/role=um/);
  await expect.poll(() => rowIds(page)).toEqual(matching('role=um').map((r) => r.id));
});

test('by keyboard: focusing an arrow lists its rows, Enter opens them', async ({ page }) => {
  await page.goto('./?view=map&lang=en');
  const arrow = page.getByRole('link', { name: /^Client Access to Mailbox: / });
  await arrow.focus();
  const card = page.getByTestId('map-card');
  await expect(card).toContainText('Client Access → Mailbox');
  const listed = await card
    .locator('[data-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
  expect(listed).toEqual(matching('from=cas&to=mailbox').map((r) => r.id));
  await expect(arrow).toHaveAttribute('aria-describedby', (await card.getAttribute('id')) ?? '');
  await page.keyboard.press('Tab');
  await expect(card).not.toContainText('Client Access → Mailbox');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=cas&to=mailbox/);
});

test('hovering an arrow lists its rows, marking those outside the filters', async ({ page }) => {
  await page.goto('./?view=map&enc=none&lang=en');
  await page.getByTestId('role-map').waitFor();
  const { x, y } = await pointOnArrow(page, 'mailbox>mailbox');
  await page.mouse.move(x, y);
  const card = page.getByTestId('map-card');
  await expect(card.locator('[data-row="mailbox-assistants"]')).toContainText(
    '✓ matches the filters',
  );
  await expect(card.locator('[data-row="mailbox-log-shipping"]')).toContainText(
    'outside the filters',
  );
});

test('the view switch keeps the filters between table, map and matrix', async ({ page }) => {
  await page.goto('./?enc=none&lang=ja');
  await rowIds(page);
  await page.getByRole('link', { name: 'ロール マップ' }).click();
  await expect(page).toHaveURL(/view=map&enc=none/);
  expect(await drawnPairs(page, 'true')).toEqual(expectedPairs('enc=none'));
  await expect(
    page.getByRole('link', { name: /^メールボックス から メールボックス: / }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: '表' })
    .getByRole('link', { name: 'ポート マトリックス' })
    .click();
  await expect(page).toHaveURL(/view=matrix&enc=none/);
  await page.getByTestId('port-matrix').waitFor();
  await page
    .getByRole('navigation', { name: '表' })
    .getByRole('link', { name: 'データ パス', exact: true })
    .click();
  await expect.poll(() => rowIds(page)).toEqual(matching('enc=none').map((r) => r.id));
});

for (const [view, colorScheme] of [
  ['./?view=map&lang=ja', 'light'],
  ['./?view=map&enc=none&enc=optional&lang=en', 'dark'],
] as const) {
  test(`axe finds no violations on ${view} (${colorScheme}), with a card open`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(view);
    await page.getByTestId('role-map').waitFor();
    await expectNoAxeViolations(page);
    await page.getByTestId('map-edge').first().focus();
    await page.getByTestId('map-card').waitFor();
    await expectNoAxeViolations(page);
  });
}

for (const lang of ['ja', 'en'] as const)
  test(`the map prints on one landscape page (${lang})`, async ({ page }) => {
    await page.goto(`./?view=map&enc=none&lang=${lang}`);
    await page.getByTestId('role-map').waitFor();
    const letter = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(letter.size).toEqual([792, 612]);
    expect(letter.pages).toBe(1);
    // A4 paper from the print dialog: the CSS asks only for landscape.
    const a4 = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(a4.size).toEqual([843, 596]);
    expect(a4.pages).toBe(1);
    expect(a4.compactText).toContain(compact(lang === 'ja' ? 'メールボックス' : 'Mailbox'));
  });

for (const lang of ['ja', 'en'] as const)
  test(`at 1280x800 no label overlaps another, none is under 12 px, few are numbered (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?view=map&lang=${lang}`);
    const svg = page.getByTestId('role-map');
    await svg.waitFor();
    const labels = await svg.evaluate((el) => {
      const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
      return [...el.querySelectorAll('[data-label]')].map((l) => {
        const r = l.getBoundingClientRect();
        return {
          key: l.getAttribute('data-label'),
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          px: parseFloat(getComputedStyle(l).fontSize) * scale,
        };
      });
    });
    expect(labels.length).toBeGreaterThan(10);
    // Nearly every label finds room beside its arrow (13 of 26 were numbered before issue 15).
    const numbered = svg.locator('[data-label][data-note]');
    expect(await numbered.count()).toBeLessThanOrEqual(4);
    await expect(page.getByTestId('map-notes').locator('li')).toHaveCount(await numbered.count());
    const overlapping = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) =>
            Math.min(a.box.right, b.box.right) > Math.max(a.box.left, b.box.left) &&
            Math.min(a.box.bottom, b.box.bottom) > Math.max(a.box.top, b.box.top),
        )
        .map((b) => `${a.key} / ${b.key}`),
    );
    expect(overlapping).toEqual([]);
    expect(Math.min(...labels.map((l) => l.px))).toBeGreaterThanOrEqual(12);
  });

test('on a phone the map keeps its size and scrolls in its own region', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?view=map&lang=ja');
  const region = page.getByRole('region', {
    name: 'ロール マップ: エンドポイントとその間のデータ パス',
  });
  await expect(region).toBeVisible();
  const widths = await region.evaluate((el) => ({
    region: el.clientWidth,
    content: el.scrollWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.content).toBeGreaterThan(widths.region);
  expect(widths.page).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});

test('the scripts tab opens the firewall script of the role being filtered', async ({ page }) => {
  await page.goto('./?view=map&role=edge&dir=in&lang=en');
  await page.getByRole('link', { name: 'Firewall scripts' }).click();
  await expect(page).toHaveURL(/view=scripts&role=edge&dir=in/);
  await expect(page.getByTestId('script-text')).toContainText(
    'add rule name="Exchange 2010 edge in: TCP 50636 from hub" dir=in',
  );
});

test('a broken map link names what it ignored and still draws the map', async ({ page }) => {
  await page.goto('./?view=map&role=mars&port=99999&enc=none&lang=en');
  const status = page.getByRole('status').filter({ hasText: 'Parts of the link were ignored' });
  await expect(status).toContainText('"mars" is not a known value for role.');
  await expect(status).toContainText('The port "99999" is outside 1 to 65535.');
  expect(await drawnPairs(page, 'true')).toEqual(expectedPairs('enc=none'));
});
