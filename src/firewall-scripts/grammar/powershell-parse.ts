// Parsing a PowerShell script with a real grammar (tree-sitter-powershell): its syntax errors
// (less the known gaps of the grammar), every command with the parameters it is given, the
// functions it defines and its own param() block.
// web-tree-sitter is the WebAssembly build of tree-sitter: it needs no native build on any
// machine (the Node binding has to be compiled where its prebuilt binary does not load).
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import { finding, type Finding } from './findings.ts';
import { named, ofType } from './nodes.ts';

export interface ParameterUse {
  /** The name as written, without the dash or a trailing colon (`-Force:$true` -> `Force`). */
  name: string;
  line: number;
  /** The argument written after it, as source text; null when none (a switch, the end). */
  value: string | null;
}

export interface CommandUse {
  /** The command name as written: `Write-Host`, `portqry.exe`, `$portqry`. */
  name: string;
  line: number;
  /** `&` or `.` when the command is invoked with an operator. */
  invocation: '&' | '.' | null;
  /** The name is an expression (a variable, a string in a variable): it cannot be checked. */
  dynamic: boolean;
  parameters: ParameterUse[];
  /** The command's source text (its name and arguments, without the rest of the pipeline). */
  text: string;
}

export interface FunctionDefinition {
  name: string;
  line: number;
  parameters: string[];
  /** [CmdletBinding()] or a [Parameter()] attribute: takes the common parameters. */
  advanced: boolean;
  /** [CmdletBinding(SupportsShouldProcess = $true)]: takes -WhatIf and -Confirm. */
  supportsShouldProcess: boolean;
}

export interface ParsedPowerShell {
  text: string;
  tree: Tree;
  /** ERROR and MISSING nodes: the grammar could not parse these places. */
  syntaxErrors: Finding[];
  /**
   * Places where tree-sitter-powershell fails on valid PowerShell that the oracle recognises
   * (see TOLERATED_GRAMMAR_GAPS); not counted as syntax errors.
   */
  toleratedErrors: Finding[];
  commands: CommandUse[];
  functions: FunctionDefinition[];
  /** The script's own param() block, if any. */
  script: Omit<FunctionDefinition, 'name' | 'line'> | null;
}

let parser: Parser | null = null;

/** Loads the grammar once: tree-sitter-powershell's .wasm, read by the caller (a test). */
export async function loadPowerShellGrammar(wasm: Uint8Array): Promise<void> {
  if (parser) return;
  await Parser.init();
  const language = await Language.load(wasm);
  parser = new Parser();
  parser.setLanguage(language);
}

const powerShellParser = (): Parser => {
  if (!parser) throw new Error('Load the grammar first: await loadPowerShellGrammar(wasm)');
  return parser;
};

/** Named children, without the separators the grammar keeps between command arguments. */
const namedChildren = (node: Node) => named(node).filter((c) => c.type !== 'command_argument_sep');

/**
 * tree-sitter-powershell 0.26.4 does not parse an unquoted word list in argument mode
 * (`Select-Object Result, Host, Port`), valid PowerShell since 1.0. Where it recovers locally,
 * the list's tail is an ERROR node holding only `, Host, Port` right after the first word; that
 * one form is accepted. Other forms (after a -Parameter, without spaces) stay errors; quoting
 * the names (`Select-Object 'Result', 'Host'`) parses everywhere.
 */
export const TOLERATED_GRAMMAR_GAPS = [
  'unquoted word list in a command argument (Select-Object Result, Host): valid PowerShell that tree-sitter-powershell 0.26.4 does not parse',
] as const;

const WORD_LIST_TAIL = /^(\s*,\s*[A-Za-z_][\w.-]*)+\s*$/;

function isToleratedGap(node: Node): boolean {
  const parent = node.parent;
  if (node.type !== 'ERROR' || parent?.type !== 'command_elements') return false;
  if (!WORD_LIST_TAIL.test(node.text)) return false;
  const siblings = namedChildren(parent);
  const before = siblings[siblings.findIndex((c) => c.startIndex === node.startIndex) - 1];
  return before?.type === 'generic_token';
}

const WORD_LIST_HINT =
  ' (tree-sitter-powershell 0.26.4 cannot parse an unquoted word list such as `-Property A, B` in a command argument: quote the words)';

