import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { connectivityScript, MAX_RANGE } from './connectivity-checks.ts';
import { HOST_PARAMETER } from './host-parameters.ts';

const catalog = readCommittedCatalog();

const checksIn = (script: string) =>
  [
    ...script.matchAll(
      /^ {2}@\{ Rows = '([a-z0-9, -]+)'; Parameter = '(\w+)'; Host = \$(\w+); Protocol = '(TCP|UDP)'; Port = (\d+) \},?$/gm,
    ),
  ].map(([, rows, param, variable, protocol, port]) => {
    expect(variable).toBe(param);
    return `${rows} ${param} ${protocol} ${port}`;
  });

/** Constructs Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2) does not have. */
const POWERSHELL_3_ONLY = [
  /\[pscustomobject\]/i,
  /\[ordered\]/i,
  /Test-NetConnection/i,
  /Resolve-DnsName/i,
  /Get-CimInstance/i,
  /Get-NetFirewallRule|New-NetFirewallRule/i,
  /ConvertFrom-Json|ConvertTo-Json|Invoke-RestMethod|Invoke-WebRequest/i,
  /\$PSItem\b/,
  /\.(ForEach|Where)\(/,
  /\s-(not)?in\s/i,
  /-ErrorAction\s+Ignore/i,
  /\$using:/i,
];

describe.each(ROLE_IDS.map((role) => [role]))('role %s, outbound', (role) => {
  const test = connectivityScript(catalog, role, 'test');
  const portqry = connectivityScript(catalog, role, 'portqry');
  const rows = catalog.dataPaths.filter(
    (r) =>
      r.from === role ||
      (r.to === role && r.ports.some((p) => p.direction === 'out' || p.direction === 'both')),
  );

  it('checks every numbered port of every outbound path against its destination, nothing else', () => {
    const expected = rows.flatMap((row) =>
      row.ports.flatMap((p) => {
        // A `both` port is outbound from either end; OUT (relative to `to`) from the `to` end.
        const outbound =
          row.from === role
            ? p.direction !== 'out'
            : p.direction === 'out' || p.direction === 'both';
        if (!outbound) return [];
        const peer = row.from === role && p.direction !== 'out' ? row.to : row.from;
        const line = (proto: string, port: number) => ({
          row: row.id,
          key: `${peer === 'ad' && port === 3268 ? 'GlobalCatalog' : HOST_PARAMETER[peer]} ${proto} ${port}`,
        });
        if (p.kind === 'rpc-epmap') return [line('TCP', 135)];
        if (p.kind !== 'number' || p.to! - p.from! + 1 > MAX_RANGE) return [];
        const proto = p.protocol!.toUpperCase();
        return Array.from({ length: p.to! - p.from! + 1 }, (_, i) => line(proto, p.from! + i));
      }),
    );
    // Each destination, protocol and port once, with every row that needs it.
    const distinct = new Map<string, string[]>();
    for (const { row, key } of expected) {
      const rowsOf = distinct.get(key) ?? [];
      if (!rowsOf.includes(row)) rowsOf.push(row);
      distinct.set(key, rowsOf);
    }
    const lines = [...distinct].map(([key, ids]) => `${ids.join(', ')} ${key}`);
    expect(checksIn(test)).toEqual(lines);
    expect(checksIn(portqry)).toEqual(lines);
    expect(new Set(lines.map((l) => l.split(' ').slice(-3).join(' '))).size).toBe(lines.length);
  });

  it('one host parameter per destination; Active Directory defaults to the DNS domain', () => {
    const params = [...test.matchAll(/^ {2}\[string\]\$(\w+) = (.*?),?$/gm)].map((m) => m[1]);
    const used = new Set(checksIn(test).map((c) => c.split(' ').at(-3)));
    expect(new Set(params)).toEqual(used);
    if (used.has('DomainController')) {
      expect(test).toContain('[string]$DomainController = $env:USERDNSDOMAIN');
    }
  });

  it('runs on PowerShell 2.0: a TCP connection with a timeout, no 3.0-only construct', () => {
    expect(test).toMatch(/cannot test\r\n# UDP/);
    expect(test).toContain("elseif ($c.Protocol -ne 'TCP')");
    expect(test).toContain('$client = New-Object System.Net.Sockets.TcpClient');
    expect(test).toContain('elseif (Test-TcpPort $c.Host $c.Port 3000)');
    for (const script of [test, portqry]) {
      const code = script.split('\r\n').filter((l) => !l.trimStart().startsWith('#'));
      for (const construct of POWERSHELL_3_ONLY) {
        expect(
          code.filter((l) => construct.test(l)),
          String(construct),
        ).toEqual([]);
      }
      expect(script).toContain('New-Object PSObject -Property @{');
    }
  });

  it('PortQry: looked for once before any check, and its last verdict read for UDP', () => {
    expect(portqry).toContain('portqry.exe -n $c.Host -e $c.Port -p $c.Protocol.ToLower()');
    const lookup = portqry.indexOf('if (-not (Get-Command portqry.exe');
    expect(lookup).toBeGreaterThan(0);
    expect(lookup).toBeLessThan(portqry.indexOf('$results = foreach'));
    expect(portqry).toContain('$found[$found.Count - 1].Groups[1]');
  });

  it('asks a global catalog for 3268, found from the forest when not given', () => {
    const gc = checksIn(test).filter((c) => c.endsWith(' 3268'));
    for (const check of gc) expect(check).toContain(' GlobalCatalog TCP 3268');
    if (gc.length > 0) {
      expect(test).toContain("[string]$GlobalCatalog = ''");
      expect(test).toContain('GetCurrentForest().FindGlobalCatalog().Name');
    }
  });

  it('quotes the source for ports without a number, names every row, and is stable', () => {
    for (const row of rows) expect(test).toContain(`# ${row.id}: `);
    for (const row of rows) {
      for (const p of row.ports.filter((x) => x.kind === 'dynamic' || x.kind === 'dynamic-rpc')) {
        if (row.from === role) expect(test).toContain(`「${p.text}」`);
      }
    }
    expect(connectivityScript(catalog, role, 'test')).toBe(test);
    expect(connectivityScript(catalog, role, 'portqry')).toBe(portqry);
  });
});
