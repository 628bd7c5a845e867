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

/** The member's wage agreements and health commitment as the registry holds them (current versions). */
export function memberFactsFromRegistry(registry: BundleRegistry, creditCode: string): MemberFacts | null {
  const current = Object.values(registry.agreements)
    .filter((a) => a.enterpriseCreditCode === creditCode)
    .map(registryAgreementCurrent);
  if (current.length === 0 && !registry.enterprises[creditCode]) return null;
  const wages = current
    .filter((v) => v.kind === 'wage')
    .sort((a, b) => (a.content.term.from < b.content.term.from ? -1 : 1));
  let previous: Fen | null = null;
  const own: MemberOwnWage[] = wages.map((v) => {
    const figure = v.content.figures.find((f) => f.key === baseWageFigureKey && f.unit === 'fen');
    const baseWage = figure ? (figure.value as Fen) : null;
    const raiseBp = baseWage !== null && previous !== null ? raiseBpOf(baseWage, previous) : null;
    if (baseWage !== null) previous = baseWage;
    return { source: v.agreementId, from: v.content.term.from as IsoDate, to: v.content.term.to as IsoDate, baseWage, raiseBp };
  });
  return { creditCode, own, healthCommitment: current.some((v) => v.kind === 'occupationalHealth') };
}

/** The member's wage agreement in a case file (its round), with the raise over its last earlier wage round. */
export function memberFactsFromCase(file: CaseFile): MemberFacts {
  const { round } = file;
  const term = round.procedure.term;
  const own: MemberOwnWage[] = [];
  if (round.kind === 'wage' && term !== null) {
    const standards = roundAgreedStandards(round, term);
    const final = standards.ok ? agreedStandardsFinal(standards.value) : null;
    const earlier = file.earlier.filter((e) => e.kind === 'wage' && e.standards.length > 0).at(-1);
    const before = earlier ? agreedStandardsFinal(earlier.standards) : null;
    own.push({
      source: round.id,
      from: term.from,
      to: term.to,
      baseWage: standards.ok ? agreedStandardsLowest(standards.value) : null,
      raiseBp: final !== null && before !== null ? raiseBpOf(final, before) : null,
    });
  }
  const healthCommitment =
    round.kind === 'occupationalHealth' || round.details.occupationalHealth.hazards.length > 0 || file.earlier.some((e) => e.kind === 'occupationalHealth');
  return { creditCode: file.enterprise.creditCode, own, healthCommitment };
}

/**
 * The member's own rounds held on this machine (an enterprise the federation keeps itself): each wage round
 * with a term, its lowest agreed wage, and its raise over the wage round before it.
 */
export function memberFactsFromRounds(creditCode: string, rounds: readonly Round[]): MemberFacts {
  const wages = rounds
    .filter((r) => r.kind === 'wage' && r.procedure.term !== null)
    .sort((a, b) => (a.procedure.term!.from < b.procedure.term!.from ? -1 : 1));
  let previous: Fen | null = null;
  const own: MemberOwnWage[] = wages.map((r) => {
    const term = r.procedure.term!;
    const standards = roundAgreedStandards(r, term);
    const final = standards.ok ? agreedStandardsFinal(standards.value) : null;
    const raiseBp = final !== null && previous !== null ? raiseBpOf(final, previous) : null;
    if (final !== null) previous = final;
    return { source: r.id, from: term.from, to: term.to, baseWage: standards.ok ? agreedStandardsLowest(standards.value) : null, raiseBp };
  });
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
