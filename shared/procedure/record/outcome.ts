// From the draft to the end of the term (rules.md §1.4–1.7): the draft and its clauses, the congress
// vote, signing, filing and review, publication, the term, renewal, and disputes before the bureau.
import { z } from 'zod';
import { countField, isoDateField, optionalDate, sideField, text } from './fields';

/** The required clauses of a wage agreement, in the order of WCM 7 (一)–(九) (CNT-07). */
export const wageClauseKeys = [
  'term', // (一) 工资协议的期限
  'wage-system', // (二) 工资分配制度、工资标准和工资分配形式
  'annual-wage', // (三) 职工年度平均工资水平及其调整幅度
  'bonuses', // (四) 奖金、津贴、补贴等分配办法
  'payment', // (五) 工资支付办法
  'change-procedure', // (六) 变更、解除工资协议的程序
  'termination', // (七) 工资协议的终止条件
  'breach', // (八) 工资协议的违约责任
  'other', // (九) 双方认为应当协商约定的其他事项
] as const;
export type WageClauseKey = (typeof wageClauseKeys)[number];

export const baseWageSchema = z.strictObject({
  /** Which post or grade, e.g. 一线职工. */
  label: z.string().trim().min(1).max(100),
  /** 分 per month, gross (Fujian's minimum includes the worker's own social insurance: rules.md §0.6). */
  monthlyFen: z.number().int().positive().max(1e10),
  /** From when it applies; when null, the term's first day. */
  from: optionalDate,
});

export const draftSchema = z.strictObject({
  /** WCM 20: the employer prepares the text of a wage agreement. */
  preparedBy: sideField.nullable().default(null),
  clauses: z.array(z.enum(wageClauseKeys)).max(wageClauseKeys.length).default([]),
  baseWages: z.array(baseWageSchema).max(200).default([]),
  text: text(100_000),
});

/** 职工代表大会 or 职工大会 (RAT-01..05): one sitting; a failed draft comes back as a later vote. */
export const voteSchema = z
  .strictObject({
    date: isoDateField,
    body: z.enum(['workers_congress', 'all_workers_meeting']),
    /** All representatives (congress) or all workers (meeting): the denominator of RAT-02 and RAT-03. */
    total: z.number().int().min(1).max(1_000_000),
    present: countField,
    for: countField,
    against: countField,
    abstaining: countField,
    method: z.enum(['secret_ballot', 'show_of_hands']),
    itemByItem: z.boolean().default(false),
    /** A written resolution (决议) was made (Fujian, RAT-05). */
    resolutionWritten: z.boolean().default(false),
  })
  .refine((v) => v.present <= v.total, { message: 'more present than the total', path: ['present'] })
  .refine((v) => v.for + v.against + v.abstaining <= v.present, { message: 'more votes than people present', path: ['for'] });
export type Vote = z.output<typeof voteSchema>;

/** SIG-01: both chiefs sign, and a wage agreement is formed on signature and seal (WCM 20). */
export const signingSchema = z.strictObject({
  date: isoDateField,
  chiefsSigned: z.strictObject({ workers: z.boolean(), employer: z.boolean() }),
  seals: z.strictObject({ workers: z.boolean().default(false), employer: z.boolean().default(false) }).default({ workers: false, employer: false }),
});

/** FIL-01, REV-02, EFF-01: filing with the labour administration and its review. */
export const filingSchema = z.strictObject({
  submittedAt: optionalDate,
  copies: countField.default(0),
  /** A wage agreement is filed with an explanatory note (WCM 21). */
  explanatoryNote: z.boolean().default(false),
  receivedAt: optionalDate,
  /** 《审查意见书》 (REV-02); null when none came. */
  objection: z.strictObject({ receivedAt: isoDateField, text: text(4000) }).nullable().default(null),
});

export const publicationSchema = z.strictObject({ date: isoDateField, method: text(200) });

export const termSchema = z
  .strictObject({ from: isoDateField, to: isoDateField })
  .refine((t) => t.from <= t.to, { message: 'the term ends before it starts', path: ['to'] });

/** TRM-03 and OFR-05: the next round, requested and, once done, signed. */
export const renewalSchema = z.strictObject({
  requestedAt: optionalDate,
  nextAgreementSignedAt: optionalDate,
  note: text(500),
});

/** DSP-01: a dispute during talks, handled by the labour administration (CCR 49–54). */
export const disputeSchema = z.strictObject({
  appliedAt: isoDateField,
  acceptedAt: optionalDate,
  /** The 30 days were extended (by at most 15, CCR 52). */
  extended: z.boolean().default(false),
  resolvedAt: optionalDate,
  note: text(1000),
});
