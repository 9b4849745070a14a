// Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2): the constructs, cmdlets and
// parameters it does not have (NOT_IN_POWERSHELL_2), and the ones a parsed script uses.
import { ALIASES } from './documented-commands.ts';
import { finding, lower, type Finding } from './findings.ts';
import type { ParsedPowerShell } from './powershell-parse.ts';
import { ofType } from './nodes.ts';

export interface LaterConstruct {
  id: string;
  /** What it is and which version brought it. */
  description: string;
}

/**
 * Constructs that Windows PowerShell 2.0 (and its .NET 2.0/3.5) does not have. Found through
 * the syntax tree, else (marked "text") by a regular expression over the script with its
 * comments and strings blanked out.
 */
export const NOT_IN_POWERSHELL_2: readonly LaterConstruct[] = [
  { id: 'pscustomobject', description: '[pscustomobject] (PowerShell 3.0)' },
  { id: 'ordered', description: '[ordered] (PowerShell 3.0)' },
  { id: 'in-operator', description: '-in / -notin (PowerShell 3.0)' },
  { id: 'shift-operator', description: '-shl / -shr (PowerShell 3.0)' },
  { id: 'psitem', description: '$PSItem (PowerShell 3.0; write $_)' },
  {
    id: 'psscriptroot',
    description: '$PSScriptRoot / $PSCommandPath outside a module (PowerShell 3.0)',
  },
  { id: 'default-parameter-values', description: '$PSDefaultParameterValues (PowerShell 3.0)' },
  { id: 'using-scope', description: '$using: (PowerShell 3.0)' },
  {
    id: 'foreach-where-method',
    description: '.ForEach() / .Where() methods (PowerShell 4.0) (text)',
  },
  { id: 'new-method', description: '[type]::new() (PowerShell 5.0; write New-Object) (text)' },
  { id: 'using-statement', description: 'using namespace / using module (PowerShell 5.0)' },
  { id: 'class', description: 'class / enum definitions (PowerShell 5.0)' },
  { id: 'workflow', description: 'workflow (PowerShell 3.0) (text)' },
  { id: 'requires-version', description: '#Requires -Version 3 or later' },
  {
    id: 'simplified-where-foreach',
    description: 'Where-Object / ForEach-Object without a script block (PowerShell 3.0)',
  },
  {
    id: 'error-action-ignore',
    description: '-ErrorAction Ignore / -WarningAction Ignore (PowerShell 3.0)',
  },
  {
    id: 'later-common-parameter',
    description: '-PipelineVariable (4.0), -InformationAction / -InformationVariable (5.0)',
  },
  {
    id: 'later-parameter',
    description:
      'a parameter added after 2.0: Get-Content -Raw (3.0), Out-File / Set-Content / Add-Content -NoNewline (5.0), Get-ChildItem -File / -Directory (3.0)',
  },
  {
    id: 'later-cmdlet',
    description:
      'a cmdlet added in PowerShell 3.0: Invoke-WebRequest, Invoke-RestMethod, ConvertTo-Json, ConvertFrom-Json, the *-Cim* cmdlets',
  },
  {
    id: 'windows-2012-module',
    description:
      'a cmdlet of a Windows Server 2012 module: Test-NetConnection (2012 R2), *-NetFirewall*, Get-NetIPAddress and the other *-Net* cmdlets, Resolve-DnsName',
  },
  {
    id: 'dotnet-4',
    description:
      'a .NET Framework 4 member (PowerShell 2.0 runs on .NET 2.0/3.5): IsNullOrWhiteSpace, ConnectAsync, Is64BitOperatingSystem, Is64BitProcess, HasFlag (text)',
  },
];

const LATER_CMDLETS =
  /^(Invoke-WebRequest|Invoke-RestMethod|ConvertTo-Json|ConvertFrom-Json|[A-Za-z]+-Cim[A-Za-z]*)$/i;
const WINDOWS_2012_CMDLETS =
  /^([A-Za-z]+-Net[A-Z][A-Za-z]*|Resolve-DnsName|[A-Za-z]+-DnsClient[A-Za-z]*)$/;
