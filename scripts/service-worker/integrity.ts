// Subresource-integrity strings ('sha384-<base64>'), computed the same way at build time (Node)
// and in the service worker (Web Crypto), so the worker can tell whether a response is the exact
// file the build named.

export const INTEGRITY_ALGORITHM = 'sha384';

const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The SRI string of some bytes, as `fetch(url, { integrity })` and <script integrity> take it. */
export async function integrityOf(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', data);
  return `${INTEGRITY_ALGORITHM}-${toBase64(new Uint8Array(digest))}`;
}

/** Whether a response's body is exactly the file whose SRI string is `integrity`. */
export async function hasIntegrity(response: Response, integrity: string): Promise<boolean> {
  try {
    return (await integrityOf(await response.clone().arrayBuffer())) === integrity;
  } catch {
    // A body that cannot be read (an opaque or broken entry) is not the file either.
    return false;
  }
}
