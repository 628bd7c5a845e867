// Non-monetary commitments (职业病防治 measures, an automation investment, workers drafting the
// labour-protection rules) with a deadline and a status. Overdue: the deadline has passed and the
// commitment is neither done nor dropped.
import type { Fen } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';
import type { CommitmentStatus, Term, TermOf } from './term';

export interface CommitmentSummary {
  readonly termId: string;
  readonly title: string;
  readonly area: TermOf<'commitment'>['area'];
  readonly status: CommitmentStatus;
  readonly dueDate: IsoDate;
  readonly amountFen: Fen | null;
  readonly overdue: boolean;
}

export function commitmentSummaries(terms: readonly Term[], asOf: IsoDate): CommitmentSummary[] {
  return terms.flatMap((t) =>
    t.kind === 'commitment'
      ? [{ termId: t.id, title: t.title, area: t.area, status: t.status, dueDate: t.dueDate, amountFen: t.amountFen, overdue: asOf > t.dueDate && (t.status === 'planned' || t.status === 'in_progress') }]
      : [],
  );
}
