import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { PathsDiagramFrame } from '../../shared/frame/paths-diagram-frame.tsx';
import { MatrixTable } from './matrix-table.tsx';

/** `?view=matrix` (+ any explorer filter): ports by source and destination, on one page. */
export function MatrixPage(props: { catalog: Catalog }) {
  const { t } = useTranslation('explorer');
  return (
    <PathsDiagramFrame catalog={props.catalog} title={t('tables.matrix')}>
      {({ paths, state }) => (
        <MatrixTable paths={paths} rules={props.catalog.firewallRules} state={state} />
      )}
    </PathsDiagramFrame>
  );
}
