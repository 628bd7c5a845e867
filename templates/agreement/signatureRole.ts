// Which signature a party of a signature block carries: the print view, the .docx and a frozen version's
// drawn signatures all pair signers with blocks by this one rule.
import type { SignatureRole } from '../../shared/bundle/signature';
import type { SignatureParty } from '../model';

/** The chiefs by side, the witness by place. */
export function partySignatureRole(party: SignatureParty, isWitness: boolean): SignatureRole | null {
  if (isWitness) return party.sideLabel === '见证单位' ? 'witness' : null;
  if (party.sideLabel === '职工方') return 'workers_chief';
  if (party.sideLabel === '企业方') return 'employer_chief';
  return null;
}
