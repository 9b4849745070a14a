// The one definition of the catalog's shape. Types are inferred from it, the app validates
// public/catalog.json against it at load time, and public/catalog.schema.json is generated from it.
// zod/mini: the same schemas as zod with a functional API, at a fraction of the bundle size.
import * as z from 'zod/mini';

export const CATALOG_SCHEMA_VERSION = 1;

const nonEmpty = z.string().check(z.minLength(1));
const positiveInt = z.number().check(z.int(), z.minimum(1));
const nonEmptyArray = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

/** A Japanese text from the source and our English for it. */
export const bilingualText = z.object({ ja: nonEmpty, en: nonEmpty });

export const SECTION_IDS = ['transport', 'mailbox', 'cas', 'um'] as const;
export const sectionId = z.enum(SECTION_IDS);

export const ROLE_IDS = ['hub', 'edge', 'mailbox', 'cas', 'um'] as const;
export const roleId = z.enum(ROLE_IDS);

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
] as const;
export const endpointId = z.enum(ENDPOINT_IDS);

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
export const authId = z.enum(AUTH_IDS);

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
export const encryptionMethodId = z.enum(ENCRYPTION_METHOD_IDS);

export const PORT_KINDS = [
  'number', // a single port or a range: from..to
  'dynamic-rpc', // the port the RPC endpoint mapper hands out
  'rpc-epmap', // the RPC endpoint mapper itself (135/TCP)
  'dynamic', // "dynamic ports" without a stated range
  'any', // firewall rules that allow any port
  'unnumbered', // a service named without a port number (e.g. SMB in the VSS backup row)
] as const;

const portNumber = z.number().check(z.int(), z.minimum(1), z.maximum(65535));

/**
 * One port requirement. `text` is the fragment of the Japanese source it was read from
 * (the cell, or the note when `noteId` is set) so that every number can be checked.
 */
export const portEntry = z.object({
  kind: z.enum(PORT_KINDS),
  protocol: z.nullable(z.enum(['tcp', 'udp'])),
  /** false when the source omits the protocol and we took it from the note, rule or service named. */
  protocolStated: z.boolean(),
  from: z.nullable(portNumber),
  to: z.nullable(portNumber),
  service: z.nullable(z.string()),
  /** For paths that list both directions in one cell (IN/OUT), relative to the row's `to` end. */
  direction: z.optional(z.enum(['in', 'out'])),
  text: nonEmpty,
  /** Set when this entry (or its protocol) comes from a note rather than from the cell. */
  noteId: z.optional(z.string()),
  comment: z.optional(bilingualText),
});

export const erratum = z.object({
  /** Which field of the row (or note) the erratum is about. */
  field: nonEmpty,
  /** The verbatim text in question. */
  text: nonEmpty,
  explanation: bilingualText,
});

export const dataPathCells = z.object({
  path: nonEmpty,
  ports: nonEmpty,
  defaultAuth: nonEmpty,
  supportedAuth: nonEmpty,
  encryption: nonEmpty,
  encryptedByDefault: nonEmpty,
});

export const dataPath = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  section: sectionId,
  /** 1-based position in its source table. */
  order: positiveInt,
  /** 1-based line in the source document where the row starts. */
  sourceLine: positiveInt,
  source: z.object({ ja: dataPathCells, en: dataPathCells }),
  from: endpointId,
  to: endpointId,
  /** true when the source's path name does not state both ends and we read them from context. */
  endpointsInferred: z.boolean(),
  ports: nonEmptyArray(portEntry),
  auth: z.object({ default: nonEmptyArray(authId), supported: nonEmptyArray(authId) }),
  encryption: z.object({
    supported: z.boolean(),
    methods: z.array(encryptionMethodId),
    byDefault: z.boolean(),
    qualifiers: z.array(z.enum(['self-signed-certificate', 'unexplained-asterisk'])),
  }),
  noteIds: z.array(z.string()),
  errata: z.array(erratum),
});

export const firewallRuleCells = z.object({
  name: nonEmpty,
  roles: nonEmpty,
  ports: nonEmpty,
  program: nonEmpty,
});

export const firewallRule = z.object({
  id: z.string().check(z.regex(/^fw-[a-z0-9-]+$/)),
  order: positiveInt,
  sourceLine: positiveInt,
  source: z.object({ ja: firewallRuleCells, en: firewallRuleCells }),
  roles: nonEmptyArray(roleId),
  ports: nonEmptyArray(portEntry),
  /** The program path the rule is restricted to, or null for the (GFW) rules that allow any. */
  program: z.nullable(z.string()),
  restrictedToProgram: z.boolean(),
  noteIds: z.array(z.string()),
  errata: z.array(erratum),
});

export const NOTE_KINDS = ['intro', 'bullet', 'caution', 'paragraph'] as const;

export const note = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The part of the document it stands in; 'document' for the opening, 'firewall' for the rules. */
  section: z.enum(['document', ...SECTION_IDS, 'firewall']),
  kind: z.enum(NOTE_KINDS),
  sourceLine: positiveInt,
  /** For a caution block indented under a bullet: that bullet's id. */
  parentId: z.optional(z.string()),
  ja: nonEmpty,
  en: nonEmpty,
  /** Ids of the data paths and firewall rules this note concerns. */
  concerns: z.array(z.string()),
  errata: z.array(erratum),
});

/** A heading or table header line of the source, kept so the document can be rebuilt from the catalog. */
export const heading = z.object({
  sourceLine: positiveInt,
  kind: z.enum([
    'title',
    'applies-to',
    'updated',
    'section',
    'table',
    'table-header',
    'notes',
    'copyright',
  ]),
  section: z.enum(['document', ...SECTION_IDS, 'firewall', 'cas-connections']),
  ja: nonEmpty,
  en: nonEmpty,
});

export const endpoint = z.object({
  id: endpointId,
  isExchangeRole: z.boolean(),
  name: bilingualText,
});

export const catalog = z.object({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  document: z.object({
    title: bilingualText,
    appliesTo: bilingualText,
    /** The source's "last updated" date, ISO 8601. */
    updated: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    /** Path of the verbatim source, relative to the catalog. */
    sourceFile: z.string(),
  }),
  endpoints: z.array(endpoint),
  headings: z.array(heading),
  dataPaths: nonEmptyArray(dataPath),
  firewallRules: nonEmptyArray(firewallRule),
  notes: nonEmptyArray(note),
});

export type Catalog = z.infer<typeof catalog>;
export type DataPath = z.infer<typeof dataPath>;
export type FirewallRule = z.infer<typeof firewallRule>;
export type Note = z.infer<typeof note>;
export type PortEntry = z.infer<typeof portEntry>;
export type Erratum = z.infer<typeof erratum>;
export type SectionId = z.infer<typeof sectionId>;
export type RoleId = z.infer<typeof roleId>;
export type EndpointId = z.infer<typeof endpointId>;
export type AuthId = z.infer<typeof authId>;
export type EncryptionMethodId = z.infer<typeof encryptionMethodId>;
export type BilingualText = z.infer<typeof bilingualText>;
export type Heading = z.infer<typeof heading>;
