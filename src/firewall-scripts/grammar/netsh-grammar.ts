// Checking netsh lines against the grammar of `netsh advfirewall firewall`: one invocation's
// arguments (checkNetshTokens), the netsh commands a .cmd runs (netshCommandLines) and every
// netsh line of a .cmd as findings (checkNetshScript).
import { cmdLines, tokenizeCommandLine, VARIABLE_REFERENCE, type Shell } from './command-lines.ts';
import { finding, lower, type Finding } from './findings.ts';
import {
  NETSH_RULE_GRAMMAR,
  NEW_KEYWORDS,
  PORT_KEYWORDS,
  RULE_KEYWORDS,
} from './netsh-keywords.ts';

/**
 * Problems of one netsh invocation (its arguments, `netsh` included, as tokenizeCommandLine
 * gives them). Only `advfirewall firewall` commands are checked; others return [].
 */
export function checkNetshTokens(tokens: string[], shell: Shell = 'cmd'): string[] {
  const at = tokens.findIndex((t) => /^(.*[\\/])?netsh(\.exe)?$/i.test(t));
  if (at < 0) return [];
  const rest = tokens.slice(at + 1);
  // `netsh -r host ...` runs on another computer; the context follows.
  while (/^-[a-z]$/i.test(rest[0] ?? '')) rest.splice(0, 2);
  if (lower(rest[0] ?? '') !== 'advfirewall' || lower(rest[1] ?? '') !== 'firewall') return [];
  const [verb = '', object = '', ...args] = rest.slice(2).map((t, i) => (i < 2 ? lower(t) : t));
  const grammar = NETSH_RULE_GRAMMAR[verb];
  if (!grammar) return [`"advfirewall firewall ${verb}": not add, delete, set or show`];
  if (object !== 'rule')
    return [`"advfirewall firewall ${verb} ${object}": expected "${verb} rule"`];
  const problems: string[] = [];
  const variable = VARIABLE_REFERENCE[shell];
  const seen = new Map<string, string>();
  let part: 'match' | 'new' = 'match';
  for (const arg of args) {
    if (shell === 'powershell' && /^[^'"]*,/.test(arg) && !variable.test(arg)) {
      problems.push(
        `${arg}: PowerShell passes an unquoted a,b to a program as two arguments: quote it`,
      );
    }
    const eq = arg.indexOf('=');
    if (eq < 0) {
      if (grammar.words?.includes(lower(arg))) {
        if (lower(arg) === 'new') part = 'new';
        continue;
      }
      if (variable.test(arg)) continue;
      problems.push(`${JSON.stringify(arg)}: not keyword=value`);
      continue;
    }
    const key = lower(arg.slice(0, eq));
    const value = arg.slice(eq + 1).replace(/^'(.*)'$/, '$1');
    const allowed = part === 'new' ? NEW_KEYWORDS : grammar.keywords;
    if (!allowed.includes(key)) {
      problems.push(`${key}=: not a keyword of "${verb} rule"${part === 'new' ? ' new' : ''}`);
      continue;
    }
    const seenKey = `${part}|${key}`;
    if (seen.has(seenKey)) problems.push(`${key}= given twice`);
    seen.set(seenKey, value);
    if (variable.test(value)) {
      // A variable's value is the script's business; the parts around it must still parse.
      const fixed = value.split(',').filter((v) => !variable.test(v));
      if (!fixed.length || key === 'name' || key === 'description') continue;
      const problem = RULE_KEYWORDS[key]?.check(fixed.join(','));
      if (problem) problems.push(`${key}=${value}: ${problem}`);
      continue;
    }
    const problem = RULE_KEYWORDS[key]?.check(value);
    if (problem) problems.push(`${key}=${value}: ${problem}`);
  }
  for (const key of grammar.required) {
    if (!seen.has(`match|${key}`)) problems.push(`"${verb} rule" needs ${key}=`);
  }
  if (verb === 'set' && !seen.has('match|name') && !seen.has('match|group')) {
    problems.push('"set rule" needs name= or group=');
  }
  if (verb === 'add' && lower(seen.get('match|name') ?? '') === 'all') {
    problems.push('name=all is reserved: a rule cannot be called "all"');
  }
  // Keywords that only make sense together (netsh's remarks). In `set rule ... new`, what the
  // new part leaves out is the matched part's.
  for (const p of ['match', 'new'] as const) {
    if (p === 'new' && part !== 'new') continue;
    const raw = (k: string) =>
      seen.get(`${p}|${k}`) ?? (p === 'new' ? seen.get(`match|${k}`) : undefined);
    const get = (k: string) => {
      const v = raw(k);
      return v === undefined || variable.test(v) ? undefined : lower(v);
    };
    const protocol = get('protocol');
    for (const side of ['localport', 'remoteport']) {
      const port = get(side);
      if (port === undefined || port === 'any' || (p === 'new' && !seen.has(`new|${side}`)))
        continue;
      if (raw('protocol') === undefined) {
        problems.push(`${side}=${port} needs protocol=tcp or protocol=udp (the default is any)`);
      } else if (protocol !== undefined && !/^(tcp|udp)$/.test(protocol)) {
        problems.push(`${side}=${port} needs protocol=tcp or protocol=udp`);
      }
      if (PORT_KEYWORDS.includes(port)) {
        if (protocol !== undefined && protocol !== 'tcp')
          problems.push(`${side}=${port} needs protocol=tcp`);
        if (get('dir') === 'out') problems.push(`${side}=${port} is for inbound rules (dir=in)`);
      }
    }
    const edge = get('edge');
    if (edge && edge !== 'no' && get('dir') === 'out') problems.push('edge= is for inbound rules');
  }
  return problems;
}

/** The commands before netsh on a line that make it text, not a command. */
const NOT_RUN = /^(rem|echo|echo\.|::|goto|set|title|:.*)$/i;

/**
 * The netsh commands a .cmd runs, with their arguments: `rem`, `echo` and `::` lines are text; a
 * netsh command may follow a prefix (`%RUN% netsh ...`, `if errorlevel 1 netsh ...`, `call`).
 */
export function netshCommandLines(text: string): { line: number; tokens: string[] }[] {
  return cmdLines(text).flatMap(({ line, text: command }) => {
    const tokens = tokenizeCommandLine(command.replace(/^\s*@/, ''), 'cmd');
    const at = tokens.findIndex((t) => /^(.*[\\/])?netsh(\.exe)?$/i.test(t));
    if (at < 0 || tokens.slice(0, at).some((t) => NOT_RUN.test(t))) return [];
    return [{ line, tokens }];
  });
}

/**
 * Every netsh line of a .cmd checked against the grammar of `netsh advfirewall firewall`: the
 * keywords each verb takes, their values, the ones it needs.
 */
export function checkNetshScript(text: string): Finding[] {
  const lines = text.split(/\r?\n/);
  return netshCommandLines(text).flatMap(({ line, tokens }) =>
    checkNetshTokens(tokens, 'cmd').map((problem) => finding(lines, line - 1, problem)),
  );
}
