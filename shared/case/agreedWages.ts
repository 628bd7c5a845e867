// The agreed wage table of a round: the monthly base wages the agreement prints, for whom and from when.
// From the scenario the parties marked as agreed, the scenario's wage in each modelled quarter of the
// agreement's term, equal neighbours merged into one period; or the figures the parties entered. One
// function, so the scenarios screen, the documents, the bundle and the registry all read the same table.
import type { IsoDate } from '../dates/isoDate';
import { type Quarter, quarterEnd, quarterOf, quarterParts, quarterStart } from '../dates/quarter';
import type { Fen } from '../money/fen';
import { type Result, resultErr, resultOk } from '../result';
import { wageCaseParse } from '../wage/caseFile';
import type { EarlierRound } from './caseFile';
import type { AgreedStandard, Round } from './round';

export interface AgreementTerm {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const QUARTER_ZH = ['', '一', '二', '三', '四'] as const;

/** 2027年第一季度, 2027年第二季度至第四季度, 2027年第四季度至2028年第一季度. */
export function quarterSpanText(from: Quarter, to: Quarter): string {
  const a = quarterParts(from);
  const b = quarterParts(to);
  const first = `${a.year}年第${QUARTER_ZH[a.quarter]}季度`;
  if (from === to) return first;
  return a.year === b.year ? `${first}至第${QUARTER_ZH[b.quarter]}季度` : `${first}至${b.year}年第${QUARTER_ZH[b.quarter]}季度`;
}

interface Run {
  readonly from: Quarter;
  readonly to: Quarter;
  readonly monthly: Fen;
}

/**
 * The standards of an agreed scenario over `term`. Quarters of the model inside the term set the table;
 * a model that ends before the term starts (the parties modelled the year behind them) carries its last
 * quarter's wage into the term. Errors: round.agreedScenarioMissing, round.wageModelInvalid (params:
 * the model's own error code), round.modelAfterTerm (every modelled quarter is after the term).
 */
function scenarioStandards(round: Round, scenarioName: string, appliesTo: string, term: AgreementTerm): Result<AgreedStandard[]> {
  if (round.wage === null) return resultErr('round.agreedScenarioMissing', 'the round has no wage model', { field: 'agreed.scenario' });
  const model = wageCaseParse(round.wage);
  if (!model.ok) return resultErr('round.wageModelInvalid', model.error.message, { field: 'wage', code: model.error.code });
  const scenario = model.value.scenarios.find((s) => s.name === scenarioName);
  if (!scenario) return resultErr('round.agreedScenarioMissing', `no scenario ${scenarioName}`, { field: 'agreed.scenario', scenario: scenarioName });
  const quarters = model.value.output.quarters;
  const termFrom = quarterOf(term.from);
  const termTo = quarterOf(term.to);
  const inside = quarters.flatMap((q, i) => (q >= termFrom && q <= termTo ? [{ q, wage: scenario.monthlyBaseWages[i]! }] : []));
  if (inside.length === 0) {
    const before = quarters.flatMap((q, i) => (q < termFrom ? [{ q, wage: scenario.monthlyBaseWages[i]! }] : [])).at(-1);
    if (!before) return resultErr('round.modelAfterTerm', 'every modelled quarter is after the term', { field: 'wage.baseQuarter' });
    return resultOk([{ period: '合同期内', appliesTo, from: term.from, to: null, monthlyFen: before.wage }]);
  }
  const runs: Run[] = [];
  for (const { q, wage } of inside) {
    const last = runs.at(-1);
    if (last && last.monthly === wage) runs[runs.length - 1] = { ...last, to: q };
    else runs.push({ from: q, to: q, monthly: wage });
  }
  // The last modelled quarter's wage runs to the end of the term, whatever the model's length.
  return resultOk(
    runs.map((run, i) => {
      const from = i === 0 ? term.from : quarterStart(run.from);
      const last = i === runs.length - 1;
      const to = last ? null : (() => {
        const end = quarterEnd(run.to);
        return end < term.to ? end : term.to;
      })();
      // The label says what the dates say: the first period from the term's first quarter (the model may
      // start later), the last to the term's last quarter (the model may end sooner).
      const period = runs.length === 1 ? '合同期内' : quarterSpanText(i === 0 ? quarterOf(term.from) : run.from, last ? quarterOf(term.to) : run.to);
      return { period, appliesTo, from, to, monthlyFen: run.monthly };
    }),
  );
}

/**
 * The round's agreed wage table for the agreement's term. Errors: round.agreedMissing (nothing marked
 * agreed), round.termMissing (a scenario needs the term to know which quarters count), and those of
 * scenarioStandards.
 */
export function roundAgreedStandards(round: Round, term: AgreementTerm | null): Result<AgreedStandard[]> {
  const agreed = round.agreed;
  if (agreed === null) return resultErr('round.agreedMissing', 'no scenario or figures marked as agreed', { field: 'agreed' });
  if (agreed.kind === 'figures') return resultOk([...agreed.standards].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)));
  if (term === null) return resultErr('round.termMissing', 'the agreement has no term yet', { field: 'procedure.term' });
  return scenarioStandards(round, agreed.scenario, agreed.appliesTo, term);
}

/** The base wage the round settled on: the last period's (what is in force when the term ends). */
export function agreedStandardsFinal(standards: readonly AgreedStandard[]): Fen | null {
  return standards.at(-1)?.monthlyFen ?? null;
}

/** The lowest agreed monthly wage (what the legal floor is checked against). */
export function agreedStandardsLowest(standards: readonly AgreedStandard[]): Fen | null {
  return standards.length === 0 ? null : standards.reduce((low, s) => (s.monthlyFen < low ? s.monthlyFen : low), standards[0]!.monthlyFen);
}

/** What a later round's documents cite of this one: its title, kind, signing day and agreed table. */
export function earlierRoundOf(round: Round): EarlierRound {
  const standards = roundAgreedStandards(round, round.procedure.term);
  return {
    id: round.id,
    title: round.title,
    kind: round.kind,
    signedAt: round.procedure.signing?.date ?? null,
    standards: standards.ok ? standards.value : [],
  };
}
