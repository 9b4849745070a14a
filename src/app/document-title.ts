// The page title: the view, the role or filter where there is one, then the app, in the page's
// language, so that tabs, history and saved PDFs can be told apart.
//   ?view=sheet&role=edge       → "Edge Transport – Cheat sheet – Exchange 2010 ports"
//   ?role=cas&dir=in&port=443   → "Client Access, TCP/UDP 443 – Data paths – Exchange 2010 ports"
import type { TFunction } from 'i18next';
import { formatPortQuery } from '../filters/port-query.ts';
import type { ViewState } from '../view/view-state.ts';

export function documentTitle(state: ViewState, t: TFunction<['common', 'explorer', 'labels']>) {
  const view = state.view === 'explorer' ? state.table : state.view;
  const endpoint = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  const oneRole = state.view === 'sheet' || state.view === 'scripts' || state.view === 'check';
  const details = oneRole
    ? state.roles.slice(0, 1).map(endpoint)
    : [
        ...state.roles.map(endpoint),
        ...(state.from || state.to
          ? [`${state.from ? endpoint(state.from) : '*'} → ${state.to ? endpoint(state.to) : '*'}`]
          : []),
        ...(state.port ? [formatPortQuery(state.port)] : []),
      ];
  return [
    details.join(', '),
    t(`explorer:tables.${view}` as 'explorer:tables.paths'),
    t('common:app.titleShort'),
  ]
    .filter(Boolean)
    .join(' – ');
}
