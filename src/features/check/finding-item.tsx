import type { Catalog, RoleId } from '../../catalog/schema.ts';
import type { FindingKind } from '../../firewall-check/findings.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import type { CheckSay } from './check-words.ts';
import { FindingRefs } from './finding-refs.tsx';
import type { FindingText, TextContext } from './finding-text.ts';
import { SourceNotes } from './source-notes.tsx';

/** The left edge of a finding: red for what breaks mail flow, amber for risk, grey for information. */
const EDGE: Record<FindingKind, string> = {
  blocked: 'border-red-700 dark:border-red-400',
  missing: 'border-red-700 dark:border-red-400',
  'wrong-protocol-or-port': 'border-orange-600 dark:border-orange-400',
  'too-broad': 'border-amber-600 dark:border-amber-400',
  'not-needed': 'border-slate-400 dark:border-slate-500',
};

export function FindingItem(props: {
  text: FindingText;
  role: RoleId;
  dir: ScriptDirection;
  ctx: TextContext;
  say: CheckSay;
  catalog: Catalog;
}) {
  const { text, say } = props;
  return (
    <li
      data-testid="finding"
      data-kind={text.kind}
      className={`space-y-1 border-l-4 py-1 pl-3 break-inside-avoid [overflow-wrap:anywhere] ${EDGE[text.kind]}`}
    >
      <p>
        <span className="mr-2 font-semibold">{text.label}</span>
        {text.headline}
      </p>
      {text.details.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
          {text.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {text.specs.map((spec) => (
        <FindingRefs
          key={spec.name}
          spec={spec}
          role={props.role}
          dir={props.dir}
          ctx={props.ctx}
          say={say}
          catalog={props.catalog}
        />
      ))}
      <SourceNotes
        noteIds={text.noteIds}
        catalog={props.catalog}
        lang={props.ctx.lang}
        say={say}
        title="refs.findingNotes"
      />
      <p className="text-sm">{text.action}</p>
      {text.support && (
        <p className="text-sm font-semibold" data-testid="support-statement">
          {text.support}
        </p>
      )}
    </li>
  );
}
