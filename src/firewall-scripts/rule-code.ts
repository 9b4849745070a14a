// What a rule puts into code (its name, description and program), kept to characters that mean
// nothing to cmd.exe or PowerShell inside a quoted string: no quote, %, !, ^, &, |, <, >, $ or `,
// and no line break. Catalog text never reaches a script line except through here or a comment.
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
