import type { Row } from '@tanstack/react-table';
import type { DataPath } from '../../catalog/schema.ts';
import type { ViewState } from '../../view/view-state.ts';
import type { Language } from '../../catalog/languages.ts';
import { AuthList } from './auth-list.tsx';
import { useCellText } from './cell-text-context.ts';
import { EncryptionBadge } from './encryption-badge.tsx';
import { EndMark } from './end-mark.tsx';
import { PortChips } from './port-chips.tsx';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import { isUnsupportedFirewallRow } from '../../catalog/support-statement.ts';
import type { ExplorerFeatures } from '../../components/table-features.ts';

/** One cell of the data-path table. */
export function PathCell(props: {
  row: Row<ExplorerFeatures, DataPath>;
  columnId: string;
  state: ViewState;
  language: Language;
}) {
  const { labels: t, explorer } = useCellText();
  const path = props.row.original;
  switch (props.columnId) {
    case 'section':
      return <span className="text-xs">{t(`section.${path.section}`)}</span>;
    case 'path':
      return (
        <>
          <span lang={props.language}>{path.source[props.language].path}</span>
          {isUnsupportedFirewallRow(path) && (
            <UnsupportedMark label={explorer('marks.unsupported')} />
          )}
        </>
      );
    case 'from':
      return (
        <>
          {t(`endpoint.${path.from}`)}
          <EndMark origin={path.ends.from} />
        </>
      );
    case 'to':
      return (
        <>
          <span aria-hidden="true" data-arrow="">
            →{' '}
          </span>
          {t(`endpoint.${path.to}`)}
          <EndMark origin={path.ends.to} />
        </>
      );
    case 'port':
      return <PortChips ports={path.ports} query={props.state.port} />;
    case 'auth':
      return <AuthList auth={path.auth} />;
    case 'encryption':
      return <EncryptionBadge encryption={path.encryption} />;
    default:
      return null;
  }
}
