// The fingerprint of a signed sector agreement: SHA-256 of its canonical JSON, leaving out the
// fingerprint itself, the witness signatures made on it afterwards (they sign the fingerprint), and the
// representatives and procedure record, which go on after the signature (filing, review, publication). The
// frozen document (the text as printed at signing) is covered when the agreement carries one; agreements
// signed before the text was stored carry none, and their fingerprint is computed as it was then.
import { canonicalJson } from '../backup/canonicalJson';
import { sha256Hex } from '../backup/sha256';
import type { SectorAgreement } from './sectorAgreement';

export async function sectorFingerprint(agreement: SectorAgreement): Promise<string> {
  const { fingerprint: _fingerprint, signatures: _signatures, people: _people, procedure: _procedure, frozenDocument, ...rest } = agreement;
  const json = canonicalJson(frozenDocument === null ? rest : { ...rest, frozenDocument });
  // A parsed agreement holds only strings, integers, booleans, null and the document's JSON: always canonical.
  if (!json.ok) throw new Error(json.error.message);
  return sha256Hex(json.value);
}
