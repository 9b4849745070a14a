// The firewall scripts' remote addresses in the link: one key per kind of peer, its addresses
// comma-separated (`addr-hub=10.0.1.10,10.0.1.11&addr-ad=10.0.0.0/24`), and `anyaddr=1` for
// rules whose peers have none. A token that is not an address is named on the page and never
// reaches a script; the valid tokens of the same value are kept.
import type { EndpointId } from '../catalog/schema.ts';
import { ENDPOINT_IDS } from '../catalog/ids.ts';
import { readAddressList, type PeerAddresses } from '../firewall-scripts/remote-addresses.ts';
import type { UrlProblem, ViewState } from './view-state.ts';

export const peerKeyOf = (id: EndpointId) => `addr-${id}`;

export const PEER_URL_KEYS: readonly string[] = ENDPOINT_IDS.map(peerKeyOf);

const PEER_OF = new Map<string, EndpointId>(ENDPOINT_IDS.map((id) => [peerKeyOf(id), id]));

export const isPeerKey = (key: string) => PEER_OF.has(key);

/** Reads `addr-<peer>` into the draft; returns why (part of) it was refused, or null. */
export function readPeerKey(
  key: string,
  value: string,
  draft: ViewState,
): UrlProblem['reason'] | null {
  const peer = PEER_OF.get(key);
  if (!peer) return 'unknown-key';
  const { addresses, refused } = readAddressList(value);
  if (addresses.length > 0) draft.peers = { ...draft.peers, [peer]: addresses };
  return refused.length > 0 ? 'not-an-address' : null;
}

/** The link's peer keys, in endpoint order, for the peers that have addresses. */
export function peerParams(peers: PeerAddresses): [string, string][] {
  return ENDPOINT_IDS.flatMap((id) => {
    const addresses = peers[id];
    return addresses && addresses.length > 0 ? [[peerKeyOf(id), addresses.join(',')]] : [];
  });
}
