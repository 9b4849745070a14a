// The one definition of the catalog's shape. Types are inferred from it, the app validates
// public/catalog.json against it at load time, and public/catalog.schema.json is generated from it.
// zod/mini: the same schemas as zod with a functional API, at a fraction of the bundle size.
import * as z from 'zod/mini';
// The ids and the version live in ids.ts (no zod there: the first paint reads them); import
// them from there.
import {
  AUTH_IDS,
  CATALOG_SCHEMA_VERSION,
  ENCRYPTION_METHOD_IDS,
  ENDPOINT_IDS,
  NOTE_KINDS,
  PORT_KINDS,
  ROLE_IDS,
  SECTION_IDS,
} from './ids.ts';

// No catalog text may carry a control character: text goes into generated scripts, CSV and the
// page, where a carriage return, a NUL or a Unicode line separator could end a comment line or
// hide text. One-line fields (ids, names, labels, port texts) take none at all; the verbatim
// source cells, notes and errata may keep the source's line feeds (a cell of two lines), nothing
// else. The scripts split on every line break anyway (firewall-scripts/script-words.ts).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
// eslint-disable-next-line no-control-regex -- as above
const LINES = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]*$/;
const oneLine = z.string().check(z.regex(ONE_LINE));
const nonEmpty = z.string().check(z.minLength(1), z.regex(ONE_LINE));
/** Verbatim text of the source, which may hold its line feeds. */
const sourceText = z.string().check(z.minLength(1), z.regex(LINES));
/**
 * Where the page links to the source text: a path inside the app's folder (no scheme, no host,
 * no way up), so the footer link can never point at another site.
 */
const appRelativePath = z.string().check(z.regex(/^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9._/-]*$/));
const positiveInt = z.number().check(z.int(), z.minimum(1));
const nonEmptyArray = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

/** A Japanese text from the source and our English for it. */
export const bilingualText = z.object({ ja: nonEmpty, en: nonEmpty });

export const sectionId = z.enum(SECTION_IDS);

export const roleId = z.enum(ROLE_IDS);

export const endpointId = z.enum(ENDPOINT_IDS);

export const authId = z.enum(AUTH_IDS);

export const encryptionMethodId = z.enum(ENCRYPTION_METHOD_IDS);

/**
 * A document outside the source that settles a reading (Microsoft's English page, other Exchange
 * 2010 documentation). Shown as "not from the source"; only Microsoft's documentation sites (and its MicrosoftDocs repositories).
 */
export const citation = z.object({
  title: nonEmpty,
  url: z
    .string()
    .check(
      z.regex(
        /^https:\/\/((learn|technet|support|docs|techcommunity|blogs\.technet)\.microsoft\.com|github\.com\/MicrosoftDocs)\/[^\s]*$/,
      ),
    ),
  /** The sentence relied on, verbatim. */
  quote: nonEmpty,
});

/**
 * Where a derived value (a port, an end, an authentication id) came from:
 * - `cell`: read from the row's own cell; `text` is the fragment.
 * - `note`: read from a note; `noteId` names it and `text` is the fragment of the note.
 * - `inferred`: our reasoning; `text` is the verbatim text it starts from (the cell, or the
 *   note named by `noteId`), `reason` says why, `citations` name outside sources relied on.
 */
export const provenance = z.object({
  source: z.enum(['cell', 'note', 'inferred']),
  text: nonEmpty,
  noteId: z.optional(oneLine),
  reason: z.optional(bilingualText),
  citations: z.optional(z.array(citation)),
});

const portNumber = z.number().check(z.int(), z.minimum(1), z.maximum(65535));

/**
 * One port requirement. `text` is the fragment of the Japanese source it was read from
 * (the cell, or the note named by `origin.noteId`) so that every number can be checked;
 * `origin` says which, or why it was inferred.
 */
