import { useMemo } from 'react';
import qrcode from 'qrcode-generator';
import { asciiOnly, qrPath } from './qr-path.ts';

const QUIET = 4; // modules of white around the code, as the QR standard asks

/** A QR code of `value`, drawn here as SVG (no image, no network); `label` names it. */
export function SheetQr(props: { value: string; label: string; className?: string }) {
  const { size, d } = useMemo(() => {
    const qr = qrcode(0, 'M'); // smallest version that holds the link; M survives a smudge
    qr.addData(asciiOnly(props.value), 'Byte');
    qr.make();
    const modules = qr.getModuleCount();
    return { size: modules + 2 * QUIET, d: qrPath(modules, (r, c) => qr.isDark(r, c), QUIET) };
  }, [props.value]);
  return (
    <svg
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={props.className}
      data-qr-value={props.value}
    >
      <title>{props.label}</title>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
