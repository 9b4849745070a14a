// Performance benchmark of the built app against a no-script floor page holding the same table.
// Run with `npm run bench` (tsx). Builds the app, serves three folders on 127.0.0.1 with the plain
// static server (gzip), and measures in headless Chromium, unthrottled and at 4x CPU throttling:
// first-view bytes, time to the full default table, time to a first port filter, and
// keystroke-to-updated-table latency on the real and a 100x catalog, and the time to check a
// pasted export of 10,000 firewall rules in the check view. Writes bench-results/bench.{md,json}.
// Options (environment): BENCH_RUNS (default 5), BENCH_RUNS_100X (default 3),
// BENCH_KEY_CAP_MS (default 10000), BENCH_NO_BUILD=1 (reuse bench-results/dist), CHROMIUM_PATH,
// BENCH_PARTS (while working on one figure: a comma list of deep, filter, keys, check, long; the
// first view and the floor always run, for the ratios; `long`, a pasted 1 MB link, runs only when
// named).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../chromium-options.ts';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import type { Catalog } from '../../src/catalog/schema.ts';
import { renderStaticTable } from '../../src/prerender/static-table.ts';
import { bundleCheckFunctions, makeCheckPaste } from './check-paste.ts';
import {
  DEFAULT_CATALOG,
  makeSyntheticCatalog,
  readCatalogFile,
} from './make-synthetic-catalog.ts';
import {
  installKeyProbe,
  installPageProbe,
  installPasteProbe,
  APP_ROWS,
  LIVE_ROWS,
  pageCall,
  settleKey,
  timeCheckFunctions,
  type CheckTimes,
  type KeyResult,
  type PasteTimes,
  type ProbeWindow,
} from './probes.ts';
import {
  median,
  renderReport,
  type BenchResults,
  type CheckPasteSummary,
  type DeepLinkSummary,
  type KeySeries,
  type Transfer,
} from './report.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(REPO, 'bench-results');
const intEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const RUNS = intEnv('BENCH_RUNS', 5);
const RUNS_100X = intEnv('BENCH_RUNS_100X', 3);
const KEY_CAP_MS = intEnv('BENCH_KEY_CAP_MS', 10_000);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'deep,filter,keys,check').split(','));
const FACTOR = 100;
const RATES = [1, 4] as const;
const PORT_KEYS = ['4', '4', '3']; // 4, 44, 443
const SEARCH_KEYS = ['e', 'd', 'g', 'e']; // e, ed, edg, edge
// Deep links (issue 15): the app's filtered view against the floor's first contentful paint.
const DEEP_LINKS = ['?role=cas&dir=in&lang=en', '?port=135', '?enc=none&lang=en'];
// A pasted link of about 1 MB (issue 16): `port=135` repeated after a role.
const LONG_LINK = {
  link: '`?lang=en&role=cas` + `&port=135` × 111,111',
  query: ['lang=en', 'role=cas', ...Array.from({ length: 111_111 }, () => 'port=135')].join('&'),
};
// A server's export pasted into the check view (part `check`): read, checked and reported.
const CHECK = {
  rules: 10_000,
  query: '?view=check&role=cas&dir=in&lang=en',
  role: 'cas',
  dir: 'in',
  input: '#check-rules',
  summary: '[data-testid="check-summary"]',
} as const;
const TRANSFER_KINDS = ['html', 'js', 'css', 'json', 'other', 'total'] as const;
const LOAD_TIMEOUT = 180_000;
const WATCHDOG_MS = 45 * 60_000;

const children: ChildProcess[] = [];
const killServers = () => {
  for (const child of children) if (child.exitCode === null && child.pid) child.kill('SIGTERM');
};
process.on('exit', killServers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killServers();
    process.exit(130);
  });
}

const log = (message: string) => console.error(`[bench] ${message}`);

// ---------------------------------------------------------------- build and folders

