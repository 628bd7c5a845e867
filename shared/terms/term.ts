// A negotiated term (协商条款): what was promised, to whom, how much, by when, and which clause of which
// agreement says so (brief §3). Money is integer 分 (fields end in Fen), rates integer bp, dates ISO.
// The zod schema is the file and storage shape; parsing restores defaults, and the inferred types are
// the model's (Fen and IsoDate branded).
import { z } from 'zod';
import { bp } from '../money/rate';
import { workerStatuses } from '../roster/worker';
import { fenField, fenPositiveField, isoDateField } from '../roster/fields';

/**
 * one_off: paid once, does not raise the base (bonus, red packet, subsidy, allowance). base_building:
 * becomes part of the base, so it rolls into next year's base and the overtime base (brief §3).
 */
export const termBases = ['one_off', 'base_building'] as const;
export type TermBasis = (typeof termBases)[number];

/** Who a term is for. Empty lists mean "no restriction"; all restrictions apply together. */
export const eligibilitySchema = z.strictObject({
  /** Who, in the agreement's own words (春节期间留厂工作的职工); empty: the documents describe the rules below. */
  description: z.string().trim().max(200).default(''),
  /** 班组/车间 names as on the roster. */
  groups: z.array(z.string().trim().min(1).max(50)).max(100).default([]),
  /** Default: everyone not yet left. */
  statuses: z.array(z.enum(workerStatuses)).max(4).default(['working', 'on_leave', 'stopped']),
  /** Named workers (e.g. the 30 who returned; those staying over the festival). */
  workerIds: z.array(z.string().trim().min(1).max(40)).max(100_000).default([]),
  hiredOnOrBefore: isoDateField.nullable().default(null),
});
export type Eligibility = z.output<typeof eligibilitySchema>;

/** Conditions a worker must meet (rules.md §2.2 job-retention clause 7: return when recalled, stay). */
export const termConditionsSchema = z.strictObject({
  /** Back at work (worker.returnedOn) on or before this date. */
  backBy: isoDateField.nullable().default(null),
  /** Still employed (not left before) on this date. */
  employedOn: isoDateField.nullable().default(null),
});
export type TermConditions = z.output<typeof termConditionsSchema>;

const common = {
  /** Stable key, unique in a case: 'sf2021.redPacket'. */
  id: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,60}$/),
  title: z.string().trim().min(1).max(200),
  /** The agreement the term belongs to: "保岗协议（2020年3月）"; summaries subtotal by it. */
  agreement: z.string().trim().max(200).default(''),
  /** The clause it came from: its number or its words. */
  clause: z.string().trim().max(500).default(''),
  eligibility: eligibilitySchema.prefault({}),
  conditions: termConditionsSchema.prefault({}),
  /** When it must be paid (or, for leave, the last day to take it; for a commitment, its deadline). */
  dueDate: isoDateField,
  basis: z.enum(termBases).default('one_off'),
  note: z.string().max(2000).default(''),
};

/** 一次性奖金 / 红包: the same amount per eligible worker. */
const bonusTerm = z.strictObject({ ...common, kind: z.literal('bonus'), amountFen: fenPositiveField });

/** 路费补贴: a fixed amount, or a share of the worker's fare (roster fareFen), with an optional cap. */
const travelRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), amountFen: fenPositiveField }),
  z.strictObject({
    kind: z.literal('fareShare'),
    /** 10 000 = 100 % of the fare. */
    rateBp: z.number().int().min(1).max(10_000).transform(bp),
    capFen: fenPositiveField.nullable().default(null),
  }),
]);
const travelSubsidyTerm = z.strictObject({ ...common, kind: z.literal('travel_subsidy'), rule: travelRule });

/** 节日假期递延为带薪假: days per worker, to be taken from takeFrom to dueDate. */
const deferredLeaveTerm = z.strictObject({
  ...common,
  kind: z.literal('deferred_leave'),
  days: z.number().int().min(1).max(366),
  takeFrom: isoDateField,
});

/** 停工/放假期间保底工资: months × a monthly amount (the 2020 保岗协议: 3 × 1570). */
const guaranteedPayTerm = z.strictObject({
  ...common,
  kind: z.literal('guaranteed_pay'),
  months: z.number().int().min(1).max(24),
  monthlyFen: fenPositiveField,
});

/** 返岗 / 留岗补贴: an amount per worker, usually with conditions (back by a date, still employed on a date). */
const retentionAllowanceTerm = z.strictObject({ ...common, kind: z.literal('retention_allowance'), amountFen: fenPositiveField });

/**
 * 加班工资 (CNT-03, LL 44, WPR 13) for work on [from, to] at a monthly base, `hoursPerDay` hours a day.
 * The entitlement assumes every eligible worker worked every day of the period; a ledger entry records
 * the actual amount where attendance differed.
 */
const overtimePremiumTerm = z.strictObject({
  ...common,
  kind: z.literal('overtime_premium'),
  monthlyBaseFen: fenPositiveField,
  from: isoDateField,
  to: isoDateField,
  /** At most 2 decimals (overtime.ts counts hundredths of an hour). */
  hoursPerDay: z
    .number()
    .positive()
    .max(24)
    .refine((h) => Math.abs(Math.round(h * 100) - h * 100) < 1e-9, 'terms.hoursTwoDecimals')
    .default(8),
});

export const commitmentAreas = ['occupational_health', 'investment', 'participation', 'other'] as const;
export const commitmentStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** A non-monetary commitment (职业病防治 measures, an automation investment) with a deadline (dueDate) and a status. */
const commitmentTerm = z.strictObject({
  ...common,
  kind: z.literal('commitment'),
  area: z.enum(commitmentAreas),
  description: z.string().trim().min(1).max(2000),
  /** An amount the employer commits to spend (2 000 000 元 on automation), not paid to workers. */
  amountFen: fenField.nullable().default(null),
  status: z.enum(commitmentStatuses).default('planned'),
  statusDate: isoDateField.nullable().default(null),
});

export const termSchema = z
  .discriminatedUnion('kind', [
    bonusTerm,
    travelSubsidyTerm,
    deferredLeaveTerm,
    guaranteedPayTerm,
    retentionAllowanceTerm,
    overtimePremiumTerm,
    commitmentTerm,
  ])
  .superRefine((term, ctx) => {
    if (term.kind === 'overtime_premium' && term.from > term.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'terms.periodReversed' });
    if (term.kind === 'deferred_leave' && term.takeFrom > term.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'terms.periodReversed' });
  });

export type Term = z.output<typeof termSchema>;
export type TermInput = z.input<typeof termSchema>;
export type TermKind = Term['kind'];
export type TermOf<K extends TermKind> = Extract<Term, { kind: K }>;

export const termKinds: readonly TermKind[] = [
  'bonus',
  'travel_subsidy',
  'deferred_leave',
  'guaranteed_pay',
  'retention_allowance',
  'overtime_premium',
  'commitment',
];

/** Kinds paid to workers in money: the ledger tracks them per worker. */
export type MonetaryTerm = Exclude<Term, { kind: 'deferred_leave' | 'commitment' }>;

export function termIsMonetary(term: Term): term is MonetaryTerm {
  return term.kind !== 'deferred_leave' && term.kind !== 'commitment';
}

/** Whether a term becomes part of the base (rolls into next year's base and the overtime base). */
export function termBuildsBase(term: Term): boolean {
  return termIsMonetary(term) && term.basis === 'base_building';
}
