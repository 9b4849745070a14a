// Catalog and link text never becomes a line of a generated script: a hostile catalog (line
// breaks and shell syntax in every text a script quotes) leaves every such text inside a comment,
// and a program path that is not plain is never written.
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import type { Catalog } from '../catalog/schema.ts';
import { firewallScript } from './firewall-script.ts';
import { connectivityScript } from './connectivity-checks.ts';
import { ruleSet } from './rule-set.ts';
import { DEFAULT_ENVIRONMENT } from '../plan/environment.ts';
import { SAY_JA, testOptions } from './test-support.ts';

const EVIL = 'x\r\nStart-Process calc.exe #\u2028net user evil /add\u0085del C:\\ %PATH% ^';

function hostileCatalog(): Catalog {
  const catalog = readCommittedCatalog();
  catalog.endpoints = catalog.endpoints.map((e) => ({
    ...e,
    name: { ja: `${e.name.ja}${EVIL}`, en: `${e.name.en}${EVIL}` },
  }));
  catalog.document.appliesTo = { ja: EVIL, en: EVIL };
  catalog.document.title = { ja: EVIL, en: EVIL };
  catalog.dataPaths = catalog.dataPaths.map((row) => ({
    ...row,
    source: {
      ...row.source,
      ja: { ...row.source.ja, path: `${row.source.ja.path}${EVIL}`, ports: EVIL },
      en: { ...row.source.en, path: EVIL },
    },
    ports: row.ports.map((p) => ({
      ...p,
      text: EVIL,
      service: p.service ? `${p.service}"&calc` : p.service,
      comment: p.comment ? { ja: EVIL, en: EVIL } : p.comment,
    })),
  }));
  catalog.firewallRules = catalog.firewallRules.map((rule) =>
    rule.id === 'fw-msexchangeis-rpc'
      ? { ...rule, program: 'Bin\\Store.exe" & calc.exe & "' }
      : rule,
  );
  catalog.notes = catalog.notes.map((n) => ({ ...n, ja: `${n.ja}${EVIL}`, en: `${n.en}${EVIL}` }));
  return catalog;
}

const catalog = hostileCatalog();
const dangerous = /calc|net user|Start-Process|del C:/;
/** A description may name catalog words, with nothing a shell reads: that part is set aside. */
const withoutDescription = (line: string) =>
  line
    .replace(/ description="[A-Za-z0-9 .,:;/_+#-]*"$/, '')
    .replace(/ -Description '[A-Za-z0-9 .,:;/_+#-]*'/, '');

describe('hostile catalog text stays in comments', () => {
  for (const role of ['mailbox', 'cas', 'hub', 'edge', 'um'] as const) {
    for (const dir of ['in', 'out'] as const) {
      for (const options of [testOptions(), testOptions({ say: SAY_JA, lang: 'ja' })]) {
        it(`${role} ${dir} ${options.lang}: netsh and PowerShell`, () => {
          const netsh = firewallScript(catalog, role, dir, 'netsh', options).text;
          for (const line of netsh.split('\r\n'))
            if (dangerous.test(withoutDescription(line))) expect(line).toMatch(/^rem /);
          const ps = firewallScript(catalog, role, dir, 'powershell', options).text;
          for (const line of ps.split('\r\n'))
            if (dangerous.test(withoutDescription(line))) expect(line).toMatch(/^#/);
        });
      }
    }
  }

  it('a program path that is not plain gets no rule', () => {
    const set = ruleSet(catalog, 'mailbox', 'in', DEFAULT_ENVIRONMENT);
    expect(set.rules.some((r) => r.program?.path.includes('Store.exe'))).toBe(false);
  });

  it('the check scripts keep catalog text in comments too', () => {
    for (const role of ['mailbox', 'cas', 'hub', 'edge', 'um'] as const) {
      for (const tool of ['test', 'portqry'] as const) {
        const text = connectivityScript(catalog, role, tool, testOptions());
        for (const line of text.split('\r\n'))
          if (dangerous.test(line)) expect(line).toMatch(/^\s*#/);
      }
    }
  });
});
