// The procedure rules engine: every rule of rules.md §1 the record can answer, run over one record.
// `rulesCheck` lists the findings, `rulesBlocking` says whether a step may go ahead, and
// `witnessChecklist` turns the same rules into the federation's yes/no list for a signing.
import { holidayCalendarCn } from '../../calendar/holidaysCn';
import type { IsoDate } from '../../dates/isoDate';
import { minimumWageDataDefault } from '../../wage/floor';
import { deadlineRulesDefault } from '../deadlineRules';
import type { ProcedureRecord } from '../record';
import { ofr06, rat07, rep11, sig03Of } from './consistency';
import { contentRules } from './content';
import { meetingRules } from './meetings';
import { ratificationRules } from './ratification';
import { representativeRules } from './representatives';
import { requestRules } from './request';
import { signingRules } from './signing';
import { termRules } from './term';
import {
  type Finding,
  type ProcedureRule,
  type ProcedureStep,
  type RuleAction,
  type RuleAdjustment,
  type RuleContext,
  procedureSteps,
  ruleActions,
} from './types';
import { procedureVariantsDefault } from './variants';

/** The rules SIG-03 reads: every other one. */
const rulesButSig03: readonly ProcedureRule[] = [
  ...representativeRules,
  rep11,
  ...requestRules,
  ofr06,
  ...meetingRules,
  ...ratificationRules,
  rat07,
  ...signingRules,
  ...termRules,
  ...contentRules,
];

/** Every rule, in rules.md order within each step (the consistency checks after their group). */
export const procedureRules: readonly ProcedureRule[] = [
  ...representativeRules,
  rep11,
  ...requestRules,
  ofr06,
  ...meetingRules,
  ...ratificationRules,
  rat07,
  ...signingRules,
  sig03Of(rulesButSig03),
  ...termRules,
  ...contentRules,
];

export function procedureRuleById(id: string): ProcedureRule | undefined {
  return procedureRules.find((r) => r.id === id);
}

/** The shipped data (holiday calendar, deadline table, Fujian minimum wages, regional variants) for a day. */
export function ruleContextDefault(today: IsoDate, overrides: Partial<Omit<RuleContext, 'today'>> = {}): RuleContext {
  return {
    today,
    calendar: holidayCalendarCn,
    deadlineRules: deadlineRulesDefault,
    minimumWage: minimumWageDataDefault,
    people: [],
    variants: procedureVariantsDefault,
    ...overrides,
  };
}

const stepOrder = (step: ProcedureStep) => procedureSteps.indexOf(step);
const actionOrder = (action: RuleAction) => ruleActions.indexOf(action);

function ruleApplies(rule: ProcedureRule, record: ProcedureRecord, context: RuleContext): boolean {
  if (context.adjustments?.some((a) => a.ruleId === rule.id && a.effect === 'skip')) return false;
  return rule.applies ? rule.applies(record, context) : true;
}

/** The note the context's adjustments attach to a rule's findings and question, or null. */
function ruleNote(ruleId: string, context: RuleContext): { readonly zh: string; readonly en: string } | null {
  const notes = (context.adjustments ?? []).filter((a) => a.ruleId === ruleId && a.effect === 'note');
  if (notes.length === 0) return null;
  const mark = (a: RuleAdjustment, unverified: string) => (a.verified ? '' : unverified);
  return {
    zh: `（${notes.map((a) => `${a.by}${mark(a, '，未核实')}：${a.noteZh}`).join('；')}）`,
    en: ` (${notes.map((a) => `${a.by}${mark(a, ', unverified')}: ${a.noteEn}`).join('; ')})`,
  };
}

function ruleFindings(rule: ProcedureRule, record: ProcedureRecord, context: RuleContext): Finding[] {
  const findings = rule.check(record, context);
  const note = ruleNote(rule.id, context);
  return note === null ? findings : findings.map((f) => ({ ...f, messageZh: f.messageZh + note.zh, messageEn: f.messageEn + note.en }));
}

/** All findings, sorted by the step they hold up (meeting first), then block → warn → info, then rule order. */
export function rulesCheck(record: ProcedureRecord, context: RuleContext, rules: readonly ProcedureRule[] = procedureRules): Finding[] {
  const found = rules.filter((rule) => ruleApplies(rule, record, context)).flatMap((rule) => ruleFindings(rule, record, context));
  // Array.prototype.sort is stable, so findings of one step and action keep the rules' order.
  return found.sort((a, b) => stepOrder(a.step) - stepOrder(b.step) || actionOrder(a.action) - actionOrder(b.action));
}

/**
 * Whether anything blocks `step`. Steps come in order, so a block at an earlier step holds up every later
 * one: a table without equal sides (meeting) blocks the vote, the signing, the filing and the export.
 */
export function rulesBlocking(findings: readonly Finding[], step: ProcedureStep): boolean {
  return findings.some((f) => f.action === 'block' && stepOrder(f.step) <= stepOrder(step));
}

/** The first step something blocks, or null when the whole procedure may go ahead. */
export function rulesFirstBlockedStep(findings: readonly Finding[]): ProcedureStep | null {
  return procedureSteps.find((step) => rulesBlocking(findings, step)) ?? null;
}

export type WitnessStatus = 'ok' | 'problem' | 'unknown';

export interface WitnessItem {
  readonly ruleId: string;
  readonly source: string;
  readonly step: ProcedureStep;
  readonly questionZh: string;
  readonly questionEn: string;
  /** problem: a block or warning; unknown: the record cannot answer yet (or a check was incomplete); ok. */
  readonly status: WitnessStatus;
  readonly findings: readonly Finding[];
}

/**
 * The witness checklist (见证核对表) the town or district federation works through at a signing: one
 * question per rule that binds the record, answered from the same checks as `rulesCheck`.
 */
export function witnessChecklist(record: ProcedureRecord, context: RuleContext, rules: readonly ProcedureRule[] = procedureRules): WitnessItem[] {
  return rules
    .filter((rule) => ruleApplies(rule, record, context))
    .map((rule): WitnessItem => {
      const findings = ruleFindings(rule, record, context);
      const note = ruleNote(rule.id, context);
      const problem = findings.some((f) => f.action !== 'info' && !f.incomplete);
      const unknown = findings.some((f) => f.incomplete) || !rule.decidable(record, context);
      return {
        ruleId: rule.id,
        source: rule.source,
        step: rule.guards,
        questionZh: rule.questionZh + (note?.zh ?? ''),
        questionEn: rule.questionEn + (note?.en ?? ''),
        status: problem ? 'problem' : unknown ? 'unknown' : 'ok',
        findings,
      };
    })
    .sort((a, b) => stepOrder(a.step) - stepOrder(b.step));
}
