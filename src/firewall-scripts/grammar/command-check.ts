// Checking every command of a parsed script: a documented cmdlet with documented parameters
// (and values), a function of the script with its own parameters, or an external program
// (PortQry's switches; netsh through the netsh grammar). Anything else is a finding.
import { tokenizeCommandLine } from './command-lines.ts';
import {
  ALIASES,
  COMMON_PARAMETERS,
  DOCUMENTED_COMMANDS,
  EXTERNAL_PROGRAMS,
  EXTERNAL_SWITCHES,
  SHOULD_PROCESS_PARAMETERS,
  type CommandSpec,
} from './documented-commands.ts';
import { finding, lower, type Finding } from './findings.ts';
import { VALUE_CHECKS } from './firewall-rule-values.ts';
import { checkNetshTokens } from './netsh-grammar.ts';
import type { CommandUse, FunctionDefinition, ParsedPowerShell } from './powershell-parse.ts';

const byLowerName = new Map(
  Object.entries(DOCUMENTED_COMMANDS).map(([k, v]) => [lower(k), { name: k, spec: v }]),
);

/** The program a command runs, when it is one: `portqry.exe`, `C:\PortQry\PortQry.exe` -> `portqry`. */
export function externalProgram(name: string): string | null {
  const base = lower(
    name
      .replace(/^['"]|['"]$/g, '')
      .split(/[\\/]/)
      .pop() ?? '',
  );
  const stem = base.replace(/\.(exe|com|cmd|bat)$/, '');
  if (stem !== base || /[\\/]/.test(name)) return stem;
  return (EXTERNAL_PROGRAMS as readonly string[]).includes(stem) ? stem : null;
}

interface Accepted {
  command: string;
  names: Map<string, string>; // lower-case name or alias -> parameter
}

function acceptedParameters(command: string, spec: Omit<CommandSpec, 'source'>): Accepted {
  const names = new Map<string, string>();
  const add = (parameter: string, aliases: readonly string[] = []) => {
    names.set(lower(parameter), parameter);
    for (const alias of aliases) names.set(lower(alias), parameter);
  };
  for (const p of spec.parameters) add(p);
  for (const [alias, p] of Object.entries(spec.aliases ?? {})) names.set(lower(alias), p);
  if (spec.common) for (const [p, a] of Object.entries(COMMON_PARAMETERS)) add(p, a);
  if (spec.shouldProcess) for (const [p, a] of Object.entries(SHOULD_PROCESS_PARAMETERS)) add(p, a);
  return { command, names };
}

function parameterProblem(accepted: Accepted, written: string): string | null {
  const key = lower(written);
  if (accepted.names.has(key)) return null;
  const prefixed = [
    ...new Set([...accepted.names.values()].filter((p) => lower(p).startsWith(key))),
  ];
  if (prefixed.length === 1) {
    return `-${written} abbreviates -${prefixed[0]} of ${accepted.command}: write the parameter in full`;
  }
  return `-${written} is not a documented parameter of ${accepted.command}`;
}

/** The parameters a command takes, or the problems of a command that cannot be checked so. */
function resolveCommand(
  command: CommandUse,
  functions: Map<string, FunctionDefinition>,
): { accepted: Accepted } | { problems: string[] } {
  const key = lower(command.name);
  const defined = functions.get(key);
  if (defined) {
    return {
      accepted: acceptedParameters(`function ${defined.name}`, {
        parameters: defined.parameters,
        common: defined.advanced,
        shouldProcess: defined.supportsShouldProcess,
      }),
    };
  }
  const documented = byLowerName.get(key);
  if (documented) return { accepted: acceptedParameters(documented.name, documented.spec) };
  const program = externalProgram(command.name);
  if (program === 'netsh') {
    const tokens = tokenizeCommandLine(command.text, 'powershell');
    return { problems: checkNetshTokens(tokens, 'powershell').map((p) => `netsh: ${p}`) };
  }
  if (program !== null) {
    const switches = EXTERNAL_SWITCHES[program];
    return switches
      ? { accepted: acceptedParameters(program, { parameters: switches, common: false }) }
      : { problems: [] };
  }
  const alias = ALIASES[key];
  if (alias) return { problems: [`${command.name} is an alias: write ${alias}`] };
  return {
    problems: [
      `${command.name}: not a documented cmdlet, a function of the script or a known program`,
    ],
  };
}

/**
 * Every command of a parsed script: a documented cmdlet with documented parameters (and
 * documented values for the firewall rule cmdlets), a function the script defines with the
 * parameters of its own param() list, or an external program (PortQry's switches are checked;
 * netsh's arguments go through the netsh grammar). Anything else is a finding.
 */
export function checkCommands(parsed: ParsedPowerShell): Finding[] {
  const lines = parsed.text.split(/\r?\n/);
  const functions = new Map(parsed.functions.map((f) => [lower(f.name), f]));
  const findings: Finding[] = [];
  const add = (line: number, message: string) => findings.push(finding(lines, line - 1, message));
  for (const command of parsed.commands) {
    if (command.dynamic) continue;
    const resolved = resolveCommand(command, functions);
    if (!('accepted' in resolved)) {
      for (const problem of resolved.problems) add(command.line, problem);
      continue;
    }
    for (const parameter of command.parameters) {
      const problem = parameterProblem(resolved.accepted, parameter.name);
      if (problem) add(parameter.line, problem);
    }
    for (const problem of VALUE_CHECKS[lower(command.name)]?.(command) ?? []) {
      add(command.line, `${command.name} ${problem}`);
    }
  }
  return findings;
}
