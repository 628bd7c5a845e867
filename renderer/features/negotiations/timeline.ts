// The procedure as the timeline screen shows it: ten steps from the written request to renewal, each
// with the day it was done and the findings that concern it. Findings come from the shared rules engine;
// this file only decides where on the timeline each one is shown and which forms a block holds up.
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { ProcedureRecord } from '../../../shared/procedure/record';
import { type Finding, type ProcedureStep, type RuleContext, procedureEffectiveDate, procedureSteps } from '../../../shared/procedure/rules';

export const timelineSteps = [
  'request', 'reply', 'representatives', 'meetings', 'vote', 'signing', 'filing', 'effective', 'publication', 'renewal',
] as const;
export type TimelineStep = (typeof timelineSteps)[number];

/** Where a rule's findings are shown: by rule id, which says what the rule is about. */
const ruleSteps: Readonly<Record<string, TimelineStep>> = {
  'OFR-01': 'request', 'OFR-02': 'reply', 'OFR-03': 'meetings', 'OFR-05': 'renewal', 'OFR-06': 'request',
  'TRM-01': 'signing', 'TRM-03': 'renewal', 'EFF-01': 'effective', 'PUB-01': 'publication', 'DSP-01': 'meetings',
};
const prefixSteps: Readonly<Record<string, TimelineStep>> = {
  REP: 'representatives', MTG: 'meetings', RAT: 'vote', SIG: 'signing', CNT: 'signing', FIL: 'filing', REV: 'filing',
};
const guardSteps: Readonly<Record<ProcedureStep, TimelineStep>> = {
  meeting: 'meetings', vote: 'vote', signing: 'signing', filing: 'filing', export: 'publication',
};

export function findingTimelineStep(finding: Finding): TimelineStep {
  return ruleSteps[finding.ruleId] ?? prefixSteps[finding.ruleId.slice(0, 3)] ?? guardSteps[finding.step];
}

/**
 * The forms a block can hold up: the rules' step each one is, and the record fields it writes. A block
 * on the form's own fields does not disable it (the form is how the user fixes them).
 */
const formGuards: Partial<Readonly<Record<TimelineStep, { readonly step: ProcedureStep; readonly own: readonly string[] }>>> = {
  meetings: { step: 'meeting', own: ['meetings', 'suspensions'] },
  vote: { step: 'vote', own: ['votes'] },
  signing: { step: 'signing', own: ['signing'] },
  filing: { step: 'filing', own: ['filing'] },
};

const stepIndex = (step: ProcedureStep) => procedureSteps.indexOf(step);

/** The blocking findings that stop the form of `step`; empty when it may go ahead. */
export function timelineStepBlockers(step: TimelineStep, findings: readonly Finding[]): Finding[] {
  const guard = formGuards[step];
  if (!guard) return [];
  return findings.filter((f) => f.action === 'block'
    && stepIndex(f.step) <= stepIndex(guard.step)
    && !guard.own.some((field) => f.path === field || f.path.startsWith(`${field}.`)));
}

/** Whether the draft passed: half or more of ALL representatives (or workers) in favour; exactly half passes with RAT-03's warning. */
export function voteCarried(vote: { readonly total: number; readonly for: number }): boolean {
  return vote.for * 2 >= vote.total;
}

export interface TimelineEntry {
  readonly step: TimelineStep;
  /** The day the step was done; null while it is not (or when it has no single day, see `done`). */
  readonly date: IsoDate | null;
  readonly done: boolean;
  readonly findings: readonly Finding[];
  readonly blockers: readonly Finding[];
}

function stepDate(step: TimelineStep, record: ProcedureRecord, effective: IsoDate | null): IsoDate | null {
  switch (step) {
    case 'request': return record.request?.receivedAt ?? record.request?.sentAt ?? null;
    case 'reply': return record.reply?.repliedAt ?? null;
    case 'representatives': return record.workerRepresentativesApproval?.date ?? null;
    case 'meetings': return record.meetings.at(-1)?.date ?? null;
    case 'vote': return record.votes.at(-1)?.date ?? null;
    case 'signing': return record.signing?.date ?? null;
    case 'filing': return record.filing?.submittedAt ?? null;
    case 'effective': return effective;
    case 'publication': return record.publication?.date ?? null;
    case 'renewal': return record.renewal?.requestedAt ?? null;
  }
}

function stepDone(step: TimelineStep, record: ProcedureRecord, date: IsoDate | null): boolean {
  if (step === 'representatives') return record.representatives.length > 0;
  if (step === 'vote') {
    const last = record.votes.at(-1);
    return last !== undefined && voteCarried(last);
  }
  return date !== null;
}

/** The ten steps with their dates and findings, for a record judged on `context.today`. */
export function timelineEntries(record: ProcedureRecord, findings: readonly Finding[], context: RuleContext): TimelineEntry[] {
  const effectiveResult = procedureEffectiveDate(record, context);
  const effectiveDay = effectiveResult.ok ? effectiveResult.value : null;
  // A day still ahead is shown under the next deadline, not as done.
  const effective = effectiveDay !== null && effectiveDay <= context.today ? effectiveDay : null;
  return timelineSteps.map((step) => {
    const date = stepDate(step, record, effective);
    return {
      step,
      date,
      done: stepDone(step, record, date),
      findings: findings.filter((f) => findingTimelineStep(f) === step),
      blockers: timelineStepBlockers(step, findings),
    };
  });
}
