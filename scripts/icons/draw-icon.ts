// The app icon, drawn in code so that no image tool is needed: a network port (an RJ45 socket,
// white, with eight pins) on a dark blue square. Shapes are in units of the icon's side (0..1).

export const ICON_BACKGROUND = '#1e3a8a';

export interface IconSpec {
  file: string;
  size: number;
  /** Full-bleed background for masks (the glyph stays inside the central safe circle, r = 0.4). */
  maskable: boolean;
}

/** Every icon the app ships, under public/icons/. */
export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x1e, 0x3a, 0x8a];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const PIN: Rgb = [0x1e, 0x3a, 0x8a];

/** Inside a rectangle [x0, x1] x [y0, y1] with corner radius r? */
const inRoundedRect = (
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};

const PINS = Array.from({ length: 8 }, (_, i) => 0.275 + i * 0.06);

/** The colour at a point, or null where the icon is transparent. */
function colourAt(x: number, y: number, maskable: boolean): Rgb | null {
  if (!maskable && !inRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  const inBody = inRoundedRect(x, y, 0.22, 0.3, 0.78, 0.66, 0.03);
  const inTab = inRoundedRect(x, y, 0.38, 0.6, 0.62, 0.76, 0.02);
  if (!inBody && !inTab) return BLUE;
  if (y >= 0.34 && y <= 0.47 && PINS.some((px) => x >= px && x <= px + 0.03)) return PIN;
  return WHITE;
}

const SAMPLES = 4; // 4 x 4 samples a pixel, for smooth edges

/** RGBA pixels of a square icon of `size` pixels. */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
            maskable,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered === 0) continue;
      rgba[i] = Math.round(r / covered);
      rgba[i + 1] = Math.round(g / covered);
      rgba[i + 2] = Math.round(b / covered);
      rgba[i + 3] = Math.round((covered / SAMPLES ** 2) * 255);
    }
  }
  return rgba;
}
