// The verify screen's logic: read a fingerprint typed in (full or the short 4-4-4-4 form) or carried by a
// file, and find the registered versions it names. A .docx carries it in its footer (templates/render/
// docx.ts writes it once signed); a version file (.json) is checked twice: its content must hash to the
// fingerprint it claims, else it was changed after it was finalised (shared/bundle/fileFingerprint.ts).
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

// Reading a file's fingerprint is pure and runs in the file-reading worker (platform/fileRead).
export { fileFingerprint, verifyDocxPartsBytesMax } from '../../../shared/bundle/fileFingerprint';
