import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { memoizeT } from '../../i18n/memoize-t.ts';
import { AUTH_IDS, ENDPOINT_IDS, ROLE_IDS, SECTION_IDS } from '../../catalog/ids.ts';
import { CheckboxFacet, type FacetOption } from '../../components/checkbox-facet.tsx';
import { RadioChoice } from '../../components/radio-choice.tsx';
import type { ViewState } from '../../view/view-state.ts';
import { ENCRYPTION_CLASSES } from '../../filters/filter-values.ts';
import { PortFilter } from './port-filter.tsx';
import { SearchBox } from './search-box.tsx';
import { PairPicker } from './pair-picker.tsx';
import { EnvironmentForm } from './environment-form.tsx';
import type { Facets } from '../../view/facets.ts';
import type { UpdateView } from '../../view/use-view.ts';
import { useFilterSetters } from './use-filter-setters.ts';

export function FilterPanel(props: {
  /** Per facet, per value: the rows that pass every other filter (see view/facets.ts). */
  facets: Facets;
  state: ViewState;
  update: UpdateView;
}) {
  const { t: translate } = useTranslation(['explorer', 'labels']);
  // Every keystroke re-renders some sixty labels and counts: each is translated once.
  const t = useMemo(() => memoizeT(translate), [translate]);
  const { state, update, facets } = props;
  // Stable callbacks: each control below is memoised on its props (options compared by value).
  const set = useFilterSetters(update);
  const paths = state.table === 'paths';
  const options = <T extends string>(
    ids: readonly T[],
    counts: Map<string, number>,
    label: (id: T) => string,
  ) => {
    return ids.map((id): FacetOption<T> => ({
      value: id,
      label: label(id),
      count: counts.get(id) ?? 0,
    }));
  };
  const countLabel = useCallback((count: number) => t('explorer:filters.count', { count }), [t]);
  const endpointLabel = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  const roleCounts = facets.roles;
  const roleOptions = (ids: readonly string[]) =>
    ids.map((id) => ({
      value: id as ViewState['roles'][number],
      label: endpointLabel(id),
      count: roleCounts.get(id) ?? 0,
    }));
  const others = ENDPOINT_IDS.filter((id) => !(ROLE_IDS as readonly string[]).includes(id));

  return (
    <div className="space-y-4">
      <SearchBox value={state.q} update={update} />
      <PortFilter value={state.port} update={update} />
      <CheckboxFacet
        legend={t('explorer:filters.role')}
        options={roleOptions(ROLE_IDS)}
        selected={state.roles}
        onChange={set.roles}
        countLabel={countLabel}
      />
      {paths && <PairPicker from={state.from} to={state.to} update={update} />}
      {paths && (
        <>
          <CheckboxFacet
            legend={t('explorer:filters.otherEndpoints')}
            options={roleOptions(others)}
            selected={state.roles}
            onChange={set.roles}
            countLabel={countLabel}
          />
          <RadioChoice
            legend={t('explorer:filters.dir')}
            name="dir"
            value={state.dir}
            onChange={set.dir}
            options={[
              { value: 'any', label: t('explorer:filters.dirAny') },
              { value: 'in', label: t('explorer:filters.dirIn') },
              { value: 'out', label: t('explorer:filters.dirOut') },
            ]}
          />
          <CheckboxFacet
            legend={t('explorer:filters.enc')}
            options={options(ENCRYPTION_CLASSES, facets.enc, (id) => t(`explorer:enc.${id}`))}
            selected={state.enc}
            onChange={set.enc}
            countLabel={countLabel}
          />
          <CheckboxFacet
            legend={t('explorer:filters.auth')}
            options={options(AUTH_IDS, facets.auth, (id) => t(`labels:auth.${id}`))}
            selected={state.auth}
            onChange={set.auth}
            countLabel={countLabel}
          />
          <RadioChoice
            legend={t('explorer:filters.authScope')}
            name="authin"
            value={state.authScope}
            onChange={set.authScope}
            options={[
              { value: 'any', label: t('explorer:filters.authAny') },
              { value: 'default', label: t('explorer:filters.authDefault') },
              { value: 'supported', label: t('explorer:filters.authSupported') },
            ]}
          />
          <CheckboxFacet
            legend={t('explorer:filters.section')}
            options={options(SECTION_IDS, facets.sections, (id) => t(`labels:section.${id}`))}
            selected={state.sections}
            onChange={set.sections}
            countLabel={countLabel}
          />
        </>
      )}
      {!paths && <p className="text-xs">{t('explorer:filters.dirRulesNote')}</p>}
      <EnvironmentForm env={state.env} update={update} />
    </div>
  );
}
