// The order of every firewall script, whatever its shell: the header, the shell's own preamble
// (parameters, checks), the data paths behind the rules, each rule under its comment, the ports
// that get no rule, and the shell's summary. Each writer gives its comment marker and code.
import type { FirewallRuleSpec } from './rule-set.ts';
import {
  headerLines,
  pathIndexLines,
  remarkLines,
  ruleCommentLines,
  type ScriptContext,
} from './rule-comments.ts';

export interface ScriptWriter {
  /** Lines before the header (`@echo off`). */
  first: string[];
  comment: (lines: string[]) => string[];
  preamble: string[];
  rule: (rule: FirewallRuleSpec, n: number) => string[];
  summary: string[];
}

/** The script as Windows files want it: CRLF line ends, a final line end. */
export function writeScript(ctx: ScriptContext, w: ScriptWriter): string {
  const lines = [
    ...w.first,
    ...w.comment(headerLines(ctx)),
    ...w.preamble,
    '',
    ...w.comment(pathIndexLines(ctx)),
    ...ctx.set.rules.flatMap((rule, i) => [
      '',
      ...w.comment(ruleCommentLines(ctx, rule, i + 1)),
      ...w.rule(rule, i + 1),
    ]),
    '',
    ...w.comment(remarkLines(ctx)),
    '',
    ...w.summary,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
