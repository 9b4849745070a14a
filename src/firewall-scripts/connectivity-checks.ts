// Connectivity checks for a role's outbound paths, run on a server of that role: one check per
// distinct destination, protocol and port, each against the host given for that destination,
// printed as a table. Both run on Windows PowerShell 2.0, the one Exchange 2010's Windows Server
// 2008 SP2 / 2008 R2 servers have.
//
//   test:    Test-TcpPort $MailboxServer 135 3000   (System.Net.Sockets.TcpClient, a timeout)
//   portqry: portqry.exe -n $MailboxServer -e 135 -p tcp
//
// A TCP connection cannot test UDP; UDP ports are listed in its table as not tested, and the
// portqry script tests them. 3268 is asked of a global catalog (-GlobalCatalog, else found from
// the forest), not of any domain controller. Ports the source gives without a number
// (dynamic, unnumbered) and dynamic RPC (whose port only the endpoint mapper knows) become
// comments quoting the source. A range is checked port by port when short, else only named.
//
// Comments are in the page's language (the `say` phrases, locales/<lang>/check-script.json);
// every code line, and every message the script prints, is the same ASCII in both.
import { dagPortOf, type Environment } from '../plan/environment.ts';
import { isDagPortEntry } from '../plan/port-plan.ts';
import type { Catalog, EndpointId, RoleId } from '../catalog/schema.ts';
import type { Language } from '../catalog/languages.ts';
import { RPC_ENDPOINT_MAPPER_PORT } from '../filters/port-match.ts';
import { HOST_DEFAULT, HOST_PARAMETER } from './host-parameters.ts';
import { hashLines as hash, psString } from './powershell-rules.ts';
import { codeText, portNumber } from './rule-code.ts';
import { byRow, roleEntries, type RoleEntry } from './role-entries.ts';
import { endpointName, environmentLines, rowLines, sourceLines, TOOL } from './script-text.ts';
import type { Say } from './script-words.ts';

export type CheckTool = 'test' | 'portqry';

export interface CheckScriptOptions {
  env: Environment;
  /** The comments' words (locales/<lang>/check-script.json). */
  say: Say;
  /** The comments' language: the catalog names quoted in them. */
  lang: Language;
}

/** Ranges up to this many ports are checked one by one. */
export const MAX_RANGE = 10;

export interface Check {
  rowId: string;
  peer: EndpointId;
  protocol: 'TCP' | 'UDP';
  port: number;
}

/** The checks an entry makes, or the comment that says why it makes none. */
function checksOf({ row, entry, peer }: RoleEntry, env: Environment, say: Say): Check[] | string[] {
  const text = entry.text;
  const check = (port: number): Check => ({
    rowId: row.id,
    peer,
    protocol: entry.protocol === 'udp' ? 'UDP' : 'TCP',
    port,
  });
  if (isDagPortEntry(row, entry)) return [check(dagPortOf(env))];
  switch (entry.kind) {
    case 'number': {
      const { from, to } = entry as { from: number; to: number };
      if (to - from + 1 > MAX_RANGE) {
        return [say('check.range', { text, count: to - from + 1 })];
      }
      return Array.from({ length: to - from + 1 }, (_, i) => check(from + i));
    }
    case 'rpc-epmap':
      return [check(RPC_ENDPOINT_MAPPER_PORT)];
    case 'dynamic-rpc':
      return [say('check.dynamicRpc', { text, mapper: RPC_ENDPOINT_MAPPER_PORT })];
    default:
      return [say('check.noNumber', { text })];
  }
}

const isChecks = (x: Check[] | string[]): x is Check[] => typeof x[0] !== 'string';

/** A distinct check: one destination parameter, protocol and port, for every row that needs it. */
interface DistinctCheck {
  parameter: string;
  peer: EndpointId;
  protocol: Check['protocol'];
  port: number;
  rows: string[];
}

/**
 * The global catalog port (3268) is asked of a global catalog, not of any domain controller:
 * it has a parameter of its own, found from the forest when left empty.
 */
