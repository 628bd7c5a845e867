// SHA-256 through WebCrypto (globalThis.crypto.subtle): present in browsers, Electron's renderer and
// Node 20+, so the pure core needs no node:crypto. Text is hashed as its UTF-8 bytes.

/** Lower-case hex SHA-256 of the UTF-8 encoding of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
