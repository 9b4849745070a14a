// The read-only command the page shows, to copy in one piece into a PowerShell window (elevated
// or not) on the Exchange server. It writes the server's Windows Firewall rules in format 1
// (parse-export.ts) to firewall-rules.txt on the Desktop (where the shell has it, redirected or
// not; in TEMP when there is none, as on Server Core) and says where, so that the file can be
// opened and pasted, or chosen, in the page.
//
// Read-only: it reads the rules through the HNetCfg.FwPolicy2 COM object (INetFwPolicy2.Rules),
// whose property names and numeric values do not depend on the Windows display language, and
// changes nothing but that file. Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2) and
// later: no [pscustomobject], ::new(), Get-NetFirewallRule or utf8NoBOM; Set-Content -Encoding
// UTF8 (with a BOM) keeps rule names in any language. `& { … }` keeps its variables out of the
// session and lets the console read the whole block before running it (no blank line inside,
// which would end the console's continuation). formatExport (format-export.ts) is the exact text
// it writes for given rules; its test simulates this command's formatting against it.
import { FORMAT_1_COLUMNS, FORMAT_1_FIELDS, FORMAT_1_MARKER } from './parse-export.ts';

/** INetFwRule properties, in FORMAT_1_COLUMNS order. */
export const EXPORTED_PROPERTIES: readonly string[] = FORMAT_1_FIELDS.map(
  ([, property]) => property,
);

/** The file name the command writes, on the Desktop or in TEMP. */
export const EXPORT_FILE_NAME = 'firewall-rules.txt';

const quoted = (words: readonly string[]) => words.map((w) => `'${w}'`).join(', ');

export const EXPORT_COMMAND = [
  '& {',
  '  $policy = New-Object -ComObject HNetCfg.FwPolicy2',
  `  $properties = ${quoted(EXPORTED_PROPERTIES)}`,
  `  $columns = ${quoted(FORMAT_1_COLUMNS)}`,
  '  $lines = New-Object -TypeName System.Collections.ArrayList',
  `  [void]$lines.Add('${FORMAT_1_MARKER}')`,
  "  [void]$lines.Add('# Computer: ' + ([string]$env:COMPUTERNAME -replace '[\\t\\r\\n]', ' '))",
  '  [void]$lines.Add(($columns -join "`t"))',
  '  $count = 0',
  '  foreach ($rule in $policy.Rules) {',
  "    $cells = @(foreach ($property in $properties) { ([string]($rule.$property)) -replace '[\\t\\r\\n]', ' ' })",
  '    [void]$lines.Add(($cells -join "`t"))',
  '    $count = $count + 1',
  '  }',
  '  [void]$lines.Add("# End: $count rules")',
  "  $folder = [Environment]::GetFolderPath('Desktop')",
  '  if (-not $folder -or -not (Test-Path -LiteralPath $folder)) { $folder = $env:TEMP }',
  `  $file = Join-Path -Path $folder -ChildPath '${EXPORT_FILE_NAME}'`,
  '  Set-Content -LiteralPath $file -Value ([string[]]$lines.ToArray()) -Encoding UTF8',
  '  Write-Host "Wrote $count Windows Firewall rules to $file"',
  "  Write-Host 'Open it and paste all of its text into the page, or choose the file there.'",
  '}',
].join('\n');
