// One negotiation round (协商轮次) of an enterprise: a year's wage talks, a job-retention deal, a special
// contract. Everything the parties decide in that round lives here, in one typed record: the output and
// wage model with the scenario they agreed (or agreed figures per group and period), the terms, the
// procedure record, and the details only the documents need (payday, where it is signed, who files it).
// The enterprise and its people are the enterprise's own records, shared by all its rounds; the worker
// roster and the fulfilment ledger are per enterprise too (a worker stays from round to round).
//
// The zod schema is the stored and the file shape; parsing restores defaults and brands (Fen, IsoDate,
// RoundId), so a round is parsed once where it comes in (storage, file) and used as typed data after.
import { z } from 'zod';
import { agreementKinds } from '../bundle/agreement';
import type { AgreementKind as ProcedureAgreementKind } from '../procedure/deadlineRules';
import { congressSessionSchema } from '../procedure/congress';
import { procedureRecordSchema } from '../procedure/record';
import { fenField, fenPositiveField, isoDateField } from '../roster/fields';
import { termSchema } from '../terms/term';
import { wageCaseFileSchema } from '../wage/caseFile';
import { bp } from '../money/rate';

export type RoundId = string & { readonly __brand: 'RoundId' };

/** Safe in an agreement id (`<template>-<round id>`, 64 characters at most) and in a URL. */
export const roundIdField = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'validation.roundId')
  .transform((s) => s as RoundId);

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const line = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const lines = (count: number, max: number) => z.array(line(max)).max(count);

/** What the round's agreement is: the kinds a bundle knows (shared/bundle/agreement.ts). */
export { agreementKinds as roundKinds };
export type RoundKind = (typeof agreementKinds)[number];

/** One agreed monthly base wage: for whom, from when (to when), how much. */
export const agreedStandardSchema = z.strictObject({
  /** 合同期内, 春节假期结束前, 春节假期结束后. */
  period: line(50),
  appliesTo: line(100).default('全体职工'),
  from: isoDateField,
  /** Inclusive; null: to the end of the term. */
  to: isoDateField.nullable().default(null),
  monthlyFen: fenPositiveField,
});
export type AgreedStandard = z.output<typeof agreedStandardSchema>;

/**
 * What the parties agreed for the wage table: the scenario of the model they marked as agreed (its
 * wages over the agreement's term become the table), or figures entered per group and period where the
 * model cannot say it (a wage that changes in the middle of a quarter).
 */
export const agreedSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scenario'), scenario: line(100), appliesTo: line(100).default('全体职工') }),
  z.strictObject({ kind: z.literal('figures'), standards: z.array(agreedStandardSchema).min(1).max(50) }),
]);
export type Agreed = z.output<typeof agreedSchema>;

/** The usual pay structure of a wage agreement (rules.md §2.1 ch. 2); the parties edit it. */
export const wageStructureDefault = ['基本工资', '岗位工资', '绩效工资', '奖金', '津贴和补贴', '加班工资'] as const;
/** The job-retention agreement's usual commitments (rules.md §2.2); the parties edit them. */
export const retentionEmployerCommitmentsDefault = [
  '不以生产经营困难为由裁减职工，不单方解除休假职工的劳动合同；',
  '为休假职工保留原工作岗位，按时足额缴纳社会保险费；',
  '生产订单恢复后，优先召回休假职工返岗。',
] as const;
export const retentionWorkerCommitmentsDefault = ['服从企业的轮休安排，按通知时间返岗；', '返岗后按约定连续工作；', '遵守企业规章制度，保守企业商业秘密。'] as const;

/** A wording of one clause the parties changed, by the clause's stable id (templates/overrides.ts). */
export const clauseOverrideSchema = z.strictObject({
  clauseId: z.string().min(1).max(200),
  // The limit of a clause's text in a frozen document.
  text: z.string().min(1).max(20_000),
  editedAt: z.iso.datetime({ offset: true }),
});
export type RoundClauseOverride = z.output<typeof clauseOverrideSchema>;

/**
 * What only the documents need. Empty text and null mean "not entered": a template that needs it lists
 * it as missing (templates/case/missing.ts) instead of printing a blank or a guess.
 */
