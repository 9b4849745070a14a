// A server's Windows Firewall rules as the page reads them from an export (parse-export.ts), in
// the terms of the Windows Firewall API (INetFwRule, the HNetCfg.FwPolicy2 COM object), whose
// property names and numeric values are the same in every Windows display language.

/** One port condition of a rule: any port, a number or range, or one of Windows' keywords. */
export type PortToken =
  | { kind: 'any' }
  | { kind: 'range'; from: number; to: number }
  /** RPC (dynamic RPC), RPC-EPMap (the endpoint mapper), IPHTTPS, Teredo, Ply2Disc, mDNS… */
  | { kind: 'keyword'; keyword: string };

export type Profile = 'domain' | 'private' | 'public';

export interface ServerRule {
  /** 1-based line of the paste the rule was read from, for messages. */
  line: number;
  name: string;
  /** Grouping as Windows stores it ("Microsoft Exchange Server 2010", "@FirewallAPI.dll,-28502"). */
  group: string;
  enabled: boolean;
  direction: 'in' | 'out';
  action: 'allow' | 'block';
  /** 'any' (256); otherwise the IANA number: 6 TCP, 17 UDP. */
  protocol: 'tcp' | 'udp' | 'any' | number;
  /** Empty never: [{ kind: 'any' }] for any port. */
  localPorts: PortToken[];
  remotePorts: PortToken[];
  /** '*' for any, else as Windows gives them: 10.0.0.1/255.255.255.255, LocalSubnet, ranges. */
  localAddresses: string[];
  remoteAddresses: string[];
  /** The program's path as stored (environment variables such as %SystemRoot% kept), or null: any. */
  program: string | null;
  /** The service's short name, or null: any. */
  service: string | null;
  profiles: Profile[];
}

export type ExportFormat = 'explorer-tsv-1';

export interface ParseProblem {
  /** 1-based line of the paste, or 0 for the paste as a whole. */
  line: number;
  kind:
    | 'empty'
    | 'unknown-format'
    | 'truncated'
    | 'count-mismatch'
    | 'bad-line'
    | 'bad-value'
    /** The format's marker is there but the next line is not its header (parse-export.ts). */
    | 'bad-header';
  /** The column (for bad-value), as the header names it. */
  field?: string;
  /** The offending text, shortened: shown as text, never run. */
  text?: string;
  /** count-mismatch: the rule count the End line states, and the rule lines read. */
  expected?: number;
  found?: number;
}

export interface ParseResult {
  format: ExportFormat | null;
  rules: ServerRule[];
  problems: ParseProblem[];
  /** The export's `# Computer:` line, when it has one. */
  computer?: string;
}
