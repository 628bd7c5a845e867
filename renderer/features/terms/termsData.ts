// What the terms area shows of a round: its terms, the enterprise's roster and ledger (as the data facade
// loaded them with the round), and how many stored rows could not be read.
import type { Worker } from '../../../shared/roster/worker';
import type { Ledger } from '../../../shared/terms/ledger';
import type { Term } from '../../../shared/terms/term';
import type { CaseLoaded } from '../../data/caseHandlers';

export interface TermsData {
  readonly terms: readonly Term[];
  readonly roster: readonly Worker[];
  readonly ledger: Ledger;
  /** Stored rows that failed validation (left in place, not shown). */
  readonly skipped: number;
}

export function termsDataOf(data: CaseLoaded): TermsData {
  return { terms: data.round.terms, roster: data.roster, ledger: data.ledger, skipped: data.skipped };
}