function build(): string {
  const dist = join(OUT, 'dist');
  if (process.env.BENCH_NO_BUILD === '1' && existsSync(join(dist, 'index.html'))) return dist;
  log(
    'npm run build (into bench-results/dist, so that a parallel build of dist/ is not disturbed)',
  );
  // npm appends the arguments to the script, i.e. to `vite build`.
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', dist, '--emptyOutDir'], {
    cwd: REPO,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status})`);
  return dist;
}

function floorPage(real: Catalog, cssFiles: string[]): string {
  const links = cssFiles.map((f) => `<link rel="stylesheet" href="assets/${f}">`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="icon" href="data:,">
<title>Exchange 2010 port explorer (floor: static table)</title>
${links}
</head>
<body>
<main class="p-4">
${renderStaticTable(real, 'en')}
</main>
</body>
</html>
`;
}

function prepareFolders(dist: string, real: Catalog) {
  const dirs = { app: join(OUT, 'app'), app100x: join(OUT, 'app-100x'), floor: join(OUT, 'floor') };
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dirs.app, { recursive: true });
  cpSync(dist, dirs.app100x, { recursive: true });
  const synthetic = makeSyntheticCatalog(real, FACTOR);
  writeFileSync(join(dirs.app100x, 'catalog.json'), JSON.stringify(synthetic));
  const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
  mkdirSync(join(dirs.floor, 'assets'), { recursive: true });
  for (const f of css) cpSync(join(dist, 'assets', f), join(dirs.floor, 'assets', f));
  writeFileSync(join(dirs.floor, 'index.html'), floorPage(real, css));
  return { dirs, syntheticPaths: synthetic.dataPaths.length };
}

// ---------------------------------------------------------------- servers

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

async function startServer(dir: string, taken: Set<number>): Promise<string> {
  let port = 4300;
  while (port <= 4399 && (taken.has(port) || !(await canListen(port)))) port++;
  if (port > 4399) throw new Error('no free port in 4300-4399');
  taken.add(port);
  const child = spawn(process.execPath, [join(REPO, 'scripts/static-server.mjs'), dir, `${port}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server on ${port} did not start`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server on ${port} exited (${code})`));
    });
  });
  return `http://127.0.0.1:${port}/`;
}

// ---------------------------------------------------------------- browser sessions

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  transfer: Transfer;
  foreign: string[];
}

const kindOf = (url: string, type: string): keyof Transfer => {
  if (new URL(url).pathname.endsWith('/catalog.json')) return 'json';
  if (type === 'Document') return 'html';
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  return 'other';
};

/** A fresh context and page, cache disabled, CPU throttled, every response's wire bytes counted. */
async function openSession(browser: Browser, rate: number, minRows: number): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(LOAD_TIMEOUT);
  await context.addInitScript({
    content: pageCall(installPageProbe, minRows, LIVE_ROWS, APP_ROWS),
  });
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const transfer: Transfer = { html: 0, js: 0, css: 0, json: 0, other: 0, total: 0 };
  const foreign: string[] = [];
  const responses = new Map<string, { url: string; type: string }>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:)/.test(e.request.url)) foreign.push(e.request.url);
  });
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, { url: e.response.url, type: e.type }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const response = responses.get(e.requestId);
    if (!response || response.url.startsWith('data:')) return;
    transfer[kindOf(response.url, response.type)] += e.encodedDataLength;
    transfer.total += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp, transfer, foreign };
}

async function withSession<T>(
  browser: Browser,
  rate: number,
  minRows: number,
  run: (s: Session) => Promise<T>,
): Promise<T> {
  const session = await openSession(browser, rate, minRows);
  try {
    const result = await run(session);
    if (session.foreign.length) throw new Error(`non-loopback request: ${session.foreign[0]}`);
    return result;
  } finally {
    await session.context.close();
  }
}

/**
 * In-page times (ms since navigation start) of the first frame with the wanted table rows: any
 * (a prerendered placeholder counts) and the app's own table.
 */
interface Frames {
  tableMs: number;
  /** The link's rows drawn: the first paint (src/app/first-paint.ts) or the app's table. */
  liveMs: number;
  /** The app's own table: filters and details work. */
  appMs: number;
  /** Row ids of the first frame counted in liveMs, to check against the app's. */
  liveIds: string[];
  /** The language of the table that first had all rows (a prerendered one may differ). */
  tableLang: string;
}

