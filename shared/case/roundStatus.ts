// Where a round stands on a given day (the round list shows it): still being drafted, signed by both
// chiefs, filed with the labour administration, in force, or past its term. Read from the procedure
// record and from whether the round's own agreement has both chiefs' signatures; nothing else is inferred.
import type { IsoDate } from '../dates/isoDate';
import type { Round } from './round';

export const roundStatuses = ['drafting', 'signed', 'filed', 'inForce', 'expired'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

/** `agreementSigned`: the round's main agreement has a frozen version both chiefs signed. */
export function roundStatus(round: Round, today: IsoDate, agreementSigned: boolean): RoundStatus {
  const p = round.procedure;
  const signed = agreementSigned || (p.signing !== null && p.signing.chiefsSigned.workers && p.signing.chiefsSigned.employer);
  if (!signed) return 'drafting';
  if (p.term !== null && today > p.term.to) return 'expired';
  const filed = p.filing?.submittedAt ?? null;
  if (filed === null) return 'signed';
  return p.term !== null && p.term.from <= today ? 'inForce' : 'filed';
}
