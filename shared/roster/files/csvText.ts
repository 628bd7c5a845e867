// Text of a CSV file from its bytes. Excel and WPS on Chinese Windows save "CSV" in the ANSI code page,
// GBK, unless the user picks "CSV UTF-8" (which writes a BOM). So: a UTF-8 BOM → UTF-8; bytes that are
// valid UTF-8 → UTF-8; anything else → GBK. Only TextDecoder is used (WHATWG Encoding: browsers and
// Node with full ICU, the default build, both decode 'gbk'), so the renderer can reuse this file.

export type CsvEncoding = 'utf-8' | 'gbk';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Decoded text (without BOM) and the encoding it was read as. */
export function csvTextFromBytes(bytes: Uint8Array): { readonly text: string; readonly encoding: CsvEncoding } {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  try {
    // fatal: throws on the first byte sequence that is not UTF-8 instead of inserting U+FFFD.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}
