// The remote addresses of each peer a firewall script's rules are scoped to, or a server's rules
// are checked against, kept in the link (`addr-hub=10.0.1.10,10.0.1.11`, `anyaddr=1`). Each input keeps what is typed until it is left
// or Enter is pressed; then its valid tokens go to the link and the refused ones are named beside
// it, never written anywhere (remote-addresses.ts decides which are which).
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointId } from '../catalog/schema.ts';
import { ENDPOINT_IDS } from '../catalog/ids.ts';
import {
  PEER_PARAMETERS,
  readAddressList,
  type PeerAddresses,
} from '../firewall-scripts/remote-addresses.ts';
import type { FirewallRuleSpec } from '../firewall-scripts/rule-set.ts';
import { useView } from '../view/use-view.ts';

/** What an input shows, and the tokens its last commit refused. */
interface Field {
  text: string;
  refused: string[];
}

type Fields = Partial<Record<EndpointId, Field>>;

const textOf = (addresses: readonly string[] | undefined) => (addresses ?? []).join(', ');

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const fieldsOf = (peers: PeerAddresses): Fields =>
  Object.fromEntries(
    ENDPOINT_IDS.flatMap((id) => {
      const given = peers[id];
      return given && given.length > 0 ? [[id, { text: textOf(given), refused: [] }]] : [];
    }),
  );

/**
 * The fields after the link changed: a field whose text already reads as the link's addresses
 * is kept as typed (with its refused tokens); any other shows the link's addresses.
 */
function follow(fields: Fields, peers: PeerAddresses): Fields {
  const next: Fields = {};
  for (const id of ENDPOINT_IDS) {
    const field = fields[id];
    const given = peers[id] ?? [];
    if (field && sameList(readAddressList(field.text).addresses, given)) next[id] = field;
    else if (given.length > 0) next[id] = { text: textOf(given), refused: [] };
  }
  return next;
}

/** How many rules have addresses, and how many are skipped (or opened to any address). */
function addressSummary(
  rules: readonly Pick<FirewallRuleSpec, 'peers'>[],
  peers: PeerAddresses,
  anyAddress: boolean,
) {
  const given = rules.filter((r) => r.peers.some((p) => (peers[p]?.length ?? 0) > 0)).length;
  const without = rules.length - given;
  return {
    total: rules.length,
    given,
    skipped: anyAddress ? 0 : without,
    open: anyAddress ? without : 0,
  };
}

export function PeerAddressForm(props: {
  /** The peers the rule set needs addresses for, in the order the script lists them. */
  peers: EndpointId[];
  rules: readonly FirewallRuleSpec[];
  /**
   * The scripts write the addresses into rules (and may open address-less ones to any address);
   * the check compares a server's rules with them (check-rules.ts).
   */
  purpose: 'scripts' | 'check';
}) {
  const forScripts = props.purpose === 'scripts';
  const { t } = useTranslation(['exports', 'labels']);
  const { state, update } = useView();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(state.peers));
  // A new link (back, another role, a pasted link) shows its own addresses.
  const peersKey = JSON.stringify(state.peers);
  const [shown, setShown] = useState(peersKey);
  if (shown !== peersKey) {
    setShown(peersKey);
    setFields((current) => follow(current, state.peers));
  }

  const commit = (id: EndpointId) => {
    const text = fields[id]?.text ?? '';
    const { addresses, refused } = readAddressList(text);
    setFields((current) => ({ ...current, [id]: { text, refused } }));
    update(
      (current) => {
        if (sameList(current.peers[id] ?? [], addresses)) return {};
        const others = Object.entries(current.peers).filter(([key]) => key !== id);
        const peers: PeerAddresses = Object.fromEntries(
          addresses.length > 0 ? [...others, [id, addresses]] : others,
        );
        return { peers };
      },
      { replace: true },
    );
  };

  const onKeyDown = (id: EndpointId) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit(id);
  };

  const summary = addressSummary(props.rules, state.peers, state.anyAddress);

  return (
    <fieldset
      aria-describedby="peer-addresses-help"
      className="space-y-3 rounded border border-slate-400 p-3 print:hidden dark:border-slate-600"
    >
      <legend className="px-1 font-semibold">{t('exports:scripts.peers.legend')}</legend>
      <p id="peer-addresses-help" className="max-w-3xl text-sm">
        {t(forScripts ? 'exports:scripts.peers.help' : 'exports:scripts.peers.checkHelp')}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {props.peers.map((peer) => {
          const id = `peer-${peer}`;
          const field = fields[peer];
          const refused = field?.refused ?? [];
          const count = props.rules.filter((r) => r.peers.includes(peer)).length;
          return (
            <div key={peer} className="space-y-0.5">
              <label htmlFor={id} className="block">
                {t('exports:scripts.peers.label', {
                  peer: t(`labels:endpoint.${peer}`),
                  ps: PEER_PARAMETERS[peer].ps,
                  cmd: PEER_PARAMETERS[peer].cmd,
                })}
              </label>
              <input
                id={id}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={field?.text ?? ''}
                placeholder={t('exports:scripts.peers.placeholder')}
                aria-invalid={refused.length > 0 ? true : undefined}
                aria-describedby={`${id}-rules${refused.length > 0 ? ` ${id}-error` : ''}`}
                onChange={(event) => {
                  const text = event.target.value;
                  setFields((current) => ({
                    ...current,
                    [peer]: { text, refused: current[peer]?.refused ?? [] },
                  }));
                }}
                onBlur={() => commit(peer)}
                onKeyDown={onKeyDown(peer)}
                className="w-full rounded border border-slate-500 bg-white px-2 py-1 font-mono dark:bg-slate-800"
              />
              <p id={`${id}-rules`} className="text-xs">
                {t('exports:scripts.peers.rules', { count })}
              </p>
              {refused.length > 0 && (
                <p
                  id={`${id}-error`}
                  className="text-sm font-semibold break-all text-red-800 dark:text-red-300"
                >
                  {t(
                    forScripts
                      ? 'exports:scripts.peers.refused'
                      : 'exports:scripts.peers.refusedCheck',
                    {
                      count: refused.length,
                      tokens: refused.join(', '),
                    },
                  )}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {forScripts && (
        <>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              checked={state.anyAddress}
              onChange={(event) => update({ anyAddress: event.target.checked }, { replace: true })}
              className="mt-1 h-4 w-4"
            />
            <span>{t('exports:scripts.peers.anyAddress')}</span>
          </label>
          <p aria-live="polite" className="text-sm font-semibold" data-testid="peer-summary">
            {state.anyAddress
              ? t('exports:scripts.peers.summaryAny', {
                  count: summary.total,
                  given: summary.given,
                  open: summary.open,
                })
              : t('exports:scripts.peers.summary', {
                  count: summary.total,
                  given: summary.given,
                  skipped: summary.skipped,
                })}
          </p>
        </>
      )}
    </fieldset>
  );
}
