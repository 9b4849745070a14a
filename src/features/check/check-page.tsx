import { useMemo, useState } from 'react';
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { useBodyData } from '../../components/use-body-data.ts';
import { peersOf } from '../../firewall-scripts/rule-comments.ts';
import { ruleSet } from '../../firewall-scripts/rule-set.ts';
import { EnvironmentForm } from '../../shared/frame/environment-form.tsx';
import { PeerAddressForm } from '../../shared/peer-address-form.tsx';
import { UrlProblems } from '../../shared/url-problems.tsx';
import { useView } from '../../view/use-view.ts';
import { CheckControls } from './check-controls.tsx';
import { CheckReport } from './check-report.tsx';
import { checkWordsOf } from './check-words.ts';
import { ExportCommandBox } from './export-command-box.tsx';
import { endpointName, type TextContext } from './finding-text.ts';
import { ParseProblems } from './parse-problems.tsx';
import { RulesInput } from './rules-input.tsx';
import { EMPTY_RULES, type RulesText } from './rules-text.ts';
import { useCheck } from './use-check.ts';

const isRole = (id: string | undefined): id is RoleId =>
  (ROLE_IDS as readonly string[]).includes(id ?? '');

/**
 * `?view=check&role=edge&dir=in&dagport=…&addr-hub=…`: a server's exported Windows Firewall
 * rules checked against the plan for its role. The link holds what the rules are checked against;
 * the rules themselves stay in this page's memory.
 */
export function CheckPage(props: { catalog: Catalog }) {
  const { catalog } = props;
  const { state, problems, language, update } = useView();
  const say = checkWordsOf(language);
  const [rules, setRules] = useState<RulesText>(EMPTY_RULES);
  const { text } = rules;
  const given = state.roles[0];
  const role = isRole(given) ? given : null;
  // The check is of one direction: inbound unless the link asks for outbound.
  const dir = state.dir === 'out' ? 'out' : 'in';
  const { env, peers } = state;
  // Printing the report: A4, without the app's header and footer (styles/print.css).
  useBodyData('paper', 'a4');
  const { parsed, report, pending } = useCheck({ text, catalog, role, dir, env, peers });
  // The peers the plan needs addresses for, in the order the scripts list them.
  const set = useMemo(
    () => (role ? ruleSet(catalog, role, dir, env) : null),
    [catalog, role, dir, env],
  );
  const ctx = useMemo<TextContext | null>(
    () => (role ? { say, lang: language, catalog, role, dir, env } : null),
    [say, language, catalog, role, dir, env],
  );

  return (
    <section aria-labelledby="check-heading" className="max-w-6xl space-y-4">
      <UrlProblems problems={problems} />
      <h2 id="check-heading" className="text-lg font-semibold">
        {say('title', { role: role ? endpointName(catalog, language, role) : '—' })}
      </h2>
      <p className="max-w-3xl text-sm print:hidden">{say('intro')}</p>
      <p
        className="max-w-3xl rounded border border-slate-500 p-2 text-sm font-semibold print:hidden"
        data-testid="privacy"
      >
        {say('privacy')}
      </p>
      <CheckControls say={say} dir={dir} />
      {!role && (
        <p role="alert" className="font-semibold">
          {given ? say('unknownRole', { value: given }) : say('chooseRole')}
        </p>
      )}
      <div className="print:hidden">
        <EnvironmentForm env={env} update={update} />
      </div>
      {set && <PeerAddressForm peers={peersOf(set)} rules={set.rules} purpose="check" />}
      <ExportCommandBox say={say} />
      <RulesInput say={say} rules={rules} onRules={setRules} />
      <p role="status" className="text-sm">
        {pending ? say('checking') : ''}
      </p>
      <ParseProblems say={say} parsed={parsed} text={text} />
      {report && ctx && <CheckReport report={report} parsed={parsed} ctx={ctx} catalog={catalog} />}
    </section>
  );
}
