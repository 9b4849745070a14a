// The options tests make scripts with: the real phrase tables, read from the files (as the
// catalog is: this layer imports no UI text), so a missing phrase fails a test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ENVIRONMENT } from '../plan/environment.ts';
import type { FirewallScriptOptions } from './firewall-script.ts';
import { sayFrom } from './script-words.ts';

/** A phrase table of locales/, read from its file: `readPhrases('en', 'check-script')`. */
export const readPhrases = (lang: 'en' | 'ja', name: 'script' | 'check-script') =>
  read(`${lang}/${name}.json`);

const read = (file: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../locales/${file}`, import.meta.url)), 'utf8'),
  ) as Record<string, string>;

/** The firewall scripts' and the checks' phrases, one table as the scripts view makes it. */
const phrases = (lang: 'en' | 'ja') => ({
  ...read(`${lang}/script.json`),
  ...read(`${lang}/check-script.json`),
});

export const SAY_EN = sayFrom(phrases('en'));
export const SAY_JA = sayFrom(phrases('ja'));

export const testOptions = (
  overrides: Partial<FirewallScriptOptions> = {},
): FirewallScriptOptions => ({
  env: DEFAULT_ENVIRONMENT,
  peers: {},
  anyAddress: false,
  say: SAY_EN,
  lang: 'en',
  ...overrides,
});

/** tree-sitter-powershell's WebAssembly grammar, for the script grammar tests. */
export const readPowerShellGrammar = (): Uint8Array =>
  readFileSync(
    createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'),
  );
