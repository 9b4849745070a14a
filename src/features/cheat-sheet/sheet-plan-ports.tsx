import type { PlanEntry } from '../../plan/plan-types.ts';
import { openingText, portMarks, type PlanWords } from '../../plan/plan-text.ts';

/**
 * An entry's ports as plan-text.ts writes them (`entryPortsWithServices`): "TCP 25 (SMTP), 587",
 * the numbers bold and the services the source names for them in plain type.
 */
export function SheetPlanPorts({ entry, words }: { entry: PlanEntry; words: PlanWords }) {
  return (
    <>
      {entry.protocol && <>{entry.protocol.toUpperCase()} </>}
      {entry.ports.map((p, i) => (
        <span key={i}>
          {i > 0 && words.list}
          <b>
            {openingText(p.opening, words)}
            {portMarks(p)}
          </b>
          {p.services.length > 0 && (
            <span className="sheet-services"> ({p.services.join(words.list)})</span>
          )}
        </span>
      ))}
    </>
  );
}
