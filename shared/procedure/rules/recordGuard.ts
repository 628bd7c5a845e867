// Which blocks a save may not add. A record describes what happened, and much of what happened may
// lawfully be written down while it blocks a LATER step: a request still without its time (OFR-01), a
// failed vote (RAT-03, and the 60 days of RAT-05 start from it), a suspension without the next date
// (MTG-03). What the record may not say is the impossible: events that contradict each other (the
// consistency rules) or a step recorded as taken while a rule says it may not go ahead. Only blocks the
// stored record did not already have are refused, so records that carry old blocks stay editable.
import type { ProcedureRecord } from '../record';
import { rulesCheck } from './engine';
import { type Finding, type ProcedureRule, type ProcedureStep, type RuleContext, procedureSteps } from './types';

/**
 * Rules whose blocks are always refused when new: the record would contradict itself (the consistency
 * rules), or record as done a signing that is not one (SIG-01: before the vote, after a failed vote, a
 * chief's signature or a wage agreement's seal missing).
 */
export const recordGuardRuleIds: readonly string[] = ['OFR-06', 'RAT-07', 'REP-11', 'SIG-01', 'SIG-03'];

/** A finding's subject: its rule and the part of the record it is about. */
export function findingSubject(f: Pick<Finding, 'ruleId' | 'path'>): string {
  return `${f.ruleId} ${f.path}`;
}

/** Whether the record shows `step` as taken: a meeting held, a vote held, a signing, a filing submitted. */
export function procedureStepTaken(record: ProcedureRecord, step: ProcedureStep): boolean {
  switch (step) {
    case 'meeting': return record.meetings.length > 0;
    case 'vote': return record.votes.length > 0;
    case 'signing': return record.signing !== null;
    case 'filing': return record.filing?.submittedAt != null;
    case 'export': return false;
  }
}

/** A block the record cannot carry: a consistency rule's, or one against a step the record shows as taken (or a later one). */
function blockRefused(record: ProcedureRecord, f: Finding): boolean {
  if (recordGuardRuleIds.includes(f.ruleId)) return true;
  return procedureSteps.slice(procedureSteps.indexOf(f.step)).some((step) => procedureStepTaken(record, step));
}

/**
 * The blocks `next` would add to `stored` (null: nothing stored yet) that a save must refuse, judged with
 * one context for both so that a deadline passing today is never blamed on the edit. Compared by subject
 * (rule id + path), not by message: a block whose figures change with the edit is still the old one.
 */
export function rulesNewBlocks(stored: ProcedureRecord | null, next: ProcedureRecord, context: RuleContext, rules?: readonly ProcedureRule[]): Finding[] {
  const before = new Set((stored === null ? [] : rulesCheck(stored, context, rules)).filter((f) => f.action === 'block').map(findingSubject));
  return rulesCheck(next, context, rules).filter((f) => f.action === 'block' && !before.has(findingSubject(f)) && blockRefused(next, f));
}
