// Real deploys for the service-worker tests: two builds of the app that differ the way two
// releases do (new chunk names, a new index.html, a new sw.js), copied file by file into one
// folder that the test server serves, so a test can swap them mid-test, halfway included.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { SERVED_DIR } from './helpers.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/**
 * Marks a build: index.html gets <meta name="build">, and the app's entry sets data-build on
 * <html>, which changes its chunk and so the name of every chunk that imports it.
 */
const buildMark = (mark: string): Plugin => ({
  name: 'build-mark',
  transform(code, id) {
    if (!id.endsWith('/src/main.tsx')) return null;
    return `${code}\ndocument.documentElement.dataset.build = ${JSON.stringify(mark)};\n`;
  },
  transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'build', content: mark } }],
});

/** Builds the app with the project's own config, marked, into a new temporary folder. */
export async function buildRelease(mark: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `release-${mark}-`));
  await build({
    root: REPO,
    configFile: join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [buildMark(mark)],
  });
  return outDir;
}

/** One deploy target: a folder under the served folder, at `path` for the browser. */
export function deployTarget(name: string) {
  const dir = join(SERVED_DIR, name);
  const copy = (from: string, entry: string) =>
    cpSync(join(from, entry), join(dir, entry), { recursive: true });
  return {
    path: `./${name}/`,
    /** A whole release, and nothing of the one before. */
    deploy(release: string) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const entry of readdirSync(release)) copy(release, entry);
    },
    /**
     * The first half of a deploy: the new release's chunks and sw.js are live beside the old
     * ones, while index.html (and every other file) is still the old release's.
     */
    deployAssetsAndWorker(release: string) {
      copy(release, 'assets');
      copy(release, 'sw.js');
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
