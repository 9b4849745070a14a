import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { CodeBlock } from '../../components/code-block.tsx';
import { copyText, saveFile } from '../../components/save-file.ts';
import { UrlProblems } from '../../shared/url-problems.tsx';
import { rolePageTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { selectRole } from '../../view/selection.ts';
import { peersOf } from '../../firewall-scripts/rule-comments.ts';
import { scriptOf } from './script-file.ts';
import { ScriptsControls } from './scripts-controls.tsx';
import { PeerAddressForm } from '../../shared/peer-address-form.tsx';
import { useScriptWords } from './use-script-words.ts';

const isRole = (id: string | undefined): id is RoleId =>
  (ROLE_IDS as readonly string[]).includes(id ?? '');

/** `?view=scripts&role=cas&dir=in&script=powershell`: a role's firewall or check script. */
export function ScriptsPage(props: { catalog: Catalog }) {
  const { t } = useTranslation(['exports', 'labels']);
  const { state, problems, search, language } = useView();
  const say = useScriptWords(language);
  const [status, setStatus] = useState('');
  const role = state.roles[0];
  // Firewall scripts default to inbound; the checks are always of the outbound paths.
  const checks = state.script === 'test' || state.script === 'portqry';
  const shownDir = state.dir === 'out' ? 'out' : 'in';
  const dir = checks ? 'out' : shownDir;
  // The scripts read only the role's selection: its paths, rules and the notes they cite.
  const subset = useMemo(
    () => (isRole(role) ? selectRole(props.catalog, role).subset : null),
    [props.catalog, role],
  );
  // A script is made once: its text, and (firewall scripts) its rule set for the address form.
  const file = useMemo(
    () =>
      isRole(role) && subset
        ? scriptOf(subset, role, dir, state.script, {
            env: state.env,
            peers: state.peers,
            anyAddress: state.anyAddress,
            say,
            lang: language,
          })
        : null,
    [subset, role, dir, state.script, state.env, state.peers, state.anyAddress, say, language],
  );
  const set = file?.set ?? null;
  const peers = useMemo(() => (set ? peersOf(set) : []), [set]);
  const roleName = isRole(role) ? t(`labels:endpoint.${role}`) : '';

  return (
    <section aria-labelledby="scripts-heading" className="max-w-6xl space-y-3">
      <UrlProblems problems={problems} />
      <h2 id="scripts-heading" className="text-lg font-semibold">
        {t('exports:scripts.title', { role: roleName || '—' })}
      </h2>
      <p className="max-w-3xl text-sm">{t('exports:scripts.intro')}</p>
      <ScriptsControls dir={shownDir} />
      {set && <PeerAddressForm peers={peers} rules={set.rules} purpose="scripts" />}
      {!file && (
        <p role="alert" className="font-semibold">
          {role
            ? t('exports:scripts.unknownRole', { value: role })
            : t('exports:scripts.chooseRole')}
        </p>
      )}
      {file && (
        <>
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <button
              type="button"
              onClick={() =>
                void copyText(file.text).then((ok) =>
                  setStatus(t(ok ? 'exports:scripts.copied' : 'exports:scripts.copyFailed')),
                )
              }
              className="rounded border border-slate-500 px-3 py-1"
            >
              {t('exports:scripts.copy')}
            </button>
            <button
              type="button"
              onClick={() => {
                saveFile(file.name, file.text, 'text/plain', file.bom);
                setStatus(t('exports:scripts.downloaded', { name: file.name }));
              }}
              className="rounded border border-slate-500 px-3 py-1"
            >
              {t('exports:scripts.download', { name: file.name })}
            </button>
            <Link
              className="underline"
              to={{
                search: search(rolePageTarget('explorer', role as RoleId, dir)),
              }}
            >
              {t('exports:scripts.backToExplorer')}
            </Link>
            <Link
              className="underline"
              to={{
                search: search(rolePageTarget('sheet', role as RoleId)),
              }}
            >
              {t('exports:scripts.sheet')}
            </Link>
            <span role="status" className="text-sm">
              {status}
            </span>
          </div>
          <CodeBlock label={t('exports:scripts.script')} testId="script-text">
            {file.text}
          </CodeBlock>
        </>
      )}
    </section>
  );
}