const GLOBAL_CATALOG = 'GlobalCatalog';
const GLOBAL_CATALOG_PORT = 3268;

const parameterOf = (check: Check): string =>
  check.peer === 'ad' && check.port === GLOBAL_CATALOG_PORT
    ? GLOBAL_CATALOG
    : HOST_PARAMETER[check.peer];

/** Each (destination, protocol, port) once, in the order first needed, with the rows behind it. */
function distinctChecks(checks: Check[]): DistinctCheck[] {
  const byKey = new Map<string, DistinctCheck>();
  for (const check of checks) {
    const parameter = parameterOf(check);
    const key = `${parameter}|${check.protocol}|${check.port}`;
    const found = byKey.get(key);
    if (found) {
      if (!found.rows.includes(check.rowId)) found.rows.push(check.rowId);
    } else {
      byKey.set(key, { ...check, parameter, rows: [check.rowId] });
    }
  }
  return [...byKey.values()];
}

function paramBlock(
  catalog: Catalog,
  checks: DistinctCheck[],
  { say, lang }: CheckScriptOptions,
): string[] {
  const parameters = [...new Map(checks.map((c) => [c.parameter, c.peer])).entries()];
  return [
    'param(',
    ...parameters.flatMap(([parameter, peer], i) => {
      const comma = i < parameters.length - 1 ? ',' : '';
      const def = parameter === GLOBAL_CATALOG ? "''" : (HOST_DEFAULT[peer] ?? "''");
      const endpoint = endpointName(catalog, peer, lang);
      const name =
        parameter === GLOBAL_CATALOG ? say('check.globalCatalog', { name: endpoint }) : endpoint;
      // The name is catalog text: split into comment lines, it can never end its comment.
      return [...hash([name]).map((l) => `  ${l}`), `  [string]$${parameter} = ${def}${comma}`];
    }),
    ')',
  ];
}

/** PowerShell 2.0 finds a global catalog through .NET (no ActiveDirectory module needed). */
const GLOBAL_CATALOG_LOOKUP = [
  `if (-not $${GLOBAL_CATALOG}) {`,
  '  try {',
  `    $${GLOBAL_CATALOG} = [System.DirectoryServices.ActiveDirectory.Forest]::GetCurrentForest().FindGlobalCatalog().Name`,
  '  } catch {',
  "    Write-Warning 'No global catalog found from this computer: pass -GlobalCatalog.'",
  '  }',
  '}',
];

/** Comment lines at an indent inside the code. */
const hashAt = (indent: string, lines: string[]) => hash(lines).map((l) => `${indent}${l}`);

// Every line here runs on Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2): no
// Test-NetConnection (Windows Server 2012 R2), no [pscustomobject] or [ordered] (3.0).
const runners = (say: Say): Record<CheckTool, { before: string[]; check: string[] }> => ({
  test: {
    before: [
      ...hash([say('check.tcpFunction')]),
      'function Test-TcpPort([string]$HostName, [int]$Port, [int]$TimeoutMs) {',
      '  $client = New-Object System.Net.Sockets.TcpClient',
      '  try {',
      '    $pending = $client.BeginConnect($HostName, $Port, $null, $null)',
      '    if (-not $pending.AsyncWaitHandle.WaitOne($TimeoutMs, $false)) { return $false }',
      '    $client.EndConnect($pending)',
      '    return $true',
      '  } catch {',
      '    return $false',
      '  } finally {',
      '    $client.Close()',
      '  }',
      '}',
    ],
    check: [
      "  elseif ($c.Protocol -ne 'TCP') { $result = 'NOT TESTED (UDP: use the portqry script)' }",
      "  elseif (Test-TcpPort $c.Host $c.Port 3000) { $result = 'PASS' }",
      "  else { $result = 'FAIL' }",
    ],
  },
  portqry: {
    before: [
      ...hash([say('check.portqryLookup')]),
      'if (-not (Get-Command portqry.exe -ErrorAction SilentlyContinue)) {',
      "  Write-Host 'portqry.exe (Microsoft PortQry 2.0) is not on the PATH: nothing was checked.' -ForegroundColor Red",
      '  exit 2',
      '}',
    ],
    check: [
      '  else {',
      '    $out = & portqry.exe -n $c.Host -e $c.Port -p $c.Protocol.ToLower() 2>&1 | Out-String',
      ...hashAt('    ', [say('check.udpVerdict')]),
      "    $found = [regex]::Matches($out, '(?i)port \\d+ \\([^)]*\\): (LISTENING or FILTERED|NOT LISTENING|LISTENING|FILTERED)')",
      "    $status = 'NO ANSWER'",
      '    if ($found.Count -gt 0) { $status = $found[$found.Count - 1].Groups[1].Value.ToUpper() }',
      "    if ($status -eq 'LISTENING') { $result = 'PASS' }",
      "    elseif ($status -eq 'LISTENING OR FILTERED') { $result = 'PASS?' }",
      "    else { $result = 'FAIL (' + $status + ')' }",
      '  }',
    ],
  },
});

