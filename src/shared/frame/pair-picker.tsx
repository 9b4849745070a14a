import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointId } from '../../catalog/schema.ts';
import { ENDPOINT_IDS } from '../../catalog/ids.ts';
import type { UpdateView } from '../../view/use-view.ts';

const ANY = '';

/**
 * "What must be open from Hub Transport to Edge Transport?": who connects and who listens, each
 * any endpoint or "any". Asks for one pair, where ticking two roles would mean either of them.
 * Memoised: its thirty options are drawn again only when the pair changes, not on a keystroke.
 */
export const PairPicker = memo(function PairPicker(props: {
  from: EndpointId | null;
  to: EndpointId | null;
  update: UpdateView;
}) {
  const { t } = useTranslation(['explorer', 'labels']);
  const { update } = props;
  const select = (end: 'from' | 'to') => (
    <label className="flex flex-col gap-0.5">
      <span>{t(end === 'from' ? 'explorer:pair.from' : 'explorer:pair.to')}</span>
      <select
        value={props[end] ?? ANY}
        onChange={(event) =>
          update({ [end]: event.target.value === ANY ? null : (event.target.value as EndpointId) })
        }
        className="rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-800"
      >
        <option value={ANY}>{t('explorer:pair.any')}</option>
        {ENDPOINT_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`labels:endpoint.${id}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 font-semibold">{t('explorer:pair.legend')}</legend>
      <div className="grid grid-cols-2 gap-2">
        {select('from')}
        {select('to')}
      </div>
    </fieldset>
  );
});
