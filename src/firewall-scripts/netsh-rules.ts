// The rule set as a .cmd file of `netsh advfirewall firewall` lines: the default for Exchange
// 2010, whose Windows Server 2008 / 2008 R2 servers have no New-NetFirewallRule. Each rule:
//
//   set "R="
//   if defined MAILBOX_SERVERS set "R=%R%,%MAILBOX_SERVERS%"
//   if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"
//   if not defined R if defined ANY_ADDRESS set "R=,any"
//   if defined REMOVE goto r5_remove
//   if not defined R goto r5_skip
//   %RUN% netsh advfirewall firewall delete rule name="Exchange 2010 mailbox in: ..." dir=in %QUIET%
//   %RUN% netsh advfirewall firewall add rule name="..." dir=in action=allow protocol=TCP
//     localport=64327 remoteip=%R:~1% description="..."
//   if errorlevel 1 (set /a FAILED+=1 & echo FAILED: ...) else (set /a ADDED+=1 & echo Set: ...)
//
// /print sets RUN=echo (a dry run), /remove deletes by name, /anyaddress opens rules with no
// peer address to any. Each line is outside any parenthesised block except the counters, so
// %R% is read when the line runs. netsh has no group keyword: the names carry the role and
// direction, and /remove deletes exactly those names.
//
// cmd.exe reads a .cmd in the console's code page, not UTF-8: only `rem` lines carry Japanese,
// wrapped in ASCII quotes so that a line never ends in half a double-byte character; `%` is
// doubled, because cmd expands it even in a `rem`.
import type { EndpointId } from '../catalog/schema.ts';
import { PEER_PARAMETERS, isAnyAddress, readAddress } from './remote-addresses.ts';
import { retiredNames, type FirewallRuleSpec } from './rule-set.ts';
import { peersOf, type ScriptContext } from './rule-comments.ts';
import { writeScript } from './script-layout.ts';
import { codeText, portText, programText, ruleDescription, serviceText } from './rule-code.ts';
import { commentLines } from './script-words.ts';

const NON_ASCII = /[^\x20-\x7e]/;

/** One comment line (line breaks split off first, so no text can end a `rem`). */
export const remLines = (lines: string[]): string[] =>
  commentLines(lines).map((text) => {
    // A caret at the end would join the next line to the comment.
    const safe = text.replaceAll('%', '%%').replace(/\^+\s*$/, '');
    if (!safe.trim()) return 'rem';
    // A space before the closing quote: a double-byte lead byte at the end takes it, not the quote.
    return NON_ASCII.test(safe) ? `rem "${safe.replaceAll('"', "'")} "` : `rem ${safe}`;
  });

/** netsh spells the endpoint mapper keyword RPC-EPMap (PowerShell: RPCEPMap). */
const netshPort = (port: string) => (port === 'RPCEPMap' ? 'RPC-EPMap' : port);

const programClause = (rule: FirewallRuleSpec): string => {
  if (!rule.program) return '';
  const base = rule.program.base === 'exchange' ? '%ExchangeInstallPath%' : '%SystemRoot%\\';
  return ` program="${base}${programText(rule.program)}"`;
};

function ruleLines(rule: FirewallRuleSpec, n: number, dir: 'in' | 'out'): string[] {
  const name = `name="${codeText(rule.name)}"`;
  const label = codeText(rule.name);
  const ports = `${dir === 'in' ? 'localport' : 'remoteport'}=${rule.ports.map((p) => netshPort(portText(p))).join(',')}`;
  const service = rule.service ? ` service=${serviceText(rule.service)}` : '';
  const peers = rule.peers.map((p) => PEER_PARAMETERS[p].cmd);
  return [
    'set "R="',
    ...peers.map((v) => `if defined ${v} set "R=%R%,%${v}%"`),
    // "any" cannot stand in a list: one peer given as any opens the rule to any address. (An
    // undefined %X% reads as nothing in a batch file, so these lines never break the parse.)
    ...peers.map((v) => `if /i "%${v}%"=="any" set "R=,any"`),
    'if not defined R if defined ANY_ADDRESS set "R=,any"',
    `if defined REMOVE goto r${n}_remove`,
    `if not defined R goto r${n}_skip`,
    // A peer with no address is left out of the rule: said, never silent.
    ...(peers.length > 1
      ? peers.map(
          (v) =>
            `if /i not "%R%"==",any" if not defined ${v} echo Note: ${label}: no address in ${v}, so those peers are left out.`,
        )
      : []),
    `if /i "%R%"==",any" echo WARNING: ${label} is open to any address.`,
    `%RUN% netsh advfirewall firewall delete rule ${name} dir=${dir} %QUIET%`,
    `%RUN% netsh advfirewall firewall add rule ${name} dir=${dir} action=allow protocol=${rule.protocol} ${ports} remoteip=%R:~1%${programClause(rule)}${service} description="${ruleDescription(rule)}"`,
    // In print mode echo sets no errorlevel: say what would happen, count nothing.
    `if defined RUN (echo Would set: ${label}& goto r${n}_done)`,
    `if errorlevel 1 (set /a FAILED+=1 & echo FAILED: ${label}) else (set /a ADDED+=1 & echo Set: ${label})`,
    `goto r${n}_done`,
    `:r${n}_skip`,
    // A rule an earlier run made (with addresses, or to any address) goes: the rules follow this run.
    `%RUN% netsh advfirewall firewall delete rule ${name} dir=${dir} %QUIET%`,
    `echo Skipped: ${label}: no address in ${peers.join(' or ')}.`,
    'set /a SKIPPED+=1',
    `goto r${n}_done`,
    `:r${n}_remove`,
    `%RUN% netsh advfirewall firewall delete rule ${name} dir=${dir} %QUIET%`,
    `if defined RUN goto r${n}_done`,
    `if errorlevel 1 (echo Not found: ${label}) else (set /a REMOVED+=1 & echo Removed: ${label})`,
    `:r${n}_done`,
  ];
}

