// Reads the committed catalog and source for tests (Node only; never imported by the app).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './schema.ts';

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

export const readSourceText = () =>
  readFileSync(`${publicDir}source/exchange-2010-network-ports.ja.txt`, 'utf8');

export const readCommittedCatalog = (): Catalog =>
  JSON.parse(readFileSync(`${publicDir}catalog.json`, 'utf8')) as Catalog;

export const readCommittedJsonSchema = (): unknown =>
  JSON.parse(readFileSync(`${publicDir}catalog.schema.json`, 'utf8'));
