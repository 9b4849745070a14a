// The port plan's shapes: see port-plan.ts for how they are built.
import type { AuthId, EndpointId } from '../catalog/schema.ts';
import type { EncryptionClass, PortQuery } from '../filters/filter-values.ts';
import type { EnvironmentKey, PortRange } from './environment.ts';

export type PlanQuery =
  | { kind: 'role'; role: EndpointId; dir: 'in' | 'out' }
  | { kind: 'pair'; from: EndpointId | null; to: EndpointId | null }
  | { kind: 'port'; port: PortQuery };

/** A static port the environment gives an RPC service on the listening end. */
export interface StaticRpcPort {
  setting: EnvironmentKey;
  port: number;
}

/** What a firewall opens for one port of an entry. */
export type Opening =
  | {
      kind: 'number';
      from: number;
      to: number;
      /** The environment setting this number is (the DAG's replication port), if any. */
      setting: EnvironmentKey | null;
    }
  | {
      kind: 'rpc';
      /** The dynamic range in effect, and whether the environment set it. */
      range: PortRange;
      rangeSet: boolean;
      statics: StaticRpcPort[];
    }
  | { kind: 'dynamic' }
  | { kind: 'any' }
  | { kind: 'unnumbered'; service: string | null };

export interface PlanPort {
  opening: Opening;
  /** The services the source names for it ("SMTP", "LDAP"), once each. */
  services: string[];
  pathIds: string[];
  /** A note gives it (§) / it is inferred (≈), for at least one of its paths. */
  fromNote: boolean;
  inferred: boolean;
}

export interface PlanRule {
  id: string;
  name: string;
  program: string | null;
}

export interface PlanEntry {
  /** Stable within a plan: protocol, ports and pairs. */
  key: string;
  protocol: 'tcp' | 'udp' | null;
  ports: PlanPort[];
  /** Who connects, and who listens. */
  from: EndpointId[];
  to: EndpointId[];
  pathIds: string[];
  noteIds: string[];
  /** Setup's firewall rules on a listening role that open these ports. */
  rules: PlanRule[];
  /** Their programs, once each. */
  programs: string[];
  /** The weakest default encryption of its paths. */
  encryption: EncryptionClass;
  /** Default authentication of its paths, in catalog order. */
  auth: AuthId[];
  /** An end of one of its paths is read from a note or inferred. */
  endsDerived: boolean;
  /** One of its paths is one the source says a firewall is not supported on. */
  unsupported: boolean;
  /**
   * An opening the environment adds (Outlook's static RPC ports): the source says MAPI clients
   * connect to Client Access servers (note cas-note-1) but has no data path for it.
   */
  fromEnvironment: boolean;
}

export interface Plan {
  query: PlanQuery;
  entries: PlanEntry[];
  /** Port questions: paths that match only because the port lies in the dynamic RPC range. */
  alsoInRpcRange: string[];
  /** Port questions: Setup's firewall rules that name the port outright (or 135 for the mapper). */
  portRules: PlanRule[];
}