/** `app`: wait for the app's own table too (the floor page has none). */
async function tableFrames(page: Page, app = true): Promise<Frames> {
  const handle = await page.waitForFunction(
    (app) => {
      const bench = (window as unknown as ProbeWindow).__bench;
      return bench?.tableFrame && bench.liveFrame && (bench.appFrame || !app)
        ? {
            tableMs: bench.tableFrame,
            liveMs: bench.liveFrame,
            appMs: bench.appFrame,
            liveIds: bench.liveIds,
            tableLang: bench.tableLang,
          }
        : false;
    },
    app,
    { polling: 100, timeout: LOAD_TIMEOUT },
  );
  return (await handle.jsonValue()) as Frames;
}

async function firstView(browser: Browser, url: string, rate: number, rows: number, app = true) {
  return withSession(browser, rate, rows, async (s) => {
    await s.page.goto(url, { waitUntil: 'commit' });
    const frames = await tableFrames(s.page, app);
    await s.page.waitForLoadState('networkidle');
    const fcpMs = await s.page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    return { ...frames, fcpMs, transfer: { ...s.transfer } };
  });
}

/**
 * A deep link: navigation start until the first frame with the link's rows (the first paint,
 * src/app/first-paint.ts, or the app's table) and until the app's own table. Checks that the rows
 * first drawn are exactly the app's, and that the prerendered default table is not shown.
 */
async function deepLink(browser: Browser, url: string, rate: number) {
  return withSession(browser, rate, 1, async (s) => {
    await s.page.goto(url, { waitUntil: 'commit' });
    const { liveMs, appMs, liveIds } = await tableFrames(s.page);
    const shown = await s.page.evaluate(
      (selector) => ({
        app: [...document.querySelectorAll(selector)].map((row) => row.getAttribute('data-row-id')),
        prerendered: [...document.querySelectorAll<HTMLElement>('[data-prerender]')].filter(
          (el) => el.offsetHeight > 0,
        ).length,
      }),
      APP_ROWS,
    );
    if (!shown.app.length || shown.prerendered || shown.app.join() !== liveIds.join())
      throw new Error(`${url}: unexpected page ${JSON.stringify({ ...shown, liveIds })}`);
    return { liveMs, appMs };
  });
}

/**
 * A pasted 1 MB link: navigation start until the table is drawn (the app's own, with the cut
 * named; the floor's static one), and the same from the end of the document's response, which
 * leaves out the browser's (and the test driver's) own handling of a 1 MB address.
 * Node's http server (the static server) refuses a request line over 16 KB, so the document
 * request is answered with the index.html it serves for `?lang=en`: the page's address, which
 * everything on the page reads, is the whole link.
 */
async function longLink(browser: Browser, url: string, rate: number, app = true) {
  return withSession(browser, rate, 1, async (s) => {
    await s.page.route(
      (target) => target.search.length > 100_000,
      async (route) => route.fulfill({ response: await route.fetch({ url: `${url}?lang=en` }) }),
    );
    await s.page.goto(`${url}?${LONG_LINK.query}`, { waitUntil: 'commit' });
    const { appMs, tableMs } = await tableFrames(s.page, app);
    const shown = await s.page.evaluate(() => ({
      search: location.search.length,
      cut: document.body.textContent?.includes('longer than 8,192 characters') ?? false,
      responseEnd:
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.responseEnd ?? NaN,
    }));
    if (app && (!shown.cut || shown.search > 8193))
      throw new Error(`long link: the cut is not named or not made ${JSON.stringify(shown)}`);
    const ms = app ? appMs : tableMs;
    return { ms, afterDocumentMs: ms - shown.responseEnd };
  });
}

const liveBodyText = (selector: string) =>
  document.querySelector(selector)?.closest('tbody')?.textContent ?? '';

