// The built page locks itself down: a Content-Security-Policy that allows only its own origin and
// no inline or eval'd script, no inline script in the HTML, and no request to any other origin.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Parses a policy into directive name -> sources. */
const parsePolicy = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );

/** A source that names no origin: a quoted keyword ('self', 'none', a hash…) or data:/blob:. */
const namesNoOrigin = (source: string) => /^'[^']+'$/.test(source) || /^(data|blob):$/.test(source);

const cspOf = (page: Page) =>
  page
    .locator('meta[http-equiv="Content-Security-Policy" i]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));

test.describe('Content-Security-Policy', () => {
  test('the served page has a strict policy in a meta tag', async ({ page }) => {
    await page.goto('./?lang=en');
    const policies = await cspOf(page);
    expect(policies, 'exactly one CSP meta tag').toHaveLength(1);
    const policy = parsePolicy(policies[0]!);

    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"]) {
      expect(scriptSrc).not.toContain(unsafe);
    }
    // No directive allows another origin: no hosts, no http:/https:/ws: schemes, no wildcards.
    const origins = [...policy.entries()].flatMap(([name, sources]) =>
      sources.filter((s) => !namesNoOrigin(s)).map((s) => `${name} ${s}`),
    );
    expect(origins).toEqual([]);
    expect(policies[0]).not.toMatch(/\*|https?:|wss?:/i);
  });

  test('the policy comes before every script and stylesheet', async ({ request }) => {
    const html = await (await request.get('./')).text();
    const meta = html.search(/<meta\s+http-equiv=["']?Content-Security-Policy/i);
    expect(meta, 'CSP meta tag in the served HTML').toBeGreaterThan(-1);
    expect(meta).toBeLessThan(html.indexOf('</head>'));
    for (const tag of [/<script\b/i, /<link\b[^>]*rel=["']?stylesheet/i]) {
      const at = html.search(tag);
      if (at >= 0) expect(meta).toBeLessThan(at);
    }
  });

  test('the browser enforces it: no eval, no injected inline script', async ({
    page,
    pageProblems,
  }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('main#main tbody tr[data-row-id]').first()).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.effectiveDirective),
      );
      // Run outside this evaluate() call: DevTools' own evaluation may bypass the policy.
      const evalResult = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String((0, eval)('1 + 1')));
          } catch (error) {
            resolve((error as Error).name);
          }
        }, 0),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      script.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        evalResult,
        inlineRan: (window as { __inlineRan?: boolean }).__inlineRan ?? false,
        violations,
      };
    });
    expect(outcome.evalResult).toBe('EvalError');
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src', 'script-src-elem']));
    // Chromium reports the refused inline script on the console; this test provokes it.
    const refused = (p: string) =>
      /^console error: .*(Refused to|violates the following) Content Security Policy/.test(p);
    expect(pageProblems.filter(refused).length).toBeGreaterThan(0);
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !refused(p)));
  });
});

test.describe('requests stay on the page origin', () => {
  const views = [
    { url: './?lang=en', ready: 'main#main tbody tr[data-row-id]' },
    { url: './?table=rules&lang=ja', ready: 'main#main tbody tr[data-row-id^="fw-"]' },
    { url: './?view=sheet&role=mailbox&lang=en', ready: 'main#main table' },
    { url: './?open=cas-owa&port=443&lang=en', ready: '[data-testid="detail-cas-owa"]' },
    { url: './?view=map&enc=none&lang=en', ready: '[data-testid="role-map"]' },
    { url: './?view=matrix&lang=ja', ready: '[data-testid="port-matrix"]' },
  ];

  for (const view of views) {
    test(`${view.url} asks only its own origin`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const requests: { url: string; type: string }[] = [];
      page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));

      await page.goto(view.url);
      await expect(page.locator(view.ready).first()).toBeVisible();
      await page.waitForLoadState('networkidle');

      const urls = requests.map((r) => r.url);
      expect(urls.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
      const pathOf = (url: string) => new URL(url).pathname;
      expect(requests.filter((r) => r.type === 'document').map((r) => pathOf(r.url))).toEqual([
        '/',
      ]);
      expect(requests.some((r) => r.type === 'script' && pathOf(r.url).endsWith('.js'))).toBe(true);
      expect(requests.some((r) => r.type === 'stylesheet' && pathOf(r.url).endsWith('.css'))).toBe(
        true,
      );
      expect(urls.map(pathOf)).toContain('/catalog.json');
    });
  }
});

test('the served HTML has no inline script, inline handler or inline style', async ({
  page,
  request,
}) => {
  const response = await request.get('./');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
  expect(scripts.length, 'the app is loaded by a script').toBeGreaterThan(0);
  for (const [tag, attrs, body] of scripts) {
    expect(attrs, tag).toMatch(/\ssrc=/i);
    expect(body!.trim(), tag).toBe('');
  }
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<style\b|\sstyle\s*=/i);
  expect(html).not.toMatch(/javascript:/i);

  // And the running page has added none either.
  await page.goto('./?lang=en');
  await expect(page.locator('main#main tbody tr[data-row-id]').first()).toBeVisible();
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});
