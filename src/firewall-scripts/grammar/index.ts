// Test oracle for the generated scripts (issue 14, item 6), for tests only: never imported by the
// app. A real PowerShell grammar (tree-sitter-powershell) finds syntax errors and every command
// with the parameters it is given; a table of the documented parameters of each cmdlet the
// scripts use checks those; a list of constructs Windows PowerShell 2.0 does not have checks the
// scripts that must run on Windows Server 2008 / 2008 R2; and the documented grammar of
// `netsh advfirewall firewall` checks every netsh line of a .cmd (or of a PowerShell script).
//
//   const parsed = parsePowerShell(text);
//   parsed.syntaxErrors                // [] when the grammar parses the whole script
//   checkCommands(parsed)              // unknown commands, undocumented parameters, bad values
//   powerShell2Problems(parsed)        // constructs Windows PowerShell 2.0 does not have
//   checkNetshScript(cmdText)          // netsh keywords and values against the netsh grammar
//
// Every finding has the 1-based line, the line's text and a message.
export type { Finding } from './findings.ts';
export {
  loadPowerShellGrammar,
  parsePowerShell,
  TOLERATED_GRAMMAR_GAPS,
  type CommandUse,
  type FunctionDefinition,
  type ParameterUse,
  type ParsedPowerShell,
} from './powershell-parse.ts';
export {
  COMMON_PARAMETERS,
  DOCUMENTED_COMMANDS,
  EXTERNAL_PROGRAMS,
  EXTERNAL_SWITCHES,
  SHOULD_PROCESS_PARAMETERS,
  type CommandSpec,
} from './documented-commands.ts';
export { checkCommands, externalProgram } from './command-check.ts';
export { NOT_IN_POWERSHELL_2, powerShell2Problems, type LaterConstruct } from './powershell-2.ts';
export { tokenizeCommandLine } from './command-lines.ts';
export { NETSH_RULE_GRAMMAR } from './netsh-keywords.ts';
export { checkNetshScript, checkNetshTokens, netshCommandLines } from './netsh-grammar.ts';
export { unscopedRules } from './scoping.ts';
