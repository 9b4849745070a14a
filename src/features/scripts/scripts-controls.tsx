import { useTranslation } from 'react-i18next';
import { RoleLinks } from '../../shared/role-links.tsx';
import { RadioChoice } from '../../components/radio-choice.tsx';
import { SCRIPT_KINDS } from '../../view/view-state.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import { useView } from '../../view/use-view.ts';

/** Role (links), direction and script kind (radios): every choice is in the URL. */
export function ScriptsControls(props: { dir: ScriptDirection }) {
  const { t } = useTranslation(['exports', 'labels']);
  const { state, update } = useView();
  const checks = state.script === 'test' || state.script === 'portqry';
  return (
    <section aria-label={t('exports:scripts.controls')} className="space-y-3 print:hidden">
      <RoleLinks label={t('exports:scripts.role')} />
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
