// The plan as plain text, with the words passed in (no UI text here): the answer panel, the
// sheet, the matrix, the map and the plan exports all write an opening the same way.
//
//   TCP 25, 50636 · TCP 135 + 49152-65535 · TCP 135 + 59532 (RPC Client Access) + 6005-59530
import type { Opening, PlanEntry, PlanPort } from './plan-types.ts';
import type { EnvironmentKey } from './environment.ts';
import { formatRange } from './environment.ts';
import type { EncryptionClass } from '../filters/filter-values.ts';

export interface PlanWords {
  /** "dynamic" for the RPC range (Windows' default). */
  dynamicRange: string;
  /** "your range" when the environment set it. */
  rangeSet: string;
  dynamic: string;
  any: string;
  unnumbered: (service: string) => string;
  /** The name of an environment setting: "RPC Client Access", "DAG replication". */
  setting: (key: EnvironmentKey) => string;
  endpoint: (id: string) => string;
  /** "Hub Transport → Edge Transport" joiner and list joiner (", " / "、"). */
  arrow: string;
  list: string;
  /** "encrypted by default" / "supported, off by default" / "not supported". */
  encryption: (cls: EncryptionClass) => string;
}

/** One port of an entry, without its protocol: "25", "5075-5077", "135 + 49152-65535". */
export function openingText(opening: Opening, words: PlanWords): string {
  switch (opening.kind) {
    case 'number': {
      const text = formatRange(opening);
      return opening.setting ? `${text} (${words.setting(opening.setting)})` : text;
    }
    case 'rpc': {
      const statics = opening.statics.map((s) => `${s.port} (${words.setting(s.setting)})`);
      const range = `${formatRange(opening.range)} (${opening.rangeSet ? words.rangeSet : words.dynamicRange})`;
      return ['135', ...statics, range].join(' + ');
    }
    case 'dynamic':
      return words.dynamic;
    case 'any':
      return words.any;
    case 'unnumbered':
      return words.unnumbered(opening.service ?? '');
  }
}

/** The marks of a port: § a note gives it, ≈ inferred. */
export const portMarks = (port: PlanPort): string =>
  `${port.fromNote ? '§' : ''}${port.inferred ? '≈' : ''}`;

/** "TCP 25, 50636": the protocol once, then each port with its marks. */
export function entryPortsText(entry: PlanEntry, words: PlanWords, marks = true): string {
  const protocol = entry.protocol ? `${entry.protocol.toUpperCase()} ` : '';
  const ports = entry.ports.map((p) => openingText(p.opening, words) + (marks ? portMarks(p) : ''));
  return `${protocol}${ports.join(words.list)}`;
}

/** "TCP 25 (SMTP), 50636 (SSL)": each port with the services the source names for it. */
export function entryPortsWithServices(entry: PlanEntry, words: PlanWords): string {
  const protocol = entry.protocol ? `${entry.protocol.toUpperCase()} ` : '';
  const ports = entry.ports.map((p) => {
    const services = p.services.length ? ` (${p.services.join(words.list)})` : '';
    return openingText(p.opening, words) + portMarks(p) + services;
  });
  return `${protocol}${ports.join(words.list)}`;
}

export const endsText = (ids: readonly string[], words: PlanWords): string =>
  ids.map(words.endpoint).join(words.list);

/** "Hub Transport → Edge Transport". */
export const entryPairText = (entry: PlanEntry, words: PlanWords): string =>
  `${endsText(entry.from, words)} ${words.arrow} ${endsText(entry.to, words)}`;

/**
 * One line per entry, to paste into a chat or a ticket:
 * "Hub Transport → Edge Transport: TCP 25 (SMTP), 50636 (SSL); encrypted by default".
 */
export const planLines = (entries: readonly PlanEntry[], words: PlanWords): string[] =>
  entries.map(
    (entry) =>
      `${entryPairText(entry, words)}: ${entryPortsWithServices(entry, words)}; ${words.encryption(entry.encryption)}`,
  );
