// Fetches and validates the catalog. Never throws: every failure becomes a LoadFailure that the
// page can show in the user's language, naming the field that failed and why.
import { fetchCatalogData } from './fetch-catalog.ts';
import { checkCatalog, type CatalogProblem } from './invariants.ts';
import type * as z from 'zod/mini';
import { catalog as catalogSchema, type Catalog } from './schema.ts';
import { CATALOG_SCHEMA_VERSION } from './ids.ts';

export type LoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number }
  | { kind: 'json'; detail: string }
  | { kind: 'version'; found: unknown; expected: number }
  | { kind: 'schema'; issues: SchemaIssue[] }
  | { kind: 'invariants'; problems: CatalogProblem[] };

/** One schema problem, in words the page translates: where, what kind, what was expected. */
export interface SchemaIssue {
  path: string;
  code: string;
  expected: string;
  received: string;
}

export type LoadResult = { ok: true; catalog: Catalog } | { ok: false; failure: LoadFailure };

const MAX_ISSUES = 8;

const isPlainObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** Validates already-parsed JSON: schema version first (for a clear message), then shape, then rules. */
export function validateCatalog(data: unknown): LoadResult {
  // A catalog of another schema version is named as such before its shape is judged; anything
  // that is not an object at all (null, an array, a string) is left to the schema to describe.
  const version = isPlainObject(data) ? data.schemaVersion : undefined;
  if (typeof version === 'number' && version !== CATALOG_SCHEMA_VERSION) {
    return {
      ok: false,
      failure: { kind: 'version', found: version, expected: CATALOG_SCHEMA_VERSION },
    };
  }
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES)
      .map((issue) => describeIssue(issue, data));
    return { ok: false, failure: { kind: 'schema', issues } };
  }
  const problems = checkCatalog(parsed.data);
  if (problems.length > 0) {
    return { ok: false, failure: { kind: 'invariants', problems: problems.slice(0, MAX_ISSUES) } };
  }
  return { ok: true, catalog: parsed.data };
}

const short = (value: unknown) => {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** zod issues carry codes and parameters; the page words them in the user's language. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): SchemaIssue {
  const expected = (() => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.expected;
      case 'invalid_value':
        return issue.values.map((v) => JSON.stringify(v)).join(' | ');
      case 'too_small':
        return `>= ${issue.minimum}`;
      case 'too_big':
        return `<= ${issue.maximum}`;
      case 'invalid_format':
        return issue.format === 'regex' && 'pattern' in issue
          ? String(issue.pattern)
          : issue.format;
      default:
        return '';
    }
  })();
  return {
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    expected,
    received: short(valueAt(data, issue.path)),
  };
}

/** Fetches, parses and validates the catalog; never throws. */
export async function loadCatalog(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  const fetched = await fetchCatalogData(url, fetchImpl);
  return fetched.ok ? validateCatalog(fetched.data) : fetched;
}