/** Body text of the app opened with ?port=443: what its table shows once the filter applies. */
async function filteredText(browser: Browser, appUrl: string): Promise<string> {
  return withSession(browser, 1, 1, async (s) => {
    await s.page.goto(`${appUrl}?lang=en&port=443`, { waitUntil: 'commit' });
    await tableFrames(s.page);
    await s.page.waitForLoadState('networkidle');
    return s.page.evaluate(liveBodyText, APP_ROWS);
  });
}

/** Navigation start until the table shows the 443 result, typing 443 as soon as #port exists. */
async function firstFilter(browser: Browser, appUrl: string, rate: number, expected: string) {
  return withSession(browser, rate, 1, async (s) => {
    await s.page.goto(`${appUrl}?lang=en`, { waitUntil: 'commit' });
    await s.page.locator('#port').pressSequentially('443');
    const handle = await s.page.waitForFunction(
      ({ text, selector }) =>
        (document.querySelector<HTMLInputElement>('#port')?.value === '443' &&
          document.querySelector(selector)?.closest('tbody')?.textContent === text &&
          performance.now()) ||
        false,
      { text: expected, selector: APP_ROWS },
      { polling: 'raf', timeout: LOAD_TIMEOUT },
    );
    return (await handle.jsonValue()) as number;
  });
}

async function typeKeys(page: Page, selector: string, keys: string[], out: KeyResult[]) {
  await page.focus(selector);
  for (const key of keys) {
    await page.keyboard.press(key);
    const result = await settleWithin(page, KEY_CAP_MS);
    out.push(result);
    if (result.capped) return false;
  }
  await page.keyboard.press('Escape'); // clears the input; not measured
  return !(await settleWithin(page, KEY_CAP_MS)).capped;
}

