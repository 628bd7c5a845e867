// Each member enterprise against the sector agreements that list it (劳动合同法 art. 55, SEC-06): its own
// wage agreements, for the part of their term each sector agreement is in force (an agreement may straddle
// two sector terms), checked against the higher of the sector minimum for its county and the legal floor
// (the legal floor wins when it is higher, and a finding says so); its raise against the agreed range; an
// occupational-health commitment of its own. A member with no agreement of its own is covered by the
// sector agreement alone, and is told so. Unknown figures stay unknown: the finding asks, never guesses.
import type { IsoDate } from '../dates/isoDate';
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import { minimumWageFor } from '../regions/minimumWage';
import { minimumWageDataDefault, type MinimumWageData } from '../wage/floor';
import type { SectorAgreement, SectorMember } from './sectorAgreement';

/** One wage agreement of the member's own: from its round (a case file) or the federation's registry. */
export interface MemberOwnWage {
  /** The agreement's id or the round's id, to name it in a finding. */
  readonly source: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The lowest agreed monthly base wage (分); null when the agreement gives none. */
  readonly baseWage: Fen | null;
  /** Its raise over the member's previous agreement; null when there is nothing to compare. */
  readonly raiseBp: BasisPoints | null;
}

/** What is known of one member beyond the sector's own member list. */
export interface MemberFacts {
  readonly creditCode: string;
  readonly own: readonly MemberOwnWage[];
  /** The member has an occupational-health commitment of its own (a special contract, or hazards agreed). */
  readonly healthCommitment: boolean;
}

export type SectorFindingAction = 'block' | 'warn' | 'info' | 'ask';

interface FindingBase {
  readonly sectorId: string;
  readonly action: SectorFindingAction;
  readonly rule: 'SEC-06' | 'SEC-05';
}

export type SectorFinding =
  | (FindingBase & { readonly code: 'coveredBySectorOnly'; readonly from: IsoDate; readonly to: IsoDate })
  | (FindingBase & { readonly code: 'legalFloorAboveSector'; readonly date: IsoDate; readonly sectorMinimum: Fen; readonly legalFloor: Fen })
  | (FindingBase & {
      readonly code: 'belowMinimum';
      readonly source: string;
      /** The member's agreement's term: a finding names it by its dates, not by an id nobody reads. */
      readonly sourceFrom: IsoDate;
      readonly sourceTo: IsoDate;
      readonly date: IsoDate;
      readonly baseWage: Fen;
      readonly minimum: Fen;
      /** Which figure the wage fell below: the sector minimum, or the legal floor where that is higher. */
      readonly minimumFrom: 'sector' | 'legal';
    })
  | (FindingBase & { readonly code: 'raiseOutsideRange'; readonly source: string; readonly sourceFrom: IsoDate; readonly sourceTo: IsoDate; readonly raiseBp: BasisPoints; readonly minBp: BasisPoints; readonly maxBp: BasisPoints })
  | (FindingBase & { readonly code: 'healthCommitmentMissing'; readonly deadline: IsoDate; readonly commitments: number })
  | (FindingBase & { readonly code: 'sectorMinimumMissing'; readonly regionCode: string })
  | (FindingBase & { readonly code: 'legalFloorUnknown'; readonly date: IsoDate; readonly regionCode: string });

export interface MemberReport {
  readonly member: SectorMember;
  /** The sector agreements that list the member, by start of term. */
  readonly sectorIds: readonly string[];
  readonly ownAgreements: number;
  readonly findings: readonly SectorFinding[];
}

export interface EffectiveMinimum {
  readonly sector: Fen | null;
  /** null: the county's tier or the table for the day is unknown. */
  readonly legal: Fen | null;
  /** The higher of the two known figures; null when neither is known. */
  readonly effective: Fen | null;
  readonly from: 'sector' | 'legal' | null;
}

/** The minimum a member in `regionCode` must pay on `date` under `sector`: the higher of sector and legal. */
export function sectorEffectiveMinimum(sector: SectorAgreement, regionCode: string, date: IsoDate, data: MinimumWageData = minimumWageDataDefault): EffectiveMinimum {
  const own = sector.standards.minimums.find((m) => m.regionCode === regionCode)?.monthlyFen ?? null;
  const lookup = minimumWageFor(regionCode, date, data.tables, data.assignments);
  const legal = 'unknown' in lookup ? null : lookup.monthly;
  if (own === null && legal === null) return { sector: null, legal: null, effective: null, from: null };
  if (own === null || (legal !== null && legal > own)) return { sector: own, legal, effective: legal, from: 'legal' };
  return { sector: own, legal, effective: own, from: 'sector' };
}

/** The sector agreements that list the member, by start of term. */
export function sectorAgreementsOf(creditCode: string, agreements: readonly SectorAgreement[]): SectorAgreement[] {
  return agreements.filter((a) => a.members.some((m) => m.creditCode === creditCode)).sort((a, b) => (a.term.from < b.term.from ? -1 : a.term.from > b.term.from ? 1 : 0));
}

