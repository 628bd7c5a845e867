// The fingerprint a file from outside carries. A .docx carries it in its footer (templates/render/docx.ts
// writes it once signed); a version file (.json) is checked twice: its content must hash to the
// fingerprint it claims, else it was changed after it was finalised. Read bounded, as the file may be
// hostile: the .docx unzipped counting the bytes it really inflates to (zipRead.ts), the .json measured
// for depth before anything recursive touches it. Pure, so it runs the same in a worker or in place.
import { strFromU8 } from 'fflate';
import { jsonTextTooDeep } from '../backup/jsonDepth';
import { resultErr, resultOk, type Result } from '../result';
import { agreementFingerprint, agreementVersionSchema } from './agreement';
import { zipFilesRead } from './zipRead';

const FULL = /[0-9a-f]{64}/;

/** The .docx parts that carry the fingerprint may unpack to this much; a signed agreement's are a few hundred KB. */
export const verifyDocxPartsBytesMax = 32 * 1024 * 1024;
const fingerprintParts = /^word\/(footer\d*|document)\.xml$/;

/** Errors: verify.noFingerprint, verify.tampered, verify.unreadable (params.message: also a zip bomb or too deep JSON). */
export async function fileFingerprint(name: string, bytes: Uint8Array): Promise<Result<string>> {
  try {
    if (/\.docx$/i.test(name)) {
      const parts = zipFilesRead(bytes, verifyDocxPartsBytesMax, { wanted: (entry) => fingerprintParts.test(entry) });
      if (!parts.ok) return resultErr('verify.unreadable', parts.error.message, { message: parts.error.message });
      for (const data of Object.values(parts.value)) {
        const found = strFromU8(data).match(FULL);
        if (found) return resultOk(found[0]);
      }
      return resultErr('verify.noFingerprint', 'no fingerprint in the .docx');
    }
    const text = strFromU8(bytes);
    if (/\.json$/i.test(name)) {
      if (jsonTextTooDeep(text)) return resultErr('verify.unreadable', 'the file nests too deep', { message: 'the file nests too deep' });
      const version = agreementVersionSchema.safeParse(JSON.parse(text));
      if (version.success) {
        const actual = await agreementFingerprint(version.data.content);
        if (!actual.ok) return resultErr('verify.unreadable', actual.error.message, { message: actual.error.message });
        return actual.value === version.data.fingerprint ? resultOk(actual.value) : resultErr('verify.tampered', 'content does not hash to its fingerprint');
      }
    }
    const found = text.toLowerCase().match(FULL);
    return found ? resultOk(found[0]) : resultErr('verify.noFingerprint', 'no fingerprint in the file');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('verify.unreadable', message, { message });
  }
}
