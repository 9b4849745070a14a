import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBodyData } from '../../components/use-body-data.ts';
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { UrlProblems } from '../../shared/url-problems.tsx';
import { useView } from '../../view/use-view.ts';
import { rolePlans } from '../../view/selection.ts';
import { buildPlanSheet } from './sheet-plan.ts';
import { SheetAppendix } from './sheet-appendix.tsx';
import { SheetControls } from './sheet-controls.tsx';
import { SheetFootnotes } from './sheet-footnotes.tsx';
import { SheetHeader } from './sheet-header.tsx';
import { SheetPlanTable } from './sheet-plan-table.tsx';

const isRole = (id: string | undefined): id is RoleId =>
  (ROLE_IDS as readonly string[]).includes(id ?? '');

/**
 * The printable sheet of one server role: `?view=sheet&role=mailbox&text=both&paper=letter`.
 * Page 1 is the role's port plan, inbound and outbound, on one page; `appendix=1` adds every
 * data path, Setup's firewall rules and the notes after it.
 */
export function CheatSheetPage(props: { catalog: Catalog }) {
  const { t } = useTranslation(['sheet', 'labels']);
  const { state, problems, language, search } = useView();
  const role = state.roles[0];
  const text = state.text ?? language;
  const { catalog } = props;
  const plan = useMemo(
    () => (isRole(role) ? buildPlanSheet(catalog, rolePlans(catalog, role, state.env)) : null),
    [catalog, role, state.env],
  );
  const doc = catalog.document;
  const roleName = isRole(role)
    ? (catalog.endpoints.find((e) => e.id === role)?.name[language] ?? role)
    : '';
  const link = `${window.location.origin}${window.location.pathname}${search(state)}`;

  useBodyData('paper', state.paper);

  return (
    <article className="sheet">
      <UrlProblems problems={problems} />
      <SheetControls text={text} role={isRole(role) ? role : null} />
      {!plan && (
        <p role="alert" className="font-semibold">
          {role ? t('sheet:unknownRole', { value: role }) : t('sheet:chooseRole')}
        </p>
      )}
      {plan && isRole(role) && (
        // A layout table: its <tfoot> repeats the footer at the bottom of every printed page.
        <table role="presentation" className="sheet-layout">
          <tfoot>
            <tr>
              <td>
                <p className="sheet-footer">
                  {t('sheet:footer', { title: doc.title[language], updated: doc.updated, link })}
                </p>
              </td>
            </tr>
          </tfoot>
          <tbody>
            <tr>
              <td>
                <div className="sheet-page">
                  <SheetHeader roleName={roleName} document={doc} language={language} link={link} />
                  <SheetPlanTable
                    heading={t('sheet:planInbound', { count: plan.inbound.length })}
                    rows={plan.inbound}
                    peer="from"
                  />
                  <SheetPlanTable
                    heading={t('sheet:planOutbound', { count: plan.outbound.length })}
                    rows={plan.outbound}
                    peer="to"
                  />
                  <SheetFootnotes
                    footnotes={plan.footnotes}
                    supportNote={plan.supportNote}
                    text={text}
                  />
                </div>
                {state.appendix && (
                  <SheetAppendix catalog={catalog} role={role} roleName={roleName} text={text} />
                )}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </article>
  );
}
