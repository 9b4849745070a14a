// The app's layers, lowest first. A folder may import from its own layer and the ones below,
// never from above; each feature is a layer of its own towards the other features.
//
//   catalog                      the data: schema, loading, invariants, languages
//   filters                      pure: matching a row against a filter value
//   plan                         pure: the port plan (distinct openings) and the environment
//   diagrams exports firewall-scripts   pure renderers of the catalog
//   firewall-check               pure: a server's exported firewall rules read and checked against the plan
//   i18n                         i18next setup and the UI text
//   view                         the view state, the link (the one hook), the one selection
//   components                   generic UI pieces
//   shared                       UI pieces several features use: the explorer frame, labels, marks
//   features/*  prerender        one folder per view (none imports another); the static table
//   app                          router and shell
//
// Tests are left out: a test may build its case from any layer.
export const LAYERS = [
  ['catalog'],
  ['filters'],
  ['plan'],
  ['diagrams', 'exports', 'firewall-scripts', 'firewall-check'],
  ['i18n'],
  ['view'],
  ['components'],
  ['shared'],
  ['features', 'prerender'],
  ['app', 'main.tsx', 'boot.ts', 'index.css'],
];

const FEATURES = [
  'check',
  'cheat-sheet',
  'explorer',
  'map',
  'matrix',
  'offline',
  'scripts',
  'summary',
];

/** import-x/no-restricted-paths zones: each layer's folders may not import any higher layer. */
export function layerZones() {
  const zones = LAYERS.flatMap((layer, i) =>
    layer.map((folder) => ({
      target: `./src/${folder}`,
      from: LAYERS.slice(i + 1)
        .flat()
        .map((above) => `./src/${above}`),
      message: `${folder} sits below these folders (see scripts/layers.js): move the shared piece down.`,
    })),
  ).filter((zone) => zone.from.length > 0);
  const features = FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: FEATURES.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
    message: 'Features do not import each other: move what both need to src/shared.',
  }));
  // The pure layers carry no UI text: not even the locale files.
  const pure = [
    'catalog',
    'filters',
    'plan',
    'diagrams',
    'exports',
    'firewall-scripts',
    'firewall-check',
  ].map((folder) => ({
    target: `./src/${folder}`,
    from: ['./locales'],
    message: 'Pure layers carry no UI text: take words as a parameter.',
  }));
  return [...zones, ...features, ...pure];
}
