// The monthly base wage a sheet states: this round's agreed table and the previous agreement's, each for
// the reader's group. A table row names whom it applies to (appliesTo): a row naming the group is the
// group's; rows that name no group of the enterprise (全体职工, 其他职工) apply to everyone else.
import type { EarlierRound } from '../../shared/case/caseFile';
import type { AgreedStandard, Round } from '../../shared/case/round';
import { fen } from '../../shared/money/fen';
import type { WorkerSheetPreviousWage, WorkerSheetWage } from './sheetModel';

/** The rows of `standards` that apply to `group`, given the groups the enterprise has. */
export function standardsForGroup(standards: readonly AgreedStandard[], group: string, groups: ReadonlySet<string>): AgreedStandard[] {
  const own = standards.filter((s) => s.appliesTo === group && group !== '');
  return own.length > 0 ? own : standards.filter((s) => !groups.has(s.appliesTo));
}

/**
 * The agreement the sheet compares with: the round this one was continued from (as the redline does;
 * `loaded` when the caller read it from storage, since a round without a term sorts after the others
 * and so is not among `earlier`), else the latest earlier wage round with an agreed table. Null when
 * there is none.
 */
export function previousRoundOf(round: Round, earlier: readonly EarlierRound[], loaded: EarlierRound | null = null): EarlierRound | null {
  const named = round.previousRoundId === null ? undefined : loaded?.id === round.previousRoundId ? loaded : earlier.find((r) => r.id === round.previousRoundId);
  if (named && named.standards.length > 0) return named;
  return earlier.filter((r) => r.kind === 'wage' && r.standards.length > 0).at(-1) ?? null;
}

/** The previous agreement's wage for the group: its last period's (what was in force when it ended). */
export function previousWageFor(previous: EarlierRound | null, group: string, groups: ReadonlySet<string>): WorkerSheetPreviousWage | null {
  if (previous === null) return null;
  const last = standardsForGroup(previous.standards, group, groups).at(-1);
  return last ? { roundTitle: previous.title, period: last.period, from: last.from, to: last.to, monthlyFen: last.monthlyFen } : null;
}

export function wagesFor(standards: readonly AgreedStandard[], group: string, groups: ReadonlySet<string>, previous: WorkerSheetPreviousWage | null): WorkerSheetWage[] {
  return standardsForGroup(standards, group, groups).map((s) => ({
    period: s.period,
    from: s.from,
    to: s.to,
    monthlyFen: s.monthlyFen,
    changeFen: previous === null ? null : fen(s.monthlyFen - previous.monthlyFen),
  }));
}
