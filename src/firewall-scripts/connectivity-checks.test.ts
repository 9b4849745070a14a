import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { connectivityScript, MAX_RANGE } from './connectivity-checks.ts';
import { HOST_PARAMETER } from './host-parameters.ts';

const catalog = readCommittedCatalog();

const checksIn = (script: string) =>
  [
    ...script.matchAll(
      /^ {2}@\{ Row = '([a-z0-9-]+)'; Parameter = '(\w+)'; Host = \$(\w+); Protocol = '(TCP|UDP)'; Port = (\d+) \}$/gm,
    ),
  ].map(([, row, param, variable, protocol, port]) => {
    expect(variable).toBe(param);
    return `${row} ${param} ${protocol} ${port}`;
  });

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
        const line = (proto: string, port: number) =>
          `${row.id} ${HOST_PARAMETER[peer]} ${proto} ${port}`;
        if (p.kind === 'rpc-epmap') return [line('TCP', 135)];
        if (p.kind !== 'number' || p.to! - p.from! + 1 > MAX_RANGE) return [];
        const proto = p.protocol!.toUpperCase();
        return Array.from({ length: p.to! - p.from! + 1 }, (_, i) => line(proto, p.from! + i));
      }),
    );
    expect(checksIn(test)).toEqual(expected);
    expect(checksIn(portqry)).toEqual(expected);
  });

  it('one host parameter per destination; Active Directory defaults to the DNS domain', () => {
    const params = [...test.matchAll(/^ {2}\[string\]\$(\w+) = (.*?),?$/gm)].map((m) => m[1]);
    const used = new Set(checksIn(test).map((c) => c.split(' ')[1]));
    expect(new Set(params)).toEqual(used);
    if (used.has('DomainController')) {
      expect(test).toContain('[string]$DomainController = $env:USERDNSDOMAIN');
    }
  });

  it('says Test-NetConnection cannot test UDP, and portqry tests it', () => {
    expect(test).toMatch(/cannot test\r\n# UDP/);
    expect(test).toContain("elseif ($c.Protocol -ne 'TCP')");
    expect(test).toContain('Test-NetConnection -ComputerName $c.Host -Port $c.Port');
    expect(portqry).toContain('portqry.exe -n $c.Host -e $c.Port -p $c.Protocol.ToLower()');
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