export const roundDetailsSchema = z.strictObject({
  /** 2021年度; empty: from the term's first year. */
  yearLabel: text(20),
  signingPlace: text(200),
  /** 受理机关: the labour administration the agreement is filed with. */
  labourAuthority: text(100),
  wageStructure: lines(20, 50).default([...wageStructureDefault]),
  wageForms: lines(10, 50).default(['计时工资']),
  /** Day of the month wages are paid by; null: not agreed yet. */
  payday: z.number().int().min(1).max(31).nullable().default(null),
  /** Wages paid on payday are for the previous month or the current one. */
  payFor: z.enum(['previous', 'current']).default('previous'),
  payMethod: text(50).default('货币形式'),
  /** LCL 20: probation pay at least 80 % of the agreed wage. */
  probationShareBp: z.number().int().min(8000).max(10_000).transform(bp).default(bp(8000)),
  /** Copies filed with the labour administration (CCR 42: 3). */
  filingCopies: z.number().int().min(1).max(20).default(3),
  /** Factors the parties weighed beyond the figures the app writes itself (WCM 8). */
  annualBasis: lines(20, 300).default([]),
  /** 年度工资总额 and 平均工资 as agreed, when they are not the model's figures; null: from the agreed scenario. */
  annualWageBillFen: fenField.nullable().default(null),
  /** Where the congress sat (职工代表大会 or 全体职工大会). */
  congressPlace: text(200),
  jobRetention: z
    .strictObject({
      reason: text(1000),
      /** The condition for the payout, in the agreement's words. */
      condition: text(500),
      /** When and how the guaranteed pay and the allowance are paid. */
      paidWith: text(500),
      employerCommitments: lines(20, 500).default([...retentionEmployerCommitmentsDefault]),
      workerCommitments: lines(20, 500).default([...retentionWorkerCommitmentsDefault]),
    })
    .prefault({}),
  occupationalHealth: z
    .strictObject({
      hazards: lines(30, 300).default([]),
      hazardAllowanceFen: fenPositiveField.nullable().default(null),
    })
    .prefault({}),
  womenWorkers: z
    .strictObject({
      /** The parties sign a women workers' special contract in this round. */
      included: z.boolean().default(false),
      extras: lines(30, 500).default([]),
    })
    .prefault({}),
  /**
   * The scenario whose 测算说明 the request letter carries as 附件 (print, Word download and the command
   * line alike); empty: none. A name no scenario has any more attaches nothing, and the letter's view says so.
   */
  explainScenario: text(100),
  /** Clause wordings the parties edited, per template name. */
  clauseOverrides: z.record(z.string().regex(/^[a-z-]{1,40}$/), z.array(clauseOverrideSchema).max(500)).default({}),
});
export type RoundDetails = z.output<typeof roundDetailsSchema>;

export const roundSchema = z
  .strictObject({
    id: roundIdField,
    title: line(200),
    kind: z.enum(agreementKinds),
    /** The round this one was copied forward from; null for a first round. */
    previousRoundId: roundIdField.nullable().default(null),
    /** The output-vs-wage model; null until the parties model anything. */
    wage: wageCaseFileSchema.nullable().default(null),
    agreed: agreedSchema.nullable().default(null),
    terms: z.array(termSchema).max(500).default([]),
    procedure: procedureRecordSchema,
    details: roundDetailsSchema.prefault({}),
    /** The congress sitting on site (roll call, count) that the vote in the record was written from; null until held. */
    congress: congressSessionSchema.nullable().default(null),
    /** Values that are placeholders, not facts (the built-in sample lists what its source does not give). */
    assumptions: z.array(z.strictObject({ field: z.string().max(200), note: z.string().max(2000) })).max(200).default([]),
  })
  .superRefine((round, ctx) => {
    const seen = new Set<string>();
    round.terms.forEach((term, i) => {
      if (seen.has(term.id)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'id'], message: 'round.termIdTwice' });
      seen.add(term.id);
    });
    const agreed = round.agreed;
    if (agreed?.kind === 'scenario' && !round.wage?.scenarios.some((s) => s.name === agreed.scenario)) {
      ctx.addIssue({ code: 'custom', path: ['agreed', 'scenario'], message: 'round.agreedScenarioMissing' });
    }
    if (agreed?.kind === 'figures') {
      agreed.standards.forEach((s, i) => {
        if (s.to !== null && s.to < s.from) ctx.addIssue({ code: 'custom', path: ['agreed', 'standards', i, 'to'], message: 'terms.periodReversed' });
      });
    }
  });

/** A round as stored and used: defaults filled in, money and dates branded. */
export type Round = z.output<typeof roundSchema>;
/** A round as written in a file or built in code: defaults may be left out. */
export type RoundInput = z.input<typeof roundSchema>;

/** The procedure's kind of agreement for a round's kind (its deadlines: deadlineRules.ts). */
export function roundProcedureKind(kind: RoundKind): ProcedureAgreementKind {
  if (kind === 'wage') return 'wage-agreement';
  if (kind === 'other') return 'collective-contract';
  return 'special-contract';
}
