import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_IDS } from '../catalog/ids.ts';
import { roleTarget } from '../view/link-targets.ts';
import { useView } from '../view/use-view.ts';

/** One link per Exchange role, for views about a single role (cheat sheet, scripts). */
export function RoleLinks(props: { label: string }) {
  const { t } = useTranslation('labels');
  const { state, search } = useView();
  return (
    <nav aria-label={props.label} className="flex flex-wrap gap-1">
      {ROLE_IDS.map((role) => (
        <Link
          key={role}
          to={{ search: search(roleTarget(state, role)) }}
          aria-current={state.roles[0] === role ? 'page' : undefined}
          className="rounded border border-slate-400 px-2 py-1 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
        >
          {t(`endpoint.${role}`)}
        </Link>
      ))}
    </nav>
  );
}
