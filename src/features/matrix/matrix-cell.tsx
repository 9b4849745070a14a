import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EndpointId } from '../../catalog/schema.ts';
import { pairLines, pairSpoken, type SpokenWords } from '../../diagrams/pair-lines.ts';
import type { MatrixCell as Cell } from '../../diagrams/port-matrix.ts';
import type { PlanWords } from '../../plan/plan-text.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import { CellLine } from './cell-line.tsx';

/**
 * A cell's link to the explorer on its pair, written as the pair's port plan: one entry a line,
 * the weakest encryption before the first and ⊘ after it. The link reads the plan aloud.
 */
export function MatrixCellLink(props: {
  cell: Cell;
  from: EndpointId;
  to: EndpointId;
  search: string;
  words: { shown: PlanWords; spoken: SpokenWords };
  name: (id: EndpointId) => string;
}) {
  const { t } = useTranslation('explorer');
  const { cell, from, to, words } = props;
  return (
    <Link
      to={{ search: props.search }}
      aria-label={t('matrix.cellLink', {
        from: props.name(from),
        to: props.name(to),
        count: cell.paths.length,
        ports: pairSpoken(cell.plan, { from, to }, words.spoken),
      })}
      className="block font-mono underline-offset-2 hover:underline"
    >
      {pairLines(cell.plan, { from, to }, words.shown).map((line, i) => (
        <span key={i} className="block pl-2 -indent-2">
          <CellLine
            text={line}
            before={i === 0 && <span aria-hidden="true">{ENCRYPTION_MARK[cell.encryption]} </span>}
            after={
              i === 0 && cell.unsupported && <UnsupportedMark label={t('marks.unsupported')} />
            }
          />
        </span>
      ))}
    </Link>
  );
}
