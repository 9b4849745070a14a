// Writes the app icons to public/icons/ (committed; icons.test.ts fails when they drift).
// Usage: npm run icons
import { mkdirSync, writeFileSync } from 'node:fs';
import { drawIcon, ICONS } from './draw-icon.ts';
import { encodePng } from './encode-png.ts';

const dir = new URL('../../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const icon of ICONS) {
  writeFileSync(
    new URL(icon.file, dir),
    encodePng(icon.size, icon.size, drawIcon(icon.size, icon.maskable)),
  );
  console.log(`public/icons/${icon.file} (${icon.size}x${icon.size})`);
}