export function connectivityScript(
  catalog: Catalog,
  role: RoleId,
  tool: CheckTool,
  options: CheckScriptOptions,
): string {
  const { env, say, lang } = options;
  const groups = byRow(roleEntries(catalog, role, 'out'));
  const planned = groups.map(({ row, entries }) => ({
    row,
    results: entries.map((e) => checksOf(e, env, say)),
  }));
  const checks = distinctChecks(planned.flatMap((p) => p.results.filter(isChecks).flat()));
  const runner = runners(say)[tool];
  const example = checks[0]?.parameter ?? HOST_PARAMETER.ad;
  const roleName = endpointName(catalog, role, lang);
  const lines = [
    ...hash([
      ...environmentLines(env, say),
      say('check.title', { tool: TOOL, name: say(`check.tool.${tool}`), role: roleName }),
      say('check.runOn', { role: roleName, id: role }),
      say('check.once'),
      ...sourceLines(catalog, say, lang),
      say(`check.notes.${tool}`),
      say('check.example', {
        parameter: example,
        file: `exchange-2010-${role}-out-check-${tool}.ps1`,
      }),
    ]),
    ...paramBlock(catalog, checks, options),
    '',
    ...(checks.some((c) => c.parameter === GLOBAL_CATALOG) ? GLOBAL_CATALOG_LOOKUP : []),
    ...runner.before,
    '',
    ...hash([say('check.pathsHeading')]),
    ...planned.flatMap(({ row, results }) => [
      ...hash(rowLines(row, say, lang)),
      ...results.flatMap((r) => (isChecks(r) ? [] : hashAt('  ', r))),
    ]),
    '',
    '$checks = @(',
    ...checks.map(
      (c, i) =>
        `  @{ Rows = ${psString(codeText(c.rows.join(', ')))}; Parameter = ${psString(c.parameter)}; Host = $${c.parameter}; Protocol = '${c.protocol}'; Port = ${portNumber(c.port)} }${i < checks.length - 1 ? ',' : ''}`,
    ),
    ')',
    '',
    '$results = foreach ($c in $checks) {',
    "  if (-not $c.Host) { $result = 'SKIPPED (no -' + $c.Parameter + ')' }",
    ...runner.check,
    '  New-Object PSObject -Property @{ Result = $result; Rows = $c.Rows; Host = $c.Host; Protocol = $c.Protocol; Port = $c.Port }',
    '}',
    "$results | Select-Object -Property 'Result', 'Host', 'Protocol', 'Port', 'Rows' | Format-Table -AutoSize -Wrap",
    "$failed = @($results | Where-Object { $_.Result -like 'FAIL*' }).Count",
    'if ($failed) { Write-Host "$failed check(s) failed." -ForegroundColor Red; exit 1 }',
    "Write-Host 'No check failed.' -ForegroundColor Green",
  ];
  return `${lines.join('\r\n')}\r\n`;
}
