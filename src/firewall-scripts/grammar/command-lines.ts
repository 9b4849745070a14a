// Command lines as cmd.exe (or PowerShell, for a program it runs) hands them over: splitting a
// line into arguments, joining the `^`-continued lines of a .cmd, and what a variable reference
// looks like in each shell.

export type Shell = 'cmd' | 'powershell';

/**
 * Splits a command line into arguments as cmd.exe hands them to a program: at blanks outside
 * double quotes, quotes removed. Stops at the first unquoted `&`, `|`, `<` or `>` (the next
 * command, a pipe, a redirection; a lone `2` before `>` is the redirection's), and at a `)` that
 * closes a parenthesis opened before the command.
 */
export function tokenizeCommandLine(line: string, shell: Shell = 'cmd'): string[] {
  const tokens: string[] = [];
  let current = '';
  let started = false;
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === '"') {
      quoted = !quoted;
      started = true;
      continue;
    }
    if (!quoted) {
      if (shell === 'cmd' && ch === '^' && i + 1 < line.length) {
        current += line[++i];
        started = true;
        continue;
      }
      if (/[&|<>]/.test(ch) || (ch === ')' && depth > 0) || (shell === 'powershell' && ch === ';'))
        break;
      if (ch === '(' && !started && !tokens.some((t) => /^netsh(\.exe)?$/i.test(t))) {
        depth++;
        continue;
      }
      if (/\s/.test(ch)) {
        if (started) tokens.push(current);
        current = '';
        started = false;
        continue;
      }
    }
    current += ch;
    started = true;
  }
  if (started) tokens.push(current);
  if (/[<>]/.test(line) && /^\d$/.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

export const VARIABLE_REFERENCE: Record<Shell, RegExp> = {
  cmd: /%[A-Za-z_][\w#$@.-]*(:[^%]*)?%|![A-Za-z_][\w#$@.-]*(:[^!]*)?!|%~?[a-z]*\d/i,
  powershell: /\$[\w:{}]|\$\(/,
};

/** The logical lines of a .cmd: a line ending in an unquoted `^` continues on the next one. */
export function cmdLines(text: string): { line: number; text: string }[] {
  const raw = text.split(/\r?\n/);
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let joined = raw[i] ?? '';
    while (/(^|[^^])\^$/.test(joined) && i + 1 < raw.length)
      joined = joined.slice(0, -1) + (raw[++i] ?? '');
    out.push({ line: start + 1, text: joined });
  }
  return out;
}
