import * as z from 'zod/mini';
import { catalog } from '../schema.ts';

/** The published JSON Schema of public/catalog.json, generated from the one zod schema. */
export function catalogJsonSchema() {
  return {
    ...z.toJSONSchema(catalog, { target: 'draft-2020-12' }),
    title: 'Exchange 2010 network port catalog',
    $id: 'catalog.schema.json',
  };
}