async function settleWithin(page: Page, cap: number): Promise<KeyResult> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<KeyResult>((resolve) => {
    const capped = { key: '?', ms: cap, domMs: cap, changedTable: false, capped: true };
    timer = setTimeout(() => resolve(capped), cap + 30_000);
  });
  try {
    return await Promise.race([
      page.evaluate(pageCall(settleKey, cap)) as Promise<KeyResult>,
      guard,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Keystroke latencies on one fresh page: the port filter, then the free-text search. */
async function keystrokes(browser: Browser, url: string, rate: number) {
  return withSession(browser, rate, 1, async (s) => {
    await s.page.goto(`${url}?lang=en`, { waitUntil: 'commit' });
    const { appMs: loadMs } = await tableFrames(s.page);
    await s.page.waitForLoadState('networkidle');
    // A large table swaps its first rows for a lazily loaded windowed body: let that finish.
    await s.page.locator('#port').waitFor();
    await s.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    // The JS heap the page holds once loaded, after a collection (the 100x figure of issue 15).
    await s.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await s.cdp.send('Runtime.getHeapUsage');
    const heapMB = usedSize / 2 ** 20;
    await s.page.evaluate(pageCall(installKeyProbe, APP_ROWS));
    const commits = await s.page.evaluate(
      () => (window as unknown as ProbeWindow).__bench?.commits ?? 0,
    );
    if (!commits) log('warning: no React commit seen (DevTools hook not used?)');
    const port: KeyResult[] = [];
    const search: KeyResult[] = [];
    if (await typeKeys(s.page, '#port', PORT_KEYS, port))
      await typeKeys(s.page, '#search', SEARCH_KEYS, search);
    return { loadMs, heapMB, port, search };
  });
}

/**
 * The export pasted into the check view once it has loaded, through the clipboard and Ctrl+V (one
 * input event; Playwright's fill would type it line by line): from the keydown until the frame
 * after the report's summary names every rule read. Then parse and check alone in the same page
 * (`functions`: check-functions.ts).
 */
async function checkPaste(
  browser: Browser,
  appUrl: string,
  rate: number,
  text: string,
  functions: string,
) {
  // No table rows wanted: the page probe stops watching at the first change (minRows 0).
  return withSession(browser, rate, 0, async (s) => {
    await s.page.goto(`${appUrl}${CHECK.query}`, { waitUntil: 'commit' });
    const input = s.page.locator(CHECK.input);
    await input.waitFor();
    await s.page.waitForLoadState('networkidle');
    await s.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.page.evaluate((text) => navigator.clipboard.writeText(text), text);
    await s.page.evaluate(pageCall(installPasteProbe, CHECK.summary, `${CHECK.rules} rules read`));
    await input.focus();
    await s.page.keyboard.press('ControlOrMeta+V');
    const handle = await s.page.waitForFunction(
      () => {
        const paste = (window as unknown as ProbeWindow).__paste;
        return paste?.frame ? paste : false;
      },
      undefined,
      { polling: 100, timeout: LOAD_TIMEOUT },
    );
    const paste = (await handle.jsonValue()) as PasteTimes;
    // Through the DevTools protocol: the page's CSP refuses an inline script tag.
    await s.page.evaluate(
      `(() => { ${functions}; window.__checkFunctions = __checkFunctions; })()`,
    );
    const alone = (await s.page.evaluate(
      pageCall(timeCheckFunctions, text, CHECK.role, CHECK.dir),
    )) as CheckTimes;
    if (alone.rulesRead !== CHECK.rules || alone.missing)
      throw new Error(`check: unexpected report ${JSON.stringify(alone)}`);
    return { ...paste, ...alone };
  });
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    log(`watchdog: still running after ${WATCHDOG_MS / 60_000} min, giving up`);
    killServers();
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const real = readCatalogFile(DEFAULT_CATALOG);
  const rows = real.dataPaths.length;
  const dist = build();
  const { dirs, syntheticPaths } = prepareFolders(dist, real);
  const paste = PARTS.has('check')
    ? { text: makeCheckPaste(real, CHECK.rules), functions: await bundleCheckFunctions() }
    : null;
  const taken = new Set<number>();
  const urls = {
    app: await startServer(dirs.app, taken),
    app100x: await startServer(dirs.app100x, taken),
    floor: await startServer(dirs.floor, taken),
  };
  log(`serving ${Object.values(urls).join(' ')}`);

  // Only loopback: every other host name fails to resolve.
  const browser = await chromium.launch(
    chromiumLaunchOptions(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']),
  );
  try {
    const expected443 = await filteredText(browser, urls.app);
    const results: BenchResults = {
      date: new Date().toISOString(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      loadAverage: os.loadavg().map((v) => Number(v.toFixed(2))),
      node: process.version,
      chromium: browser.version(),
      runs: RUNS,
      runs100x: RUNS_100X,
      rows,
      syntheticPaths,
      keyCapMs: KEY_CAP_MS,
      durationS: 0,
      conditions: [],
    };
    for (const rate of RATES) {
      log(`CPU ${rate}x: first view (app, floor) x${RUNS}`);
      const app: Awaited<ReturnType<typeof firstView>>[] = [];
      const floor: Awaited<ReturnType<typeof firstView>>[] = [];
      for (let run = 0; run < RUNS; run++) {
        app.push(await firstView(browser, `${urls.app}?lang=en`, rate, rows));
        floor.push(await firstView(browser, urls.floor, rate, rows, false));
      }
      log(`CPU ${rate}x: deep links x${RUNS}`);
      const deepLinks: DeepLinkSummary[] = [];
      for (const query of PARTS.has('deep') ? DEEP_LINKS : []) {
        const samples: { liveMs: number; appMs: number }[] = [];
        for (let run = 0; run < RUNS; run++)
          samples.push(await deepLink(browser, `${urls.app}${query}`, rate));
        deepLinks.push({
          query,
          liveMs: median(samples.map((v) => v.liveMs)),
          appMs: median(samples.map((v) => v.appMs)),
          samples: samples.map((v) => v.liveMs),
        });
      }
      log(`CPU ${rate}x: first port filter x${RUNS}`);
      const filter: number[] = [];
      for (let run = 0; run < (PARTS.has('filter') ? RUNS : 0); run++)
        filter.push(await firstFilter(browser, urls.app, rate, expected443));
      const keys: KeySeries[] = [];
      for (const [catalog, url, runs] of [
        ['real', urls.app, RUNS],
        ['100x', urls.app100x, RUNS_100X],
      ] as const) {
        if (!PARTS.has('keys')) break;
        log(`CPU ${rate}x: keystrokes on the ${catalog} catalog x${runs}`);
        const series: KeySeries = { catalog, loadMs: [], heapMB: [], port: [], search: [] };
        for (let run = 0; run < runs; run++) {
          const r = await keystrokes(browser, url, rate);
          series.loadMs.push(r.loadMs);
          series.heapMB.push(r.heapMB);
          series.port.push(...r.port);
          series.search.push(...r.search);
          if ([...r.port, ...r.search].some((k) => k.capped)) break; // the page is still busy
        }
        keys.push(series);
      }
      const checks: Awaited<ReturnType<typeof checkPaste>>[] = [];
      if (paste) log(`CPU ${rate}x: ${CHECK.rules} rules pasted into the check view x${RUNS}`);
      for (let run = 0; paste && run < RUNS; run++)
        checks.push(await checkPaste(browser, urls.app, rate, paste.text, paste.functions));
      const checkSummary = (): CheckPasteSummary => {
        const of = (f: (r: (typeof checks)[number]) => number) => median(checks.map(f));
        return {
          link: CHECK.query,
          rules: CHECK.rules,
          characters: paste?.text.length ?? 0,
          ms: of((r) => r.frame - r.start),
          toInputMs: of((r) => r.input - r.start),
          toSummaryMs: of((r) => r.summary - r.input),
          parseMs: of((r) => r.parseMs),
          checkMs: of((r) => r.checkMs),
          samples: checks.map((r) => r.frame - r.start),
        };
      };
      const long: { ms: number; afterDocumentMs: number }[] = [];
      const longFloor: typeof long = [];
      if (PARTS.has('long')) log(`CPU ${rate}x: a 1 MB link (app, floor) x${RUNS}`);
      for (let run = 0; run < (PARTS.has('long') ? RUNS : 0); run++) {
        long.push(await longLink(browser, urls.app, rate));
        longFloor.push(await longLink(browser, urls.floor, rate, false));
      }
      const summary = (list: typeof app) => ({
        tableMs: median(list.map((v) => v.tableMs)),
        liveMs: median(list.map((v) => v.liveMs)),
        appMs: median(list.map((v) => v.appMs)),
        fcpMs: median(list.map((v) => v.fcpMs)),
        transfer: Object.fromEntries(
          TRANSFER_KINDS.map((k) => [k, median(list.map((v) => v.transfer[k]))]),
        ) as unknown as Transfer,
        samples: list.map((v) => v.tableMs),
        tableLangs: [...new Set(list.map((v) => v.tableLang))],
      });
      results.conditions.push({
        rate,
        app: summary(app),
        floor: summary(floor),
        filterMs: median(filter),
        filterSamples: filter,
        deepLinks,
        keys,
        ...(checks.length ? { checkPaste: checkSummary() } : {}),
        ...(long.length
          ? {
              longLink: {
                link: LONG_LINK.link,
                characters: LONG_LINK.query.length + 1,
                appMs: median(long.map((r) => r.ms)),
                appAfterDocumentMs: median(long.map((r) => r.afterDocumentMs)),
                floorMs: median(longFloor.map((r) => r.ms)),
                floorAfterDocumentMs: median(longFloor.map((r) => r.afterDocumentMs)),
                samples: long.map((r) => r.ms),
              },
            }
          : {}),
      });
    }
    results.durationS = Math.round((Date.now() - started) / 1000);
    results.loadAverageEnd = os.loadavg().map((v) => Number(v.toFixed(2)));
    const { markdown, json } = renderReport(results);
    writeFileSync(join(OUT, 'bench.md'), markdown);
    writeFileSync(join(OUT, 'bench.json'), JSON.stringify(json, null, 2) + '\n');
    console.log(markdown);
    log(`done in ${results.durationS} s; wrote bench-results/bench.md and bench.json`);
  } finally {
    await browser.close();
    killServers();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  killServers();
  process.exit(1);
});
