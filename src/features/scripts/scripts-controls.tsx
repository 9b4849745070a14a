import { useTranslation } from 'react-i18next';
import { RoleLinks } from '../../shared/role-links.tsx';
import { RadioChoice } from '../../components/radio-choice.tsx';
import { SCRIPT_KINDS, type ExplorerState } from '../../view/view-state.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import type { UpdateExplorer } from '../../view/use-view-state.ts';

/** Role (links), direction and script kind (radios): every choice is in the URL. */
export function ScriptsControls(props: {
  state: ExplorerState;
  dir: ScriptDirection;
  update: UpdateExplorer;
  lang: string | null;
}) {
  const { t } = useTranslation(['exports', 'labels']);
  const { state, update } = props;
  const checks = state.script === 'test' || state.script === 'portqry';
  return (
    <section aria-label={t('exports:scripts.controls')} className="space-y-3 print:hidden">
      <RoleLinks state={state} lang={props.lang} label={t('exports:scripts.role')} />
      <div className="flex flex-wrap gap-6">
        <RadioChoice
          legend={t('exports:scripts.kind')}
          name="script"
          value={state.script}
          onChange={(script) => update({ script }, { replace: true })}
          options={SCRIPT_KINDS.map((k) => ({ value: k, label: t(`exports:scripts.${k}`) }))}
        />
        {checks ? (
          <p className="max-w-xs text-sm">{t('exports:scripts.checksAreOutbound')}</p>
        ) : (
          <RadioChoice
            legend={t('exports:scripts.direction')}
            name="dir"
            value={props.dir}
            onChange={(dir) => update({ dir }, { replace: true })}
            options={[
              { value: 'in', label: t('exports:scripts.in') },
              { value: 'out', label: t('exports:scripts.out') },
            ]}
          />
        )}
      </div>
    </section>
  );
}
