// The entry bundled into the benchmarked page (bench.ts, part `check`) to time the pure
// functions the check view runs in its render, on the page's own main thread and CPU throttling.
export { parseExport } from '../../src/firewall-check/parse-export.ts';
export { checkServerRules } from '../../src/firewall-check/check-rules.ts';
export { DEFAULT_ENVIRONMENT } from '../../src/plan/environment.ts';
