// Lists how the app's folders import each other: the edges with their counts, wrong-way imports
// (against scripts/layers.js) and folder cycles. Exits 1 on either. Run: npm run deps
// A folder is src/<top>, or src/<top>/<sub> for features/* and shared/*. Tests are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { LAYERS } from './layers.js';

const SRC = 'src';
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

const folderOf = (path) => {
  const parts = relative(SRC, path).split('/');
  return ['features', 'shared'].includes(parts[0]) && parts.length > 2
    ? `${parts[0]}/${parts[1]}`
    : parts[0];
};
const layerOf = (folder) => LAYERS.findIndex((layer) => layer.includes(folder.split('/')[0]));

const edges = new Map();
for (const file of files(SRC)) {
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = normalize(join(dirname(file), spec));
    if (!target.startsWith(`${SRC}/`)) continue;
    const [from, to] = [folderOf(file), folderOf(target)];
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

const wrongWay = [...edges.keys()].filter((key) => {
  const [from, to] = key.split(' -> ');
  const up = layerOf(to) > layerOf(from);
  const sideways = from.startsWith('features/') && to.startsWith('features/');
  return up || sideways;
});

// Folder cycles: strongly connected components with more than one folder.
const graph = new Map();
for (const key of edges.keys()) {
  const [from, to] = key.split(' -> ');
  graph.set(from, [...(graph.get(from) ?? []), to]);
}
const cycles = [];
const index = new Map();
const low = new Map();
const stack = [];
let counter = 0;
const visit = (node) => {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (stack.includes(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do component.push((member = stack.pop()));
    while (member !== node);
    if (component.length > 1) cycles.push(component);
  }
};
for (const node of graph.keys()) if (!index.has(node)) visit(node);

for (const [key, count] of [...edges].sort()) console.log(`${key}  (${count})`);
console.log(
  `\n${edges.size} folder edges, ${[...edges.values()].reduce((a, b) => a + b, 0)} imports`,
);
console.log(
  `wrong-way imports: ${wrongWay.length}${wrongWay.length ? `\n  ${wrongWay.join('\n  ')}` : ''}`,
);
console.log(
  `folder cycles: ${cycles.length}${cycles.length ? `\n  ${cycles.map((c) => c.join(' <-> ')).join('\n  ')}` : ''}`,
);
process.exit(wrongWay.length || cycles.length ? 1 : 0);
