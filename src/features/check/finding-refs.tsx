import { Link } from 'react-router';
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import type { SpecRef } from '../../firewall-check/findings.ts';
import type { PortQuery } from '../../filters/filter-values.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import { rowTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { DEFAULT_STATE } from '../../view/view-state.ts';
import type { CheckSay } from './check-words.ts';
import { openingText, type TextContext } from './finding-text.ts';
import { SourceNotes } from './source-notes.tsx';

/**
 * The explorer's answer for the role and direction, narrowed to the opening's first port (RPC
 * by its endpoint mapper, 135): the plan entry the finding is about, with the environment.
 */
function planQuery(spec: SpecRef): PortQuery | null {
  const first = spec.ports[0] ?? '';
  if (/^rpc/i.test(first)) return { protocol: 'tcp', from: 135, to: 135 };
  const match = /^(\d+)(?:-(\d+))?$/.exec(first);
  if (!match) return null;
  const from = Number(match[1]);
  return { protocol: spec.protocol, from, to: match[2] ? Number(match[2]) : from };
}

/** One opening of the plan a finding concerns: in words, and the plan, paths and notes behind it. */
export function FindingRefs(props: {
  spec: SpecRef;
  role: RoleId;
  dir: ScriptDirection;
  ctx: TextContext;
  say: CheckSay;
  catalog: Catalog;
}) {
  const { spec, say, catalog, ctx } = props;
  const { state, search } = useView();
  const lang = ctx.lang;
  const plan = {
    ...DEFAULT_STATE,
    roles: [props.role],
    dir: props.dir,
    port: planQuery(spec),
    env: state.env,
  };
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className="font-semibold">{say('opening')}:</span> {openingText(spec, ctx)}{' '}
        <span className="text-slate-700 dark:text-slate-300">
          ({say('opening.scriptName', { name: spec.name })})
        </span>
      </p>
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <Link className="underline print:hidden" to={{ search: search(plan) }}>
          {say('refs.plan')}
        </Link>
        <span>
          {say('refs.paths')}:{' '}
          {spec.pathIds.map((id, i) => {
            const path = catalog.dataPaths.find((p) => p.id === id);
            return (
              <span key={id}>
                {i > 0 && ', '}
                <Link className="underline" to={{ search: search(rowTarget('paths', id)) }}>
                  {path ? path.source[lang].path : id}
                </Link>
              </span>
            );
          })}
        </span>
      </p>
      <SourceNotes
        noteIds={spec.noteIds}
        catalog={catalog}
        lang={lang}
        say={say}
        title="refs.notes"
      />
    </div>
  );
}
