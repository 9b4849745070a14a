// Test oracle (issue 16, requirement 3): where text that came from the catalog or the link may
// stand in a generated script. Text is found by a marker it carries (`Evil`); it may stand only in
// a comment, or in a string that is the value of a parameter known to take such text. For tests
// only: never imported by the app.
//
// PowerShell: the script is read as PowerShell reads it (its typographic quotes and dashes are
// quotes and dashes: U+2018-U+201B are `'`, U+201C-U+201E are `"`) and parsed by
// tree-sitter-powershell; no ERROR node, and every marker inside a comment node or inside a
// single-quoted string that is the value of an allowed parameter or hash key.
//
// cmd.exe, by its rules (dbenham's and jeb's model of the batch parser): cmd reads a line up to a
// line feed and takes Ctrl-Z (0x1A) for one, drops carriage returns, expands `%` everywhere (in a
// `rem` too; `%%` is one `%`; a lone `%~` aborts the whole file), joins a line ending in `^` to the
// next (in a `rem` too) and, once the first word is REM, acts on nothing else of the line (`&`, `|`,
// `<`, `>` included). So: no control character or line break inside a line; a `rem` line holds
// `%` only doubled and does not end in `^` (its `& | < >` are inert, and allowed); every other
// line is the generator's own code, the same as for a harmless catalog once the contents of
// double-quoted arguments are set aside; a marker stands only in a `rem` or inside an allowed
// quoted argument, whose text has no `"`, `%`, `!`, `^`, `&`, `|`, `<`, `>`.
import type { Node } from 'web-tree-sitter';
import { parsePowerShell, type ParsedPowerShell } from './powershell-parse.ts';
import { named } from './nodes.ts';

/** The marker hostile test text carries: catalog or link text wherever it is found. */
export const MARKER = /evil/i;
const MARKERS = /evil/gi;

/** Characters no line of a script may hold (a tab may stand in a comment). */
export const NOT_IN_A_LINE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Each character as PowerShell's tokenizer takes it (one for one, so offsets stay). */
export const asPowerShellReadsIt = (text: string): string =>
  text
    .replace(/[\u2018-\u201b]/g, "'")
    .replace(/[\u201c-\u201e]/g, '"')
    .replace(/[\u2013-\u2015]/g, '-');

const parsed = new Map<string, ParsedPowerShell>();

/** A script parsed as PowerShell reads it (the last few kept: tests ask several questions). */
export function readPowerShell(text: string): ParsedPowerShell {
  const source = asPowerShellReadsIt(text.replace(/^\uFEFF/, ''));
  const known = parsed.get(source);
  if (known) return known;
  const result = parsePowerShell(source);
  if (parsed.size >= 8) parsed.delete(parsed.keys().next().value ?? '');
  parsed.set(source, result);
  return result;
}

/** Script lines: CRLF ends every line, the last one too. */
function scriptLines(text: string): { lines: string[]; problems: string[] } {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the script does not end in CRLF');
  const lines = text.replace(/\r\n$/, '').split('\r\n');
  lines.forEach((line, i) => {
    const bad = NOT_IN_A_LINE.exec(line);
    if (bad)
      problems.push(
        `line ${i + 1}: U+${(bad[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} inside a line`,
      );
  });
  return { lines, problems };
}

export interface InertRules {
  /** PowerShell: parameters whose single-quoted value may hold catalog text (`-Description`). */
  parameters: string[];
  /** PowerShell: hash keys whose single-quoted value may (`Rows`). */
  hashKeys: string[];
  /** cmd: `key="..."` arguments that may (`description`). */
  cmdArguments: string[];
}

export const INERT_RULES: InertRules = {
  parameters: ['-Description'],
  hashKeys: ['Rows'],
  cmdArguments: ['description'],
};

const ancestors = (node: Node | null): Node[] => {
  const out: Node[] = [];
  for (let n = node; n; n = n.parent) out.push(n);
  return out;
};

/** Where a single-quoted string stands: `-Description`, `Rows`, or what it is otherwise. */
function stringPlace(string: Node): string {
  const chain = ancestors(string);
  const argument = chain.find((n) => n.parent?.type === 'command_elements');
  if (argument?.parent) {
    const siblings = named(argument.parent).filter((c) => c.type !== 'command_argument_sep');
    const before = siblings[siblings.findIndex((c) => c.startIndex === argument.startIndex) - 1];
    return before?.type === 'command_parameter' ? before.text : 'a positional argument';
  }
  const entry = chain.find((n) => n.type === 'hash_entry');
  if (entry) return named(entry).find((c) => c.type === 'key_expression')?.text ?? 'a hash key';
  return chain[2]?.type ?? 'an expression';
}

