// Edits of a round that keep its parts consistent: the agreed scenario follows a renamed scenario and is
// let go when that scenario is removed. Pure; the screens hand the result to the store (undo keeps the old).
import type { Agreed, Round } from './round';

/** Marks `name` as the agreed scenario (null: nothing agreed), keeping who it applies to. */
export function roundAgreedScenarioSet(round: Round, name: string | null, appliesTo?: string): Round {
  if (name === null) return { ...round, agreed: null };
  const previous = round.agreed?.kind === 'scenario' ? round.agreed.appliesTo : '全体职工';
  return { ...round, agreed: { kind: 'scenario', scenario: name, appliesTo: appliesTo ?? previous } };
}

/** The agreed figures entered per group and period (replacing an agreed scenario). */
export function roundAgreedSet(round: Round, agreed: Agreed | null): Round {
  return { ...round, agreed };
}

export function roundScenarioRenamed(round: Round, from: string | undefined, to: string): Round {
  const agreed = round.agreed;
  return agreed?.kind === 'scenario' && from !== undefined && agreed.scenario === from ? { ...round, agreed: { ...agreed, scenario: to } } : round;
}

export function roundScenarioRemoved(round: Round, name: string | undefined): Round {
  const agreed = round.agreed;
  return agreed?.kind === 'scenario' && agreed.scenario === name ? { ...round, agreed: null } : round;
}

/**
 * The round with the enterprise's name and county wherever the round repeats them (the procedure record
 * checks the county's rules, the model its minimum wage): the enterprise's own record is the one source.
 */
export function roundWithEnterprise(round: Round, enterprise: { readonly name: string; readonly regionCode: string }): Round {
  const p = round.procedure;
  const procedureSame = p.enterpriseName === enterprise.name && p.regionCode === enterprise.regionCode && p.title === round.title;
  const wageSame = round.wage === null || round.wage.regionCode === enterprise.regionCode;
  if (procedureSame && wageSame) return round;
  return {
    ...round,
    procedure: procedureSame ? p : { ...p, enterpriseName: enterprise.name, regionCode: enterprise.regionCode, title: round.title },
    wage: wageSame || round.wage === null ? round.wage : { ...round.wage, regionCode: enterprise.regionCode },
  };
}
