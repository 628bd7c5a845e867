// What a member's own agreements say, for the sector check: from the federation's registry (the frozen
// versions' figures) or from a case file (the round's agreed table). The raise is the last base wage over
// the one before it; with nothing earlier it stays unknown.
import { baseWageFigureKey } from '../bundle/agreement';
import { registryAgreementCurrent, type BundleRegistry } from '../bundle/registry';
import { agreedStandardsFinal, agreedStandardsLowest, roundAgreedStandards } from '../case/agreedWages';
import type { CaseFile } from '../case/caseFile';
import type { Round } from '../case/round';
import type { IsoDate } from '../dates/isoDate';
import type { Fen } from '../money/fen';
import { bp, type BasisPoints } from '../money/rate';
import type { MemberFacts, MemberOwnWage } from './memberCheck';

/** (now − before) / before in basis points, rounded to the nearest. */
export function raiseBpOf(now: Fen, before: Fen): BasisPoints {
  return bp(Math.round(((now - before) * 10_000) / before));
}

/** One wage agreement before its raise is known: the wage it starts from (lowest) and settles on (final). */
interface WageInOrder {
  readonly source: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly lowest: Fen | null;
  readonly final: Fen | null;
}

/** The agreements by start of term, each with its raise over the last one before it that settled a wage. */
function ownWagesInOrder(items: readonly WageInOrder[], before: Fen | null = null): MemberOwnWage[] {
  let previous = before;
  return [...items]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((w) => {
      const raiseBp = w.final !== null && previous !== null ? raiseBpOf(w.final, previous) : null;
      if (w.final !== null) previous = w.final;
      return { source: w.source, from: w.from, to: w.to, baseWage: w.lowest, raiseBp };
    });
}

/** The member's wage agreements and health commitment as the registry holds them (current versions). */
export function memberFactsFromRegistry(registry: BundleRegistry, creditCode: string): MemberFacts | null {
  const current = Object.values(registry.agreements)
    .filter((a) => a.enterpriseCreditCode === creditCode)
    .map(registryAgreementCurrent);
  if (current.length === 0 && !registry.enterprises[creditCode]) return null;
  const own = ownWagesInOrder(
    current
      .filter((v) => v.kind === 'wage')
      .map((v) => {
        const figure = v.content.figures.find((f) => f.key === baseWageFigureKey && f.unit === 'fen');
        // A frozen version carries only the wage it settles on: that is checked, and raised from.
        const baseWage = figure ? (figure.value as Fen) : null;
        return { source: v.agreementId, from: v.content.term.from as IsoDate, to: v.content.term.to as IsoDate, lowest: baseWage, final: baseWage };
      }),
  );
  return { creditCode, own, healthCommitment: current.some((v) => v.kind === 'occupationalHealth') };
}

/** A wage round's agreed table over its term; none while the round has no term. */
function roundWage(round: Round): WageInOrder[] {
  const term = round.procedure.term;
  if (term === null) return [];
  const standards = roundAgreedStandards(round, term);
  const table = standards.ok ? standards.value : [];
  return [{ source: round.id, from: term.from, to: term.to, lowest: agreedStandardsLowest(table), final: agreedStandardsFinal(table) }];
}

/** The member's wage agreement in a case file (its round), with the raise over its last earlier wage round. */
export function memberFactsFromCase(file: CaseFile): MemberFacts {
  const { round } = file;
  const earlier = file.earlier.filter((e) => e.kind === 'wage' && e.standards.length > 0).at(-1);
  const own = ownWagesInOrder(round.kind === 'wage' ? roundWage(round) : [], earlier ? agreedStandardsFinal(earlier.standards) : null);
  const healthCommitment =
    round.kind === 'occupationalHealth' || round.details.occupationalHealth.hazards.length > 0 || file.earlier.some((e) => e.kind === 'occupationalHealth');
  return { creditCode: file.enterprise.creditCode, own, healthCommitment };
}

/**
 * The member's own rounds held on this machine (an enterprise the federation keeps itself): each wage round
 * with a term, its lowest agreed wage, and its raise over the wage round before it.
 */
export function memberFactsFromRounds(creditCode: string, rounds: readonly Round[]): MemberFacts {
  const own = ownWagesInOrder(rounds.flatMap((r) => (r.kind === 'wage' ? roundWage(r) : [])));
  const healthCommitment = rounds.some((r) => r.kind === 'occupationalHealth' || r.details.occupationalHealth.hazards.length > 0);
  return { creditCode, own, healthCommitment };
}

/** Facts of one member from several sources (case files of several rounds, the registry), joined. */
export function memberFactsJoin(parts: readonly MemberFacts[]): MemberFacts | null {
  const first = parts[0];
  if (!first) return null;
  // The same agreement seen twice (a round kept here and its bundle in the registry) is one agreement.
  const seen = new Set<string>();
  const key = (o: MemberOwnWage) => `${o.from}/${o.to}/${o.baseWage}`;
  const own = parts.flatMap((p) => p.own).filter((o) => (seen.has(key(o)) ? false : (seen.add(key(o)), true)));
  return { creditCode: first.creditCode, own, healthCommitment: parts.some((p) => p.healthCommitment) };
}