/** What PowerShell would run that is not code the generator wrote. */
export function powerShellProblems(text: string, rules: InertRules = INERT_RULES): string[] {
  const { problems } = scriptLines(text);
  const source = asPowerShellReadsIt(text.replace(/^\uFEFF/, ''));
  const script = readPowerShell(text);
  problems.push(...script.syntaxErrors.map((f) => `line ${f.line}: ${f.message}`));
  problems.push(...script.toleratedErrors.map((f) => `line ${f.line}: ${f.message}`));
  for (const command of script.commands)
    if (MARKER.test(command.name)) problems.push(`line ${command.line}: runs ${command.name}`);
  for (const match of source.matchAll(MARKERS)) {
    const node = script.tree.rootNode.descendantForIndex(match.index, match.index + 4);
    if (!node) {
      problems.push(`offset ${match.index}: catalog text outside the syntax tree`);
      continue;
    }
    const chain = ancestors(node);
    if (chain.some((n) => n.type === 'comment')) continue;
    const string = chain.find((n) => n.type === 'verbatim_string_characters');
    const line = node.startPosition.row + 1;
    if (!string) {
      problems.push(`line ${line}: catalog text outside a comment or a string (${node.type})`);
      continue;
    }
    const place = stringPlace(string);
    if (!rules.parameters.includes(place) && !rules.hashKeys.includes(place))
      problems.push(`line ${line}: catalog text in a string given to ${place}`);
  }
  return problems;
}

/** A .cmd line with the contents of its double-quoted arguments set aside. */
export const cmdCode = (line: string) => line.replace(/"[^"]*"/g, '""');

const isRem = (line: string) => /^rem( |$)/i.test(line);

/** The code lines of a .cmd (not `rem`, not blank), with quoted contents set aside. */
export const cmdCodeLines = (text: string): string[] =>
  text
    .split('\r\n')
    .filter((l) => l.trim() !== '' && !isRem(l))
    .map(cmdCode);

/**
 * What cmd.exe would run that is not code the generator wrote: `expected` is the same script
 * made from a harmless catalog (its code lines, quoted contents set aside, must be these).
 */
export function cmdProblems(text: string, expected: string, rules = INERT_RULES): string[] {
  const { lines, problems } = scriptLines(text);
  lines.forEach((line, i) => {
    const at = `line ${i + 1}`;
    if (isRem(line)) {
      const body = line.slice(4);
      if (body.replaceAll('%%', '').includes('%')) problems.push(`${at}: a single % in a rem`);
      if (/\^$/.test(body)) problems.push(`${at}: a rem ending in ^ continues on the next line`);
      return;
    }
    if (!MARKER.test(line)) return;
    // Catalog text in code: only inside an allowed quoted argument, with nothing cmd reads.
    const outside = line.replace(
      new RegExp(`\\b(${rules.cmdArguments.join('|')})="([^"]*)"`, 'gi'),
      (_, key: string, value: string) => {
        if (/[%!^&|<>]/.test(value)) problems.push(`${at}: ${key}= holds a character cmd reads`);
        return `${key}=""`;
      },
    );
    if (MARKER.test(outside)) problems.push(`${at}: catalog text in code: ${line.slice(0, 120)}`);
  });
  const code = cmdCodeLines(text);
  const want = cmdCodeLines(expected);
  const first = code.findIndex((l, i) => l !== want[i]);
  if (first >= 0 || code.length !== want.length)
    problems.push(
      `code differs from the harmless catalog's: ${JSON.stringify(code[first] ?? '(end)')} where ${JSON.stringify(want[first] ?? '(end)')}`,
    );
  return problems;
}

/** The code of a PowerShell script as tokens: comments left out, single-quoted strings as ''. */
export function powerShellCode(text: string): string[] {
  const { tree } = readPowerShell(text);
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'comment') return;
    if (node.type === 'verbatim_string_characters') {
      out.push("''");
      return;
    }
    if (node.childCount === 0) {
      if (node.text.trim()) out.push(node.text);
      return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return out;
}

/** The commands a script runs, by name, lower-cased, each once. */
export const powerShellCommands = (text: string): string[] =>
  [...new Set(readPowerShell(text).commands.map((c) => c.name.toLowerCase()))].sort();
