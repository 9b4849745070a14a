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
import { DEFAULT_ENVIRONMENT, dagPortOf, type Environment } from '../plan/environment.ts';
import { isDagPortEntry } from '../plan/port-plan.ts';
import type { Catalog, EndpointId, RoleId } from '../catalog/schema.ts';
import { RPC_ENDPOINT_MAPPER_PORT } from '../filters/port-match.ts';
import { HOST_DEFAULT, HOST_PARAMETER } from './host-parameters.ts';
import { psString } from './powershell-rules.ts';
import { byRow, roleEntries, type RoleEntry } from './role-entries.ts';
import { endpointName, environmentLines, rowLines, sourceLines, TOOL } from './script-text.ts';

export type CheckTool = 'test' | 'portqry';

/** Ranges up to this many ports are checked one by one. */
export const MAX_RANGE = 10;

export interface Check {
  rowId: string;
  peer: EndpointId;
  protocol: 'TCP' | 'UDP';
  port: number;
}

const hash = (lines: string[]) => lines.map((l) => (l ? `# ${l}` : '#'));

/** The checks an entry makes, or the comment that says why it makes none. */
function checksOf({ row, entry, peer }: RoleEntry, env: Environment): Check[] | string[] {
  const quote = `「${entry.text}」`;
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
        return [`Not checked: ${quote} is a range of ${to - from + 1} ports.`];
      }
      return Array.from({ length: to - from + 1 }, (_, i) => check(from + i));
    }
    case 'rpc-epmap':
      return [check(RPC_ENDPOINT_MAPPER_PORT)];
    case 'dynamic-rpc':
      return [
        `Not checked: dynamic RPC ${quote}. The endpoint mapper (TCP ${RPC_ENDPOINT_MAPPER_PORT}) hands the port out;`,
        `  portqry -e ${RPC_ENDPOINT_MAPPER_PORT} lists the endpoints it knows.`,
      ];
    default:
      return [`Not checked: the source gives no port number for ${quote}.`];
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

