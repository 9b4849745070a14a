// Fetches and validates the catalog. Never throws: every failure becomes a LoadFailure that the
// page can show in the user's language, naming the field that failed and why.
import { checkCatalog } from './invariants.ts';
import { catalog as catalogSchema, CATALOG_SCHEMA_VERSION, type Catalog } from './schema.ts';

export type LoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number }
  | { kind: 'json'; detail: string }
  | { kind: 'version'; found: unknown; expected: number }
  | { kind: 'schema'; issues: { path: string; message: string }[] }
  | { kind: 'invariants'; problems: string[] };

export type LoadResult = { ok: true; catalog: Catalog } | { ok: false; failure: LoadFailure };

const MAX_ISSUES = 8;

/** Validates already-parsed JSON: schema version first (for a clear message), then shape, then rules. */
export function validateCatalog(data: unknown): LoadResult {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof data === 'object' && data !== null && version !== CATALOG_SCHEMA_VERSION) {
    return {
      ok: false,
      failure: { kind: 'version', found: version, expected: CATALOG_SCHEMA_VERSION },
    };
  }
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: issue.path.join('.') || '(root)',
      message: issue.message,
    }));
    return { ok: false, failure: { kind: 'schema', issues } };
  }
  const problems = checkCatalog(parsed.data);
  if (problems.length > 0) {
    return { ok: false, failure: { kind: 'invariants', problems: problems.slice(0, MAX_ISSUES) } };
  }
  return { ok: true, catalog: parsed.data };
}

export async function loadCatalog(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: String(error) } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      failure: { kind: 'json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return validateCatalog(data);
}
