// The sector check as the federation's workbench reads it: every member of the sector agreements held,
// checked on what the registry holds of it and on its rounds kept on this machine. One value per registry
// read feeds both the coverage card and the registry rows, so the two never disagree.
import type { BundleRegistry } from '../bundle/registry';
import { minimumWageDataDefault, type MinimumWageData } from '../wage/floor';
import { sectorCheck, type MemberFacts, type MemberReport } from './memberCheck';
import { memberFactsFromRegistry, memberFactsJoin } from './memberFacts';
import type { SectorAgreement } from './sectorAgreement';

export interface SectorRegistryCheck {
  /** One report per member, in the order sectorCheck gives them. */
  readonly reports: readonly MemberReport[];
  /** The same reports by the member's credit code (a registry row looks its enterprise up here). */
  readonly byMember: ReadonlyMap<string, MemberReport>;
  /** Each sector agreement's title by id, to name it beside a finding. */
  readonly titles: ReadonlyMap<string, string>;
}

/**
 * Every member of the signed `agreements` against them: a draft binds no member, so it neither covers nor
 * checks anyone until it is signed. With `today`, agreements whose term ended before it are left out: the
 * workbench shows the standing of today's and coming agreements (the command line checks any period). `local`: the facts of members whose enterprise is kept on this
 * machine (their own rounds); joined with the registry's, an agreement seen in both counts once.
 */
export function sectorRegistryCheck(
  agreements: readonly SectorAgreement[],
  registry: BundleRegistry | null,
  local: readonly MemberFacts[],
  data: MinimumWageData = minimumWageDataDefault,
  today: string | null = null,
): SectorRegistryCheck {
  const factsOf = (code: string): MemberFacts | null => {
    const fromRegistry = registry ? memberFactsFromRegistry(registry, code) : null;
    return memberFactsJoin([...local.filter((f) => f.creditCode === code), ...(fromRegistry ? [fromRegistry] : [])]);
  };
  const signed = agreements.filter((a) => a.signedAt !== null && (today === null || a.term.to >= today));
  const reports = sectorCheck(signed, factsOf, data);
  return {
    reports,
    byMember: new Map(reports.map((r) => [r.member.creditCode, r])),
    titles: new Map(signed.map((a) => [a.id, a.title])),
  };
}
