// Connectivity checks for a role's outbound paths, run on a server of that role: one check per
// destination port, each against the host given for that destination, printed as a table.
//
//   test:    Test-NetConnection -ComputerName $MailboxServer -Port 135 -InformationLevel Quiet
//   portqry: portqry.exe -n $MailboxServer -e 135 -p tcp
//
// Test-NetConnection opens a TCP connection and cannot test UDP; UDP ports are listed in its
// table as not tested, and the portqry script tests them. Ports the source gives without a number
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

function paramBlock(catalog: Catalog, peers: EndpointId[]): string[] {
  return [
    'param(',
    ...peers.map((peer, i) => {
      const def = HOST_DEFAULT[peer] ?? "''";
      const comma = i < peers.length - 1 ? ',' : '';
      return `  # ${endpointName(catalog, peer)}\n  [string]$${HOST_PARAMETER[peer]} = ${def}${comma}`;
    }),
    ')',
  ];
}

const RUNNERS: Record<CheckTool, string[]> = {
  test: [
    "  elseif ($c.Protocol -ne 'TCP') { $result = 'NOT TESTED (UDP: use the portqry script)' }",
    '  else {',
    '    $ok = Test-NetConnection -ComputerName $c.Host -Port $c.Port -InformationLevel Quiet -WarningAction SilentlyContinue',
    "    $result = if ($ok) { 'PASS' } else { 'FAIL' }",
    '  }',
  ],
  portqry: [
    '  else {',
    '    $out = & portqry.exe -n $c.Host -e $c.Port -p $c.Protocol.ToLower() 2>&1 | Out-String',
    "    $status = if ($out -match ': (LISTENING OR FILTERED|NOT LISTENING|LISTENING|FILTERED)') { $Matches[1] } else { 'NO ANSWER' }",
    "    $result = if ($status -eq 'LISTENING') { 'PASS' } elseif ($status -eq 'LISTENING OR FILTERED') { 'PASS?' } else { \"FAIL ($status)\" }",
    '  }',
  ],
};

const NOTES: Record<CheckTool, string[]> = {
  test: [
    'Test-NetConnection (Windows Server 2012 R2 or later) opens a TCP connection: it cannot test',
    'UDP. UDP ports are listed as not tested; the portqry script tests them.',
  ],
  portqry: [
    'Needs portqry.exe (Microsoft PortQry 2.0) on the PATH. For UDP, PortQry often can only say',
    '"LISTENING OR FILTERED" (no answer is not a refusal): that is shown as PASS?.',
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
  const checks = planned.flatMap((p) => p.results.filter(isChecks).flat());
  const peers = [...new Set(checks.map((c) => c.peer))];
  const name = tool === 'test' ? 'Test-NetConnection' : 'PortQry';
  const lines = [
    ...hash([
      ...environmentLines(env),
      `${TOOL}: connectivity checks (${name}) for the ${endpointName(catalog, role)}, outbound.`,
      `Run on the ${endpointName(catalog, role)} itself: each data path whose source is ${role}, to the host given for its destination.`,
      ...sourceLines(catalog),
      ...NOTES[tool],
      `Destinations left empty are skipped. Example: .\\check.ps1 -${HOST_PARAMETER[peers[0] ?? 'ad']} host01`,
    ]),
    ...paramBlock(catalog, peers).flatMap((l) => l.split('\n')),
    '',
    '$checks = @(',
    ...planned.flatMap(({ row, results }) => [
      ...hash(rowLines(row)).map((l) => `  ${l}`),
      ...results.flatMap((r) =>
        isChecks(r)
          ? r.map(
              (c) =>
                `  @{ Row = ${psString(c.rowId)}; Parameter = ${psString(HOST_PARAMETER[c.peer])}; Host = $${HOST_PARAMETER[c.peer]}; Protocol = '${c.protocol}'; Port = ${c.port} }`,
            )
          : hash(r).map((l) => `  ${l}`),
      ),
    ]),
    ')',
    '',
    '$results = foreach ($c in $checks) {',
    "  if (-not $c.Host) { $result = 'SKIPPED (no -' + $c.Parameter + ')' }",
    ...RUNNERS[tool],
    '  [pscustomobject]@{ Result = $result; Row = $c.Row; Host = $c.Host; Protocol = $c.Protocol; Port = $c.Port }',
    '}',
    '$results | Format-Table -AutoSize',
    "$failed = @($results | Where-Object { $_.Result -like 'FAIL*' }).Count",
    'if ($failed) { Write-Host "$failed check(s) failed." -ForegroundColor Red; exit 1 }',
    "Write-Host 'No check failed.' -ForegroundColor Green",
  ];
  return `${lines.join('\r\n')}\r\n`;
}