function paramBlock(catalog: Catalog, checks: DistinctCheck[]): string[] {
  const parameters = [...new Map(checks.map((c) => [c.parameter, c.peer])).entries()];
  return [
    'param(',
    ...parameters.map(([parameter, peer], i) => {
      const comma = i < parameters.length - 1 ? ',' : '';
      const def = parameter === GLOBAL_CATALOG ? "''" : (HOST_DEFAULT[peer] ?? "''");
      const name =
        parameter === GLOBAL_CATALOG
          ? `${endpointName(catalog, peer)}: a global catalog server (empty: found from the forest)`
          : endpointName(catalog, peer);
      return `  # ${name}\n  [string]$${parameter} = ${def}${comma}`;
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

// Every line here runs on Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2): no
// Test-NetConnection (Windows Server 2012 R2), no [pscustomobject] or [ordered] (3.0).
const RUNNERS: Record<CheckTool, { before: string[]; check: string[] }> = {
  test: {
    before: [
      '# A TCP connection with a timeout, as Test-NetConnection would make it (which needs 2012 R2).',
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
      '# PortQry is looked for once, before any check.',
      'if (-not (Get-Command portqry.exe -ErrorAction SilentlyContinue)) {',
      "  Write-Host 'portqry.exe (Microsoft PortQry 2.0) is not on the PATH: nothing was checked.' -ForegroundColor Red",
      '  exit 2',
      '}',
    ],
    check: [
      '  else {',
      '    $out = & portqry.exe -n $c.Host -e $c.Port -p $c.Protocol.ToLower() 2>&1 | Out-String',
      '    # For UDP PortQry first says LISTENING or FILTERED, then sends a query and gives its',
      '    # verdict: the last status line is the answer.',
      "    $found = [regex]::Matches($out, '(?i)port \\d+ \\([^)]*\\): (LISTENING or FILTERED|NOT LISTENING|LISTENING|FILTERED)')",
      "    $status = 'NO ANSWER'",
      '    if ($found.Count -gt 0) { $status = $found[$found.Count - 1].Groups[1].Value.ToUpper() }',
      "    if ($status -eq 'LISTENING') { $result = 'PASS' }",
      "    elseif ($status -eq 'LISTENING OR FILTERED') { $result = 'PASS?' }",
      "    else { $result = 'FAIL (' + $status + ')' }",
      '  }',
    ],
  },
};

const NOTES: Record<CheckTool, string[]> = {
  test: [
    'Runs on Windows PowerShell 2.0 and later (Windows Server 2008 SP2 / 2008 R2 and up): each TCP',
    'port is tried with System.Net.Sockets.TcpClient and a 3-second timeout. It cannot test',
    'UDP. UDP ports are listed as not tested; the portqry script tests them.',
  ],
  portqry: [
    'Runs on Windows PowerShell 2.0 and later. Needs portqry.exe (Microsoft PortQry 2.0) on the',
    'PATH. For UDP, the last verdict PortQry gives is read; "LISTENING or FILTERED" (no answer is',
    'not a refusal) is shown as PASS?.',
  ],
};

export function connectivityScript(
  catalog: Catalog,
  role: RoleId,
  tool: CheckTool,
  env: Environment = DEFAULT_ENVIRONMENT,
): string {
  const groups = byRow(roleEntries(catalog, role, 'out'));
  const planned = groups.map(({ row, entries }) => ({
    row,
    results: entries.map((e) => checksOf(e, env)),
  }));
  const checks = distinctChecks(planned.flatMap((p) => p.results.filter(isChecks).flat()));
  const name = tool === 'test' ? 'TCP (PowerShell 2.0)' : 'PortQry';
  const example = checks[0]?.parameter ?? HOST_PARAMETER.ad;
  const lines = [
    ...hash([
      ...environmentLines(env),
      `${TOOL}: connectivity checks (${name}) for the ${endpointName(catalog, role)}, outbound.`,
      `Run on the ${endpointName(catalog, role)} itself: each data path whose source is ${role}, to the host given for its destination.`,
      'Each destination, protocol and port is checked once; the Rows column names the data paths',
      'that need it. Read-only: nothing on this or any other server is changed.',
      ...sourceLines(catalog),
      ...NOTES[tool],
      `Destinations left empty are skipped. Example: .\\check.ps1 -${example} host01`,
    ]),
    ...paramBlock(catalog, checks).flatMap((l) => l.split('\n')),
    '',
    ...(checks.some((c) => c.parameter === GLOBAL_CATALOG) ? GLOBAL_CATALOG_LOOKUP : []),
    ...RUNNERS[tool].before,
    '',
    '# What the source says of each path, and why some of its ports are not checked.',
    ...planned.flatMap(({ row, results }) => [
      ...hash(rowLines(row)),
      ...results.flatMap((r) => (isChecks(r) ? [] : hash(r).map((l) => `  ${l}`))),
    ]),
    '',
    '$checks = @(',
    ...checks.map(
      (c, i) =>
        `  @{ Rows = ${psString(c.rows.join(', '))}; Parameter = ${psString(c.parameter)}; Host = $${c.parameter}; Protocol = '${c.protocol}'; Port = ${c.port} }${i < checks.length - 1 ? ',' : ''}`,
    ),
    ')',
    '',
    '$results = foreach ($c in $checks) {',
    "  if (-not $c.Host) { $result = 'SKIPPED (no -' + $c.Parameter + ')' }",
    ...RUNNERS[tool].check,
    '  New-Object PSObject -Property @{ Result = $result; Rows = $c.Rows; Host = $c.Host; Protocol = $c.Protocol; Port = $c.Port }',
    '}',
    '$results | Select-Object Result, Host, Protocol, Port, Rows | Format-Table -AutoSize',
    "$failed = @($results | Where-Object { $_.Result -like 'FAIL*' }).Count",
    'if ($failed) { Write-Host "$failed check(s) failed." -ForegroundColor Red; exit 1 }',
    "Write-Host 'No check failed.' -ForegroundColor Green",
  ];
  return `${lines.join('\r\n')}\r\n`;
}