const LATER_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  'get-content': ['raw'],
  'out-file': ['nonewline'],
  'set-content': ['nonewline'],
  'add-content': ['nonewline'],
  'get-childitem': ['file', 'directory', 'af', 'ad'],
};
const TEXT_CONSTRUCTS: readonly [string, RegExp][] = [
  ['foreach-where-method', /\.\s*(ForEach|Where)\s*\(/gi],
  ['new-method', /::\s*new\s*\(/gi],
  ['using-statement', /^\s*using\s+(namespace|module|assembly)\s/gim],
  ['class', /^\s*(class|enum)\s+[A-Za-z_]\w*\s*[{:]/gim],
  ['workflow', /^\s*workflow\s+[\w-]+/gim],
  ['using-scope', /\$using:/gi],
  [
    'dotnet-4',
    /\b(IsNullOrWhiteSpace|ConnectAsync|Is64BitOperatingSystem|Is64BitProcess|HasFlag)\b/g,
  ],
];

/** The script with comments and string text blanked out (sub-expressions in strings kept). */
function codeOnly(parsed: ParsedPowerShell): string {
  const chars = parsed.text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const root = parsed.tree.rootNode;
  for (const c of ofType(root, 'comment')) blank(c.startIndex, c.endIndex);
  for (const s of ofType(root, 'string_literal')) {
    let at = s.startIndex;
    for (const sub of ofType(s, 'sub_expression')) {
      blank(at, sub.startIndex);
      at = sub.endIndex;
    }
    blank(at, s.endIndex);
  }
  return chars.join('');
}

/** The constructs of NOT_IN_POWERSHELL_2 a script uses, one finding per construct and line. */
export function powerShell2Problems(parsed: ParsedPowerShell): Finding[] {
  const lines = parsed.text.split(/\r?\n/);
  const found = new Map<string, Finding>();
  const descriptions = new Map(NOT_IN_POWERSHELL_2.map((c) => [c.id, c.description]));
  const add = (id: string, row: number) => {
    const key = `${row}|${id}`;
    if (!found.has(key))
      found.set(key, finding(lines, row, `not in PowerShell 2.0: ${descriptions.get(id) ?? id}`));
  };
  const root = parsed.tree.rootNode;
  for (const node of ofType(root, ['type_name', 'type_identifier'])) {
    if (/(^|\.)pscustomobject$/i.test(node.text)) add('pscustomobject', node.startPosition.row);
    if (/^ordered$/i.test(node.text)) add('ordered', node.startPosition.row);
  }
  for (const node of ofType(root, 'comparison_operator')) {
    if (/^-[ci]?(not)?in$/i.test(node.text)) add('in-operator', node.startPosition.row);
    if (/^-sh[lr]$/i.test(node.text)) add('shift-operator', node.startPosition.row);
  }
  for (const node of ofType(root, 'variable')) {
    const name = node.text.replace(/^\$\{?/, '').replace(/\}$/, '');
    if (/^psitem$/i.test(name)) add('psitem', node.startPosition.row);
    if (/^(psscriptroot|pscommandpath)$/i.test(name)) add('psscriptroot', node.startPosition.row);
    if (/^psdefaultparametervalues$/i.test(name))
      add('default-parameter-values', node.startPosition.row);
    if (/^using:/i.test(name)) add('using-scope', node.startPosition.row);
  }
  for (const node of ofType(root, ['class_statement', 'enum_statement'])) {
    add('class', node.startPosition.row);
  }
  for (const node of ofType(root, 'comment')) {
    const version = /^#requires\s.*-version\s+(\d+)/i.exec(node.text)?.[1];
    if (version && Number(version) >= 3) add('requires-version', node.startPosition.row);
  }
  for (const command of parsed.commands) {
    const row = command.line - 1;
    const name = lower(command.name);
    if (name === 'using') add('using-statement', row);
    if (LATER_CMDLETS.test(command.name)) add('later-cmdlet', row);
    if (WINDOWS_2012_CMDLETS.test(command.name)) add('windows-2012-module', row);
    const resolved = lower(ALIASES[name] ?? name);
    if (resolved === 'where-object' || resolved === 'foreach-object') {
      const hasBlock = /(^|\s)\{/.test(command.text.slice(command.name.length));
      if (!hasBlock) add('simplified-where-foreach', row);
    }
    for (const p of command.parameters) {
      const pn = lower(p.name);
      if (
        /^(erroraction|ea|warningaction|wa)$/.test(pn) &&
        /^['"]?ignore['"]?$/i.test(p.value ?? '')
      ) {
        add('error-action-ignore', p.line - 1);
      }
      if (/^(pipelinevariable|pv|informationaction|infa|informationvariable|iv)$/.test(pn)) {
        add('later-common-parameter', p.line - 1);
      }
      if (LATER_PARAMETERS[resolved]?.includes(pn)) add('later-parameter', p.line - 1);
    }
  }
  const code = codeOnly(parsed);
  const rowAt = (index: number) => code.slice(0, index).split('\n').length - 1;
  for (const [id, pattern] of TEXT_CONSTRUCTS) {
    for (const match of code.matchAll(pattern)) add(id, rowAt(match.index));
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}