function overlap(a: { from: IsoDate; to: IsoDate }, b: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

/** The floor findings of one sector term for the member's county on the first day checked. */
function minimumFindings(sector: SectorAgreement, member: SectorMember, date: IsoDate, data: MinimumWageData): { findings: SectorFinding[]; minimum: EffectiveMinimum } {
  const minimum = sectorEffectiveMinimum(sector, member.regionCode, date, data);
  const findings: SectorFinding[] = [];
  const base = { sectorId: sector.id, rule: 'SEC-06' } as const;
  if (minimum.sector === null) findings.push({ ...base, action: 'ask', code: 'sectorMinimumMissing', regionCode: member.regionCode });
  if (minimum.legal === null) findings.push({ ...base, action: 'ask', code: 'legalFloorUnknown', date, regionCode: member.regionCode });
  if (minimum.sector !== null && minimum.legal !== null && minimum.legal > minimum.sector) {
    findings.push({ ...base, action: 'info', code: 'legalFloorAboveSector', date, sectorMinimum: minimum.sector, legalFloor: minimum.legal });
  }
  return { findings, minimum };
}

/** One member against every sector agreement that lists it. `facts` null: nothing known of its own. */
export function sectorMemberCheck(
  member: SectorMember,
  agreements: readonly SectorAgreement[],
  facts: MemberFacts | null,
  data: MinimumWageData = minimumWageDataDefault,
): MemberReport {
  const sectors = sectorAgreementsOf(member.creditCode, agreements);
  const own = facts?.own ?? [];
  const findings: SectorFinding[] = [];
  for (const sector of sectors) {
    const base = { sectorId: sector.id, rule: 'SEC-06' } as const;
    const spans = own.flatMap((o) => {
      const span = overlap(o, sector.term);
      return span ? [{ own: o, span }] : [];
    });
    if (spans.length === 0) {
      findings.push({ sectorId: sector.id, rule: 'SEC-05', action: 'info', code: 'coveredBySectorOnly', from: sector.term.from, to: sector.term.to });
      findings.push(...minimumFindings(sector, member, sector.term.from, data).findings);
    }
    const seen = new Set<string>();
    for (const { own: o, span } of spans) {
      const { findings: floor, minimum } = minimumFindings(sector, member, span.from, data);
      // The same floor finding for two own agreements in one sector term is said once.
      for (const f of floor) {
        const key = `${f.code}`;
        if (!seen.has(key)) findings.push(f);
        seen.add(key);
      }
      if (o.baseWage !== null && minimum.effective !== null && minimum.from !== null && o.baseWage < minimum.effective) {
        findings.push({ ...base, action: 'block', code: 'belowMinimum', source: o.source, sourceFrom: o.from, sourceTo: o.to, date: span.from, baseWage: o.baseWage, minimum: minimum.effective, minimumFrom: minimum.from });
      }
      const range = sector.standards.raiseRange;
      if (range && o.raiseBp !== null && (o.raiseBp < range.minBp || o.raiseBp > range.maxBp)) {
        findings.push({ ...base, action: 'warn', code: 'raiseOutsideRange', source: o.source, sourceFrom: o.from, sourceTo: o.to, raiseBp: o.raiseBp, minBp: range.minBp, maxBp: range.maxBp });
      }
    }
    const commitments = sector.standards.healthCommitments;
    if (commitments.length > 0 && !(facts?.healthCommitment ?? false)) {
      const deadline = commitments.reduce((d, c) => (c.deadline < d ? c.deadline : d), commitments[0]!.deadline);
      findings.push({ ...base, action: 'warn', code: 'healthCommitmentMissing', deadline, commitments: commitments.length });
    }
  }
  return { member, sectorIds: sectors.map((s) => s.id), ownAgreements: own.length, findings };
}

/** Every member of every agreement (the latest listing of each), checked; `factsOf` gives what is known. */
export function sectorCheck(
  agreements: readonly SectorAgreement[],
  factsOf: (creditCode: string) => MemberFacts | null,
  data: MinimumWageData = minimumWageDataDefault,
): MemberReport[] {
  const members = new Map<string, SectorMember>();
  for (const a of [...agreements].sort((x, y) => (x.term.from < y.term.from ? -1 : 1))) for (const m of a.members) members.set(m.creditCode, m);
  return [...members.values()].map((m) => sectorMemberCheck(m, agreements, factsOf(m.creditCode), data));
}

export interface SectorCoverage {
  /** Sector agreements in force on the day. */
  readonly agreements: number;
  readonly members: number;
  readonly workers: number;
}

/** Members and workers covered on `today` by the sector agreements in force (a member counted once). */
export function sectorCoverage(agreements: readonly SectorAgreement[], today: IsoDate): SectorCoverage {
  const inForce = agreements.filter((a) => a.term.from <= today && today <= a.term.to);
  const members = new Map<string, number>();
  for (const a of inForce) for (const m of a.members) members.set(m.creditCode, m.headcount);
  return { agreements: inForce.length, members: members.size, workers: [...members.values()].reduce((s, n) => s + n, 0) };
}
