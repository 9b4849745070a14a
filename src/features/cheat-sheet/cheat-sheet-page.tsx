import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBodyData } from '../../components/use-body-data.ts';
import { ROLE_IDS, type Catalog, type RoleId } from '../../catalog/schema.ts';
import { DYNAMIC_RPC_RANGE } from '../../filters/port-match.ts';
import { UrlProblems } from '../../shared/url-problems.tsx';
import { useView } from '../../view/use-view.ts';
import { buildSheet } from './sheet-model.ts';
import { SheetControls } from './sheet-controls.tsx';
import { SheetNotes } from './sheet-notes.tsx';
import { SheetPathsTable } from './sheet-paths-table.tsx';
import { SheetRulesTable } from './sheet-rules-table.tsx';

const isRole = (id: string | undefined): id is RoleId =>
  (ROLE_IDS as readonly string[]).includes(id ?? '');

/** The printable sheet of one server role: `?view=sheet&role=mailbox&text=both&paper=letter`. */
export function CheatSheetPage(props: { catalog: Catalog }) {
  const { t } = useTranslation(['sheet', 'labels']);
  const { state, problems, language, search } = useView();
  const role = state.roles[0];
  const text = state.text ?? language;
  const sheet = useMemo(
    () => (isRole(role) ? buildSheet(props.catalog, role) : null),
    [props.catalog, role],
  );
  const doc = props.catalog.document;
  const roleName = isRole(role)
    ? (props.catalog.endpoints.find((e) => e.id === role)?.name[language] ?? role)
    : '';
  const link = `${window.location.origin}${window.location.pathname}${search(state)}`;

  useBodyData('paper', state.paper);

  return (
    <article className="sheet">
      <UrlProblems problems={problems} />
      <SheetControls text={text} role={isRole(role) ? role : null} />
      {!sheet && (
        <p role="alert" className="font-semibold">
          {role ? t('sheet:unknownRole', { value: role }) : t('sheet:chooseRole')}
        </p>
      )}
      {sheet && (
        // A layout table: its <tfoot> repeats the footer at the bottom of every printed page.
        <table role="presentation" className="sheet-layout">
          <tfoot>
            <tr>
              <td>
                <p className="sheet-footer">
                  {t('sheet:footer', {
                    title: doc.title[language],
                    updated: doc.updated,
                    link,
                  })}
                </p>
              </td>
            </tr>
          </tfoot>
          <tbody>
            <tr>
              <td>
                <header className="sheet-header">
                  <h2 className="text-xl font-bold">{t('sheet:title', { role: roleName })}</h2>
                  <p className="text-[8pt]">
                    {t('sheet:subtitle', {
                      title: doc.title[language],
                      appliesTo: doc.appliesTo[language],
                      updated: doc.updated,
                    })}
                  </p>
                  <p className="text-[8pt]">{t('sheet:dynamicRpcNote', DYNAMIC_RPC_RANGE)}</p>
                  <p className="text-[8pt]">{t('sheet:legend')}</p>
                </header>
                <SheetPathsTable
                  heading={t('sheet:inbound', { role: roleName, count: sheet.inbound.length })}
                  rows={sheet.inbound}
                  other="from"
                  text={text}
                />
                <SheetPathsTable
                  heading={t('sheet:outbound', { role: roleName, count: sheet.outbound.length })}
                  rows={sheet.outbound}
                  other="to"
                  text={text}
                />
                <SheetRulesTable
                  heading={t('sheet:rules', { count: sheet.rules.length })}
                  rows={sheet.rules}
                />
                <SheetNotes notes={sheet.notes} errata={sheet.errata} text={text} />
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </article>
  );
}