/** `set "MAILBOX_SERVERS=10.0.1.10,10.0.1.11"`: addresses checked by remote-addresses.ts only. */
const peerLine = (ctx: ScriptContext, peer: EndpointId): string => {
  const addresses = ctx.peers[peer] ?? [];
  // Only what Windows Firewall takes as a remote address is written, exactly as readAddress spells it.
  const value = isAnyAddress(addresses)
    ? 'any'
    : addresses.filter((a) => readAddress(a) === a).join(',');
  return `set "${PEER_PARAMETERS[peer].cmd}=${value}"`;
};

const argumentLines = (ctx: ScriptContext): string[] => [
  'set "RUN="',
  'set "QUIET=>nul 2>&1"',
  'set "REMOVE="',
  `set "ANY_ADDRESS=${ctx.anyAddress ? '1' : ''}"`,
  ':args',
  'if "%~1"=="" goto args_done',
  'if /i "%~1"=="/print" (set "RUN=echo" & set "QUIET=" & shift & goto args)',
  'if /i "%~1"=="/remove" (set "REMOVE=1" & shift & goto args)',
  'if /i "%~1"=="/anyaddress" (set "ANY_ADDRESS=1" & shift & goto args)',
  'echo Unknown argument: %1 (use /print, /remove or /anyaddress)',
  'exit /b 2',
  ':args_done',
];

const checkLines = (ctx: ScriptContext): string[] => [
  // Printing changes nothing, so it needs no elevation. fltmc answers only an elevated prompt,
  // and needs no service (net session needs the Server service, often off on an Edge server).
  'if defined RUN goto elevated',
  'fltmc >nul 2>&1',
  'if errorlevel 1 (echo Run this file from an elevated command prompt: nothing was changed. & exit /b 1)',
  ':elevated',
  ...(ctx.set.rules.some((r) => r.program?.base === 'exchange')
    ? [
        // A dry run may be printed anywhere: Exchange's default folder stands in.
        'if defined RUN if not defined ExchangeInstallPath set "ExchangeInstallPath=C:\\Program Files\\Microsoft\\Exchange Server\\V14\\"',
        'if not defined ExchangeInstallPath (echo ExchangeInstallPath is not set: run this on an Exchange 2010 server. Nothing was changed. & exit /b 1)',
      ]
    : []),
  'set /a ADDED=0, FAILED=0, SKIPPED=0, REMOVED=0',
  // Rules an earlier run made that this environment does not need (a static port since cleared).
  ...retiredNames(ctx.catalog, ctx.set).map(
    (name) =>
      `%RUN% netsh advfirewall firewall delete rule name="${codeText(name)}" dir=${ctx.set.dir} %QUIET%`,
  ),
];

export function netshFirewallScript(ctx: ScriptContext): string {
  const { set } = ctx;
  const total = set.rules.length;
  return writeScript(ctx, {
    first: ['@echo off', 'setlocal'],
    comment: remLines,
    preamble: [
      'rem',
      ...peersOf(set).map((peer) => peerLine(ctx, peer)),
      // An edited list may hold spaces ("10.0.1.10, 10.0.1.11"), which netsh refuses. `call` reads
      // %%X: =%% only when X is defined, so an empty one never breaks the line.
      ...peersOf(set).map((peer) => {
        const v = PEER_PARAMETERS[peer].cmd;
        return `if defined ${v} call set "${v}=%%${v}: =%%"`;
      }),
      '',
      ...argumentLines(ctx),
      ...checkLines(ctx),
    ],
    rule: (rule, n) => ruleLines(rule, n, set.dir),
    summary: [
      'echo.',
      'if defined RUN (echo Print only: nothing was changed. & exit /b 0)',
      `if defined REMOVE (echo %REMOVED% of ${total} rules removed.) else (echo %ADDED% of ${total} rules set, %FAILED% failed, %SKIPPED% skipped for want of addresses.)`,
      'if %FAILED% gtr 0 exit /b 1',
      'exit /b 0',
    ],
  });
}
