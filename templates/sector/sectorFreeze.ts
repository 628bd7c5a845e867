// Signing a sector agreement freezes it as an enterprise's agreement is frozen: the document as printed
// that day is stored with the agreement and covered by its fingerprint, so a later template or a change
// in the legal floors (which the minimum-wage article quotes) never changes the signed text. Printing a
// signed agreement draws the stored text; only one signed before the text was stored is drawn again
// from its data, and says so.
import type { IsoDate } from '../../shared/dates/isoDate';
import type { SectorAgreement } from '../../shared/sector/sectorAgreement';
import { sectorFingerprint } from '../../shared/sector/sectorFingerprint';
import { frozenDocumentOf } from '../agreement/content';
import { frozenDocumentParse } from '../agreement/documentSchema';
import type { Document } from '../model';
import { sectorDocument } from './sectorDocument';

/** The agreement signed on `signedAt`: its document frozen and fingerprinted. Witness signatures start empty. */
export async function sectorFreeze(agreement: SectorAgreement, signedAt: IsoDate): Promise<SectorAgreement> {
  const signed: SectorAgreement = { ...agreement, signedAt, fingerprint: null, frozenDocument: null, signatures: [] };
  const frozenDocument = frozenDocumentOf(sectorDocument(signed, undefined));
  const withText: SectorAgreement = { ...signed, frozenDocument: frozenDocument as unknown as SectorAgreement['frozenDocument'] };
  return { ...withText, fingerprint: await sectorFingerprint(withText) };
}

export interface SectorDocumentShown {
  readonly doc: Document;
  /** Where the text comes from: the stored signed text, a draft, or drawn again for an old signed agreement. */
  readonly source: 'frozen' | 'draft' | 'regenerated';
}

/** What to print for the agreement: the frozen text once signed, with the fingerprint on every page. */
export function sectorDocumentShown(agreement: SectorAgreement): SectorDocumentShown {
  if (agreement.signedAt === null || agreement.fingerprint === null) return { doc: sectorDocument(agreement), source: 'draft' };
  const frozen = frozenDocumentParse(agreement.frozenDocument);
  if (frozen) return { doc: { ...frozen, meta: { draft: false, fingerprint: agreement.fingerprint } }, source: 'frozen' };
  return { doc: sectorDocument(agreement), source: 'regenerated' };
}
