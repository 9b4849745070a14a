// The catalog's ids and schema version as plain constants, without the schema library: the
// first paint (src/boot.ts) and the link parser need them before the app, and zod, have loaded.
// schema.ts builds its enums from these; import them from here.

// 2: provenance on every derived port, end and authentication id; related ports; ports that go
// both ways; citations of sources outside the document.
export const CATALOG_SCHEMA_VERSION = 2;

export const SECTION_IDS = ['transport', 'mailbox', 'cas', 'um'] as const;

export const ROLE_IDS = ['hub', 'edge', 'mailbox', 'cas', 'um'] as const;

/** Both ends of a data path: the five Exchange roles and the other parties the source names. */
export const ENDPOINT_IDS = [
  ...ROLE_IDS,
  'ad',
  'ad-rms',
  'admin',
  'backup',
  'client',
  'smtp-client',
  'ip-gateway',
  'ocs',
  'legacy-exchange',
  'internet-smtp',
] as const;

export const AUTH_IDS = [
  'kerberos',
  'ntlm',
  'basic',
  'digest',
  'negotiate',
  'integrated-windows',
  'forms',
  'certificate',
  'direct-trust',
  'anonymous',
  'ip-address',
  'mtls',
  'pop-imap-plain-text',
] as const;

export const ENCRYPTION_METHOD_IDS = [
  'tls',
  'ssl',
  'https',
  'ldaps',
  'rpc',
  'kerberos',
  'ipsec',
  'sip-tls',
  'srtp',
] as const;

export const PORT_KINDS = [
  'number', // a single port or a range: from..to
  'dynamic-rpc', // the port the RPC endpoint mapper hands out
  'rpc-epmap', // the RPC endpoint mapper itself (135/TCP)
  'dynamic', // "dynamic ports" without a stated range
  'any', // firewall rules that allow any port
  'unnumbered', // a service named without a port number (e.g. SMB in the VSS backup row)
] as const;

export const NOTE_KINDS = ['intro', 'bullet', 'caution', 'paragraph'] as const;

/**
 * Setup's firewall rule (its catalog id) whose program serves each static RPC port the
 * environment may set: the RPC Client Access service (also public folders) and the Address Book.
 */
export const STATIC_RPC_SETUP_RULE_IDS = {
  rpcClientAccess: 'fw-msexchangerpc-rpc',
  addressBook: 'fw-msexchangeab-rpc',
  publicFolderRpc: 'fw-msexchangerpc-rpc',
} as const;

/** The note that says MAPI clients such as Outlook connect to Client Access servers. */
export const MAPI_CLIENTS_NOTE_ID = 'cas-note-1';

/** The note that says Setup's rules marked (GFW) are not restricted to a process, kept for compatibility. */
export const GFW_NOTE_ID = 'firewall-note-2';

/** The caution that Setup's rules cannot be changed, only copied into custom rules and disabled. */
export const SETUP_RULES_CAUTION_NOTE_ID = 'firewall-caution-1';

/** The note that says RPC traffic is always encrypted. */
export const RPC_ENCRYPTED_NOTE_ID = 'mailbox-intro-5';
