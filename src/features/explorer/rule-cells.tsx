import type { Row } from '@tanstack/react-table';
import type { FirewallRule } from '../../catalog/schema.ts';
import type { ViewState } from '../../view/view-state.ts';
import { useCellText } from './cell-text-context.ts';
import { PortChips } from './port-chips.tsx';
import type { ExplorerFeatures } from '../../components/table-features.ts';

/** One cell of the firewall-rule table. Rule names and programs are shown verbatim. */
export function RuleCell(props: {
  row: Row<ExplorerFeatures, FirewallRule>;
  columnId: string;
  state: ViewState;
}) {
  const { labels: t } = useCellText();
  const rule = props.row.original;
  switch (props.columnId) {
    case 'name':
      return <span className="font-mono text-xs break-all">{rule.source.ja.name}</span>;
    case 'roles':
      return <>{rule.roles.map((r) => t(`endpoint.${r}`)).join(', ')}</>;
    case 'port':
      return <PortChips ports={rule.ports} query={props.state.port} />;
    case 'program':
      return rule.program ? (
        <span className="font-mono text-xs break-all">{rule.program}</span>
      ) : (
        <em>{t('anyProgram')}</em>
      );
    default:
      return null;
  }
}
