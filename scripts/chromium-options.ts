// How tests and the benchmark start Chromium. Playwright cannot download browsers on our
// machines: prefer $CHROMIUM_PATH, then Debian's chromium, else Playwright's own browser.
import { existsSync } from 'node:fs';

export const systemChromium = (): string | undefined =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path): path is string =>
    Boolean(path && existsSync(path)),
  );

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options: the system Chromium with our flags, or {} for Playwright's own browser. */
export function chromiumLaunchOptions(extraArgs: string[] = []) {
  const executablePath = systemChromium();
  return executablePath
    ? { executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] }
    : { args: extraArgs };
}
