import type { Provenance } from '../../catalog/schema.ts';
import { useCellText } from './cell-text-context.ts';
import { SYMBOL } from '../../catalog/origin-marks.ts';

/** Marks an end that the path cell does not name: from a note (§) or inferred (≈). */
export function EndMark({ origin }: { origin: Provenance }) {
  const { explorer: t } = useCellText();
  if (origin.source === 'cell') return null;
  const words = t(origin.source === 'note' ? 'port.fromNote' : 'port.inferred');
  return (
    <abbr
      title={t(origin.source === 'note' ? 'port.fromNoteTitle' : 'port.inferredTitle')}
      className="ml-1 no-underline"
    >
      <span aria-hidden="true">{SYMBOL[origin.source]}</span>
      <span className="sr-only">({words})</span>
    </abbr>
  );
}
