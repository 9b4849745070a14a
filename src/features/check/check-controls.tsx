import { RadioChoice } from '../../components/radio-choice.tsx';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import { RoleLinks } from '../../shared/role-links.tsx';
import { useView } from '../../view/use-view.ts';
import type { CheckSay } from './check-words.ts';

/** Role (links) and direction (radios): what the server is checked against, all in the link. */
export function CheckControls(props: { say: CheckSay; dir: ScriptDirection }) {
  const { say } = props;
  const { update } = useView();
  return (
    <section aria-label={say('controls')} className="space-y-3 print:hidden">
      <RoleLinks label={say('role')} />
      <RadioChoice
        legend={say('direction')}
        name="dir"
        value={props.dir}
        onChange={(dir) => update({ dir }, { replace: true })}
        options={[
          { value: 'in', label: say('in') },
          { value: 'out', label: say('out') },
        ]}
      />
    </section>
  );
}