export const portEntry = z.object({
  kind: z.enum(PORT_KINDS),
  protocol: z.nullable(z.enum(['tcp', 'udp'])),
  /** false when the source omits the protocol and we took it from the note, rule or service named. */
  protocolStated: z.boolean(),
  from: z.nullable(portNumber),
  to: z.nullable(portNumber),
  service: z.nullable(oneLine),
  /**
   * Who listens, relative to the row's `to` end: absent = `to` listens (the row's own direction);
   * `in`/`out` = a cell that marks IN/OUT; `both` = either end opens connections to this port on
   * the other (SIP and RTP between a UM server and an IP gateway).
   */
  direction: z.optional(z.enum(['in', 'out', 'both'])),
  text: nonEmpty,
  origin: provenance,
  comment: z.optional(bilingualText),
});

export const erratum = z.object({
  /** Which field of the row (or note) the erratum is about. */
  field: nonEmpty,
  /** The verbatim text in question. */
  text: sourceText,
  explanation: bilingualText,
  /** Outside sources relied on (not from the source document). */
  citations: z.optional(z.array(citation)),
});

export const dataPathCells = z.object({
  path: sourceText,
  ports: sourceText,
  defaultAuth: sourceText,
  supportedAuth: sourceText,
  encryption: sourceText,
  encryptedByDefault: sourceText,
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
  /** Where each end was read: the path cell, a note, or an inference with its reason. */
  ends: z.object({ from: provenance, to: provenance }),
  /** The ports the path needs. */
  ports: nonEmptyArray(portEntry),
  /**
   * Ports a note mentions beside the path that the path itself does not use (AD LDS's plain
   * LDAP 50389 beside EdgeSync's 50636): worth knowing, never matched as the path's port,
   * never opened by a script. Each says why in `comment`.
   */
  relatedPorts: z.array(portEntry),
  /** Set when either end opens connections (the ports marked `direction: 'both'`), and why. */
  bothWays: z.optional(
    z.object({ reason: bilingualText, citations: z.optional(z.array(citation)) }),
  ),
  auth: z.object({
    default: nonEmptyArray(authId),
    supported: nonEmptyArray(authId),
    /** The fragment of the cell each id was read from, column by column, in list order. */
    origin: z.object({
      default: z.array(z.object({ id: authId, origin: provenance })),
      supported: z.array(z.object({ id: authId, origin: provenance })),
    }),
  }),
  encryption: z.object({
    supported: z.boolean(),
    methods: z.array(encryptionMethodId),
    byDefault: z.boolean(),
    qualifiers: z.array(z.enum(['self-signed-certificate', 'unexplained-asterisk'])),
  }),
  noteIds: z.array(oneLine),
  errata: z.array(erratum),
});

export const firewallRuleCells = z.object({
  name: sourceText,
  roles: sourceText,
  ports: sourceText,
  program: sourceText,
});

export const firewallRule = z.object({
  id: z.string().check(z.regex(/^fw-[a-z0-9-]+$/)),
  order: positiveInt,
  sourceLine: positiveInt,
  source: z.object({ ja: firewallRuleCells, en: firewallRuleCells }),
  roles: nonEmptyArray(roleId),
  ports: nonEmptyArray(portEntry),
  /** The program path the rule is restricted to, or null for the (GFW) rules that allow any. */
  program: z.nullable(oneLine),
  restrictedToProgram: z.boolean(),
  noteIds: z.array(oneLine),
  errata: z.array(erratum),
});

export const note = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The part of the document it stands in; 'document' for the opening, 'firewall' for the rules. */
  section: z.enum(['document', ...SECTION_IDS, 'firewall']),
  kind: z.enum(NOTE_KINDS),
  sourceLine: positiveInt,
  /** For a caution block indented under a bullet: that bullet's id. */
  parentId: z.optional(oneLine),
  ja: sourceText,
  en: sourceText,
  /** Ids of the data paths and firewall rules this note concerns. */
  concerns: z.array(oneLine),
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
    sourceFile: appRelativePath,
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
export type Provenance = z.infer<typeof provenance>;
export type Citation = z.infer<typeof citation>;
