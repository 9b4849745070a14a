// What a rule puts into code (its name, description, program, ports and service), kept to
// characters that mean nothing to cmd.exe or PowerShell inside a quoted string: no quote, %, !,
// ^, &, |, <, >, $ or `, and no line break. Catalog and link text never reaches a script line
// except through here or a comment. Ports and services are written unquoted by netsh: anything
// but a port, a range, an RPC keyword or a plain service name is refused (a bug upstream).
import type { FirewallRuleSpec, ProgramPath } from './rule-set.ts';
import { TOOL } from './script-text.ts';

const UNSAFE = /[^A-Za-z0-9 .,:;/_+#-]/g;

/** Text for a quoted argument: unsafe characters become spaces, spaces are folded. */
export const codeText = (text: string): string =>
  text.replace(UNSAFE, ' ').replace(/ +/g, ' ').trim();

/** The rule's description: where it came from, in words that are safe in any script. */
export const ruleDescription = (rule: FirewallRuleSpec): string =>
  codeText(
    [
      `${TOOL}.`,
      rule.purpose.length > 0 && rule.kind === 'ports' ? `${rule.purpose.join(', ')}.` : '',
      rule.pathIds.length > 0 ? `Data paths: ${rule.pathIds.join(', ')}.` : '',
      rule.unsupported ? 'Includes paths the source says a firewall is not supported on.' : '',
    ]
      .filter(Boolean)
      .join(' '),
  );

/** A program path is checked when the rule set is made (programPath); this only asserts it. */
export const programText = (program: ProgramPath): string => {
  if (codeText(program.path.replaceAll('\\', '/')) !== program.path.replaceAll('\\', '/'))
    throw new Error(`Unsafe program path: ${program.path}`);
  return program.path;
};

const PORT = /^(\d{1,5}(-\d{1,5})?|RPC|RPCEPMap)$/;

/** A port, a range or an RPC keyword, as the rule set makes it; anything else throws. */
export const portText = (port: string): string => {
  if (!PORT.test(port)) throw new Error(`Not a port: ${JSON.stringify(port)}`);
  return port;
};

/** A port number a check script writes as code; anything else throws. */
export const portNumber = (port: number): number => {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Not a port: ${JSON.stringify(port)}`);
  return port;
};

/** A service's short name (RpcSs, RpcHttpLBS), as the rule set reads it; anything else throws. */
export const serviceText = (service: string): string => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(service))
    throw new Error(`Not a service name: ${JSON.stringify(service)}`);
  return service;
};
