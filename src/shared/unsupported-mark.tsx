import { UNSUPPORTED_MARK } from '../catalog/origin-marks.ts';

/**
 * ⊘ beside a path (or a pair of ends) where the source says a firewall is not supported. The
 * caller passes the words (explorer:marks.unsupported), translated once for all its rows.
 */
export function UnsupportedMark({ label }: { label: string }) {
  return (
    <abbr title={label} className="ml-1 no-underline" data-mark="unsupported">
      <span aria-hidden="true">{UNSUPPORTED_MARK}</span>
      <span className="sr-only">({label})</span>
    </abbr>
  );
}
