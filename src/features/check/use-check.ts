import { useDeferredValue, useMemo } from 'react';
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import type { Environment } from '../../plan/environment.ts';
import type { PeerAddresses } from '../../firewall-scripts/remote-addresses.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import { parseExport } from '../../firewall-check/parse-export.ts';
import { checkServerRules } from '../../firewall-check/check-rules.ts';

/**
 * The pasted export read and checked. Deferred: typing into a paste of 10,000 rules never waits
 * for the check, and a new role or environment checks the rules already read without reading them
 * again. A report needs rules in the format; an export with problems is still checked for the
 * rules it holds (the page names the problems above the report).
 */
export function useCheck(input: {
  text: string;
  catalog: Catalog;
  role: RoleId | null;
  dir: ScriptDirection;
  env: Environment;
  peers: PeerAddresses;
}) {
  const text = useDeferredValue(input.text);
  const parsed = useMemo(() => parseExport(text), [text]);
  const { catalog, role, dir, env, peers } = input;
  const report = useMemo(
    () =>
      role && parsed.format
        ? checkServerRules({ catalog, role, dir, env, peers, rules: parsed.rules })
        : null,
    [catalog, role, dir, env, peers, parsed],
  );
  return { parsed, report, pending: text !== input.text };
}