function syntaxProblems(root: Node, lines: string[]) {
  const errors: Finding[] = [];
  const tolerated: Finding[] = [];
  const visit = (node: Node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      const row = node.startPosition.row;
      if (isToleratedGap(node)) {
        tolerated.push(finding(lines, row, `${TOLERATED_GRAMMAR_GAPS[0]}: ${node.text.trim()}`));
        return;
      }
      const what = node.isMissing
        ? `missing ${node.type}`
        : `cannot parse ${JSON.stringify(node.text.slice(0, 80))}`;
      const hint = /[A-Za-z]\w*\s*,\s*[A-Za-z]/.test(lines[row] ?? '') ? WORD_LIST_HINT : '';
      errors.push(finding(lines, row, `syntax error: ${what}${hint}`));
      return;
    }
    if (node.hasError) for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return { errors, tolerated };
}

const parameterName = (text: string) =>
  text.replace(/^[-\u2013\u2014\u2015]/, '').replace(/:$/, '');

function commandOf(node: Node): CommandUse {
  const nameNode = node.childForFieldName('command_name');
  const operator = named(node).find((c) => c.type === 'command_invokation_operator');
  const elements = node.childForFieldName('command_elements');
  const args = elements ? namedChildren(elements) : [];
  const parameters = args.flatMap((arg, i): ParameterUse[] => {
    if (arg.type !== 'command_parameter') return [];
    const next = args[i + 1];
    const value =
      next && next.type !== 'command_parameter' && next.type !== 'redirection' ? next.text : null;
    return [{ name: parameterName(arg.text), line: arg.startPosition.row + 1, value }];
  });
  const nameText = nameNode?.text ?? '';
  const dynamic =
    !nameNode ||
    nameNode.type !== 'command_name' ||
    named(nameNode).some((c) => c.type === 'variable' || c.type === 'sub_expression');
  // A quoted or variable name sits in a command_name_expr; a plain word in command_name.
  const plain =
    nameNode?.type === 'command_name_expr' && named(nameNode)[0]?.type === 'command_name'
      ? named(nameNode)[0]
      : null;
  return {
    name: plain?.text ?? nameText,
    line: node.startPosition.row + 1,
    invocation: operator ? (operator.text.trim() as '&' | '.') : null,
    dynamic: plain
      ? named(plain).some((c) => c.type === 'variable' || c.type === 'sub_expression')
      : dynamic,
    parameters,
    text: node.text,
  };
}

/** The parameters of a param() block or a function's parenthesised list. */
function parameterListOf(owner: Node | null): Omit<FunctionDefinition, 'name' | 'line'> {
  const list =
    named(owner).find((c) => c.type === 'parameter_list') ??
    (owner ? ofType(owner, 'parameter_list')[0] : undefined);
  const parameters = named(list)
    .filter((p) => p.type === 'script_parameter')
    .flatMap((p) => {
      const variable = named(p).find((c) => c.type === 'variable');
      return variable ? [variable.text.replace(/^\$/, '').replace(/^\{(.*)\}$/, '$1')] : [];
    });
  // [CmdletBinding(...)] is the param block's own attribute list, before its parameter list.
  const attributes = named(owner)
    .filter((c) => c.type === 'attribute_list')
    .map((c) => c.text)
    .join(' ');
  const ownText = owner?.text ?? '';
  return {
    parameters,
    advanced: /\[\s*CmdletBinding\b/i.test(attributes) || /\[\s*Parameter\s*\(/i.test(ownText),
    supportsShouldProcess: /SupportsShouldProcess\s*(=\s*\$true\s*)?[,)]/i.test(attributes),
  };
}

function functionOf(node: Node): FunctionDefinition {
  const name = named(node).find((c) => c.type === 'function_name')?.text ?? '';
  const declaration = named(node).find((c) => c.type === 'function_parameter_declaration');
  const body = named(node).find((c) => c.type === 'script_block');
  const paramBlock = named(body).find((c) => c.type === 'param_block') ?? null;
  return {
    name,
    line: node.startPosition.row + 1,
    ...parameterListOf(declaration ?? paramBlock),
  };
}

/** Parses a PowerShell script with tree-sitter-powershell. */
export function parsePowerShell(text: string): ParsedPowerShell {
  const source = text.replace(/^\uFEFF/, '');
  const tree = powerShellParser().parse(source);
  if (!tree) throw new Error('tree-sitter gave no tree');
  const lines = source.split(/\r?\n/);
  const root = tree.rootNode;
  const { errors, tolerated } = syntaxProblems(root, lines);
  const scriptParams = named(root).find((c) => c.type === 'param_block') ?? null;
  return {
    text: source,
    tree,
    syntaxErrors: errors,
    toleratedErrors: tolerated,
    commands: ofType(root, 'command').map(commandOf),
    functions: ofType(root, 'function_statement').map(functionOf),
    script: scriptParams ? parameterListOf(scriptParams) : null,
  };
}
