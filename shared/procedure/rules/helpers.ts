// Small readings of the record the rules share: names, sides in words, the vote that counts.
import type { NegotiatingSide, ProcedureRecord, Representative, Vote } from '../record';
import type { RuleContext } from './types';

export const sideZh: Readonly<Record<NegotiatingSide, string>> = { workers: '职工方', employer: '企业方' };
export const sideEn: Readonly<Record<NegotiatingSide, string>> = { workers: "workers' side", employer: "employer's side" };

/** The name to show: the record's own, else the people list's, else the id. */
export function personName(record: ProcedureRecord, context: RuleContext, personId: string): string {
  const own = record.representatives.find((r) => r.personId === personId && r.name !== '')?.name;
  const recorder = record.recorder?.personId === personId && record.recorder.name !== '' ? record.recorder.name : undefined;
  return own ?? recorder ?? context.people.find((p) => p.id === personId)?.name ?? personId;
}

/** Representatives of one side, each person once (a repeated entry is one seat). */
export function sideRepresentatives(record: ProcedureRecord, side: NegotiatingSide): Representative[] {
  const seats = new Map<string, Representative>();
  for (const r of record.representatives) {
    if (r.side === side && !seats.has(r.personId)) seats.set(r.personId, r);
  }
  return [...seats.values()];
}

/**
 * Whether a representative has left the table: the seat was recorded vacant (REP-08, CCR 30–31) or the
 * person was dismissed (REP-10). A chief who left and the one who replaced them are not chiefs at one time.
 */
export function representativeDeparted(record: ProcedureRecord, personId: string): boolean {
  return record.vacancies.some((v) => v.personId === personId) || record.statusChanges.some((c) => c.personId === personId && c.change === 'dismissal');
}

/** A side's chiefs still at the table (each person once), in the record's order. */
export function chiefsCurrent(record: ProcedureRecord, side: NegotiatingSide): Representative[] {
  return sideRepresentatives(record, side).filter((r) => r.role === 'chief' && !representativeDeparted(record, r.personId));
}

export function isOutsider(r: Representative): boolean {
  return r.isOutsider || r.role === 'expert';
}

/** The index of the last vote held (by date, then by order in the record), or -1. */
export function voteLatestIndex(record: ProcedureRecord): number {
  let best = -1;
  record.votes.forEach((v, i) => {
    if (best < 0 || v.date >= record.votes[best]!.date) best = i;
  });
  return best;
}

/** Quorum met: at least two thirds of all present (CCR 36), counted in whole people: present × 3 ≥ total × 2. */
export function voteQuorumMet(v: Pick<Vote, 'present' | 'total'>): boolean {
  return v.present * 3 >= v.total * 2;
}

/** A draft the body did not adopt: no quorum, or fewer than half of ALL in favour (exactly half is a warning, not a failure). */
export function voteFailed(v: Vote): boolean {
  return !voteQuorumMet(v) || v.for * 2 < v.total;
}

/** '66.7%': a share for messages, one decimal. */
export function percentText(part: number, whole: number): string {
  return whole === 0 ? '—' : `${(Math.round((part * 1000) / whole) / 10).toFixed(1)}%`;
}
