// The shape of the procedure rules engine: each rule of rules.md §1 is data (id, article, action, the
// step it guards, titles, the witness's question) plus a check that turns a record into findings.
import type { HolidayCalendar } from '../../calendar/calendar';
import type { IsoDate } from '../../dates/isoDate';
import type { MinimumWageData } from '../../wage/floor';
import type { DeadlineRule } from '../deadlineRules';
import type { ProcedureRecord } from '../record';
import type { ProcedureVariant } from './variants';

/** The steps a finding can hold up, in the order the procedure reaches them. */
export const procedureSteps = ['meeting', 'vote', 'signing', 'filing', 'export'] as const;
export type ProcedureStep = (typeof procedureSteps)[number];

/** block = the step may not go ahead; warn = it may, but look; info = for the record. Strongest first. */
export const ruleActions = ['block', 'warn', 'info'] as const;
export type RuleAction = (typeof ruleActions)[number];

export type FindingFigure = string | number | boolean | null;

export interface Finding {
  /** rules.md id, e.g. 'RAT-03'. */
  readonly ruleId: string;
  readonly action: RuleAction;
  /** The step this finding holds up (its rule's `guards`). */
  readonly step: ProcedureStep;
  /** Article citation in Chinese, e.g. 《集体合同规定》第三十六条; a regional rule cites its own article. */
  readonly source: string;
  /** Plain Chinese with the figures, e.g. "职工方 2 人、企业方 3 人：双方人数应相等且各不少于 3 人". */
  readonly messageZh: string;
  readonly messageEn: string;
  /** The figures the message states, for screens and JSON. */
  readonly figures: Readonly<Record<string, FindingFigure>>;
  /** Which part of the record, as a dotted path: 'votes.1.for', 'representatives'. */
  readonly path: string;
  /** true when the check could not be completed (a calendar year missing, a tier unknown): ask, don't trust. */
  readonly incomplete?: true;
}

/** A person the rules can name: the enterprise's people list (shared/enterprise/model.ts Person fits). */
export interface RulePerson {
  readonly id: string;
  readonly name: string;
  readonly side?: 'workers' | 'employer' | 'neutral';
}

/**
 * How a rule is changed for a kind of round other than one enterprise's (a sector round: shared/sector/
 * sectorRules.ts): skipped where it does not bind it, or its findings and question carried with a note
 * naming the rule that changes it. `by` is that rule's id; `verified: false` when it was not read in a source.
 */
export interface RuleAdjustment {
  readonly ruleId: string;
  readonly effect: 'skip' | 'note';
  readonly by: string;
  readonly noteZh: string;
  readonly noteEn: string;
  readonly verified: boolean;
}

/** Everything a check needs besides the record; all of it is data the user can update. */
export interface RuleContext {
  /** The day the record is judged on: deadlines are near, due or overdue relative to it. */
  readonly today: IsoDate;
  readonly calendar: HolidayCalendar;
  readonly deadlineRules: readonly DeadlineRule[];
  readonly minimumWage: MinimumWageData;
  readonly people: readonly RulePerson[];
  /** Regional settings that are not day counts (Fujian's written resolution). */
  readonly variants: readonly ProcedureVariant[];
  /** Rules skipped or annotated for this kind of round; none for one enterprise's. */
  readonly adjustments?: readonly RuleAdjustment[];
}

export interface ProcedureRule {
  readonly id: string;
  /** Article citation in Chinese. */
  readonly source: string;
  /** The strongest action the rule takes (rules.md §1's "app" column). */
  readonly action: RuleAction;
  /** The step its findings hold up. */
  readonly guards: ProcedureStep;
  readonly titleZh: string;
  readonly titleEn: string;
  /** The witness checklist's question, answerable yes or no. */
  readonly questionZh: string;
  readonly questionEn: string;
  /** Whether the rule binds this record at all (kind, region); default: always. */
  readonly applies?: (record: ProcedureRecord, context: RuleContext) => boolean;
  /** Whether the record holds what the rule needs to say "ok"; without it the checklist says "unknown". */
  readonly decidable: (record: ProcedureRecord, context: RuleContext) => boolean;
  readonly check: (record: ProcedureRecord, context: RuleContext) => Finding[];
}

/** The part of a finding a check writes; the rule fills in id, step and (unless given) the source. */
export interface FindingDraft {
  readonly action: RuleAction;
  readonly path: string;
  readonly zh: string;
  readonly en: string;
  readonly figures?: Readonly<Record<string, FindingFigure>>;
  readonly source?: string;
  readonly incomplete?: boolean;
}

export function findingOf(rule: Pick<ProcedureRule, 'id' | 'guards' | 'source'>, draft: FindingDraft): Finding {
  return {
    ruleId: rule.id,
    action: draft.action,
    step: rule.guards,
    source: draft.source ?? rule.source,
    messageZh: draft.zh,
    messageEn: draft.en,
    figures: draft.figures ?? {},
    path: draft.path,
    ...(draft.incomplete ? { incomplete: true as const } : {}),
  };
}

/** A rule from its data and a function that writes its findings' drafts. */
export function procedureRule(
  data: Omit<ProcedureRule, 'check'>,
  drafts: (record: ProcedureRecord, context: RuleContext) => FindingDraft[],
): ProcedureRule {
  return { ...data, check: (record, context) => drafts(record, context).map((d) => findingOf(data, d)) };
}
