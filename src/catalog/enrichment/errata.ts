// Reusable erratum texts. Errata never change the verbatim source; they explain it.
import type { Erratum } from '../schema.ts';

export function erratum(field: string, text: string, ja: string, en: string): Erratum {
  return { field, text, explanation: { ja, en } };
}

export const RPC_ALWAYS_ENCRYPTED = (text: string, field = 'encryption'): Erratum =>
  erratum(
    field,
    text,
    'メールボックス サーバーの説明は「RPC トラフィックは常に暗号化されます」としていますが、この RPC の行は暗号化を「いいえ」としています。原文のままです。',
    'The Mailbox server introduction says "RPC traffic is always encrypted", yet this RPC row says "No". Kept as in the source.',
  );

export const MISSING_PROTOCOL_FIELD = 'ports';
