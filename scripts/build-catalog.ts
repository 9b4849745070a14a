// Regenerates public/catalog.json and public/catalog.schema.json from the verbatim source and
// the enrichment in src/catalog. Run: npm run catalog. The tests fail when the committed files drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCatalog } from '../src/catalog/build/build-catalog.ts';
import { catalogJsonSchema } from '../src/catalog/build/json-schema.ts';
import { catalog as catalogSchema } from '../src/catalog/schema.ts';
import english from '../src/catalog/enrichment/english.json' with { type: 'json' };

const source = readFileSync('public/source/exchange-2010-network-ports.ja.txt', 'utf8');
const built = catalogSchema.parse(buildCatalog(source, english));
writeFileSync('public/catalog.json', JSON.stringify(built) + '\n');
writeFileSync('public/catalog.schema.json', JSON.stringify(catalogJsonSchema(), null, 2) + '\n');
console.log(
  `catalog: ${built.dataPaths.length} data paths, ${built.firewallRules.length} firewall rules, ${built.notes.length} notes`,
);
