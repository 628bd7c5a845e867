// The verify screen's logic: read a fingerprint typed in (full or the short 4-4-4-4 form) or carried by a
// file, and find the registered versions it names. A .docx carries it in its footer (templates/render/
// docx.ts writes it once signed); a version file (.json) is checked twice: its content must hash to the
// fingerprint it claims, else it was changed after it was finalised. A file from outside is read bounded:
// the .docx unzipped counting the bytes it really inflates to (zipRead.ts), the .json measured for depth
// before anything recursive touches it.
import { strFromU8 } from 'fflate';
import { jsonTextTooDeep } from '../../../shared/backup/jsonDepth';
import { agreementFingerprint, agreementVersionSchema } from '../../../shared/bundle/agreement';
import { zipFilesRead } from '../../../shared/bundle/zipRead';
import { resultErr, resultOk, type Result } from '../../../shared/result';
import type { StoredAgreement } from '../../data/types';

export type FingerprintQuery = { readonly kind: 'full'; readonly fingerprint: string } | { readonly kind: 'prefix'; readonly prefix: string };

const FULL = /[0-9a-f]{64}/;

/** A full fingerprint anywhere in the text, or 16 to 63 hex digits (the short form, hyphens and spaces allowed). */
export function fingerprintQueryParse(text: string): FingerprintQuery | null {
  const lower = text.trim().toLowerCase();
  const full = lower.match(FULL);
  if (full) return { kind: 'full', fingerprint: full[0] };
  const digits = lower.replace(/[\s\-–—:：]/g, '');
  return /^[0-9a-f]{16,63}$/.test(digits) ? { kind: 'prefix', prefix: digits } : null;
}

export function fingerprintMatches(stored: readonly StoredAgreement[], query: FingerprintQuery): StoredAgreement[] {
  return stored.filter((s) => (query.kind === 'full' ? s.version.fingerprint === query.fingerprint : s.version.fingerprint.startsWith(query.prefix)));
}

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
