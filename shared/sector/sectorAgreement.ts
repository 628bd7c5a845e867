// A sector (行业性) or regional (区域性) wage agreement (劳动合同法 art. 53): a federation or sector union
// bargains for the workers of many member enterprises with an employers' association or the members'
// representatives, and the standards it sets bind every member (art. 54). The members' own rounds and the
// figures in the federation's registry are checked against it (memberCheck.ts). Money in 分, rates in bp.
import { z } from 'zod';
import { creditCodeField, personInput } from '../enterprise/model';
import { procedureRecordSchema } from '../procedure/record';
import { fenField, fenPositiveField, isoDateField } from '../roster/fields';
import { bp } from '../money/rate';
import { signatureEd25519Schema } from '../bundle/signature';
import { resultErr, resultOk, type Result } from '../result';

export const sectorKinds = ['sector', 'regional'] as const;
export type SectorKind = (typeof sectorKinds)[number];

const line = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');
const countyCode = z.string().regex(/^\d{6}$/, 'validation.regionCode');
const workers = z.number().int('validation.integer').min(0, 'validation.nonNegative').max(1_000_000, 'validation.tooLarge');
const bpField = z.number().int('validation.integer').min(-10_000).max(1_000_000).transform(bp);

/** One member enterprise as the sector round lists it (the annex of the agreement). */
export const sectorMemberSchema = z.strictObject({
  creditCode: creditCodeField,
  name: line(200),
  /** GB/T 2260 county-level code: which county's legal floor and sector minimum apply. */
  regionCode: countyCode,
  headcount: workers,
  /** Yearly output (产值), when the member gave it: the sector scenario's labour-cost share needs it. */
  annualOutputFen: fenPositiveField.nullable().default(null),
  /** The member's current monthly base wage, when known: the sector scenario raises it. */
  baseWageFen: fenPositiveField.nullable().default(null),
});
export type SectorMember = z.output<typeof sectorMemberSchema>;
export type SectorMemberInput = z.input<typeof sectorMemberSchema>;

/** A sector minimum wage for the members in one county (members may span several counties). */
export const sectorMinimumSchema = z.strictObject({ regionCode: countyCode, monthlyFen: fenPositiveField });

/** 劳动定额 and 计件单价 for one job. */
export const sectorQuotaSchema = z.strictObject({
  job: line(100),
  /** The quota in its own words, e.g. 每班 8 小时 1200 米. */
  quota: text(200),
  /** 分 per unit; null: time-rated job. */
  pieceRateFen: fenField.nullable().default(null),
  unit: text(20),
});

/** An occupational-health commitment and the day it must be met by. */
export const sectorHealthCommitmentSchema = z.strictObject({ text: line(500), deadline: isoDateField });

export const sectorStandardsSchema = z.strictObject({
  minimums: z.array(sectorMinimumSchema).max(200).default([]),
  /** The yearly raise every member's own agreement must fall within; null: not agreed. */
  raiseRange: z
    .strictObject({ minBp: bpField, maxBp: bpField })
    .refine((r) => r.minBp <= r.maxBp, { message: 'sector.validation.raiseRangeReversed', path: ['maxBp'] })
    .nullable()
    .default(null),
  quotas: z.array(sectorQuotaSchema).max(200).default([]),
  overtimeRules: z.array(line(500)).max(50).default([]),
  restRules: z.array(line(500)).max(50).default([]),
  healthCommitments: z.array(sectorHealthCommitmentSchema).max(100).default([]),
});
export type SectorStandards = z.output<typeof sectorStandardsSchema>;

/**
 * One of the round's representatives (or its recorder), shaped as an enterprise's Person record, with the
 * member enterprise they come from when they sit for one (an employers' side of members' representatives).
 */
export const sectorPersonSchema = personInput.safeExtend({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'sector.validation.id'),
  /** The member's credit code; null: the federation's, the association's, or an outside expert. */
  memberCreditCode: z.string().nullable().default(null),
});
export type SectorPerson = z.output<typeof sectorPersonSchema>;
export type SectorPersonInput = z.input<typeof sectorPersonSchema>;

const partySchema = z.strictObject({ name: line(100), chief: text(50) });

export const sectorAgreementSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'sector.validation.id'),
    kind: z.enum(sectorKinds),
    title: line(200),
    /** The industry (行业) or the area (区域), e.g. 合成革 or 龙安开发区. */
    scope: line(100),
    /** The federation or sector union. */
    workersParty: partySchema,
    /** An employers' association, or the members' representatives when there is none. */
    employersParty: partySchema.safeExtend({ kind: z.enum(['association', 'representatives']).default('association') }),
    term: z.strictObject({ from: isoDateField, to: isoDateField }),
    members: z.array(sectorMemberSchema).max(500).default([]),
    standards: sectorStandardsSchema.prefault({}),
    /** Adopted by the workers' congress or the members' delegates' meeting on this day; null until then. */
    adoptedAt: isoDateField.nullable().default(null),
    signedAt: isoDateField.nullable().default(null),
    /** SHA-256 of the agreement as signed (sectorFingerprint.ts): set when it is signed and frozen. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
    /**
     * The document as printed when it was signed (templates' frozen document: title and blocks), so the
     * signed text never changes when a template or the legal floors are updated. Its shape is checked where
     * it is drawn (templates/agreement/documentSchema.ts); null while unsigned, and on agreements signed
     * before the text was stored.
     */
    frozenDocument: z.json().nullable().default(null),
    /** Ed25519 signatures over the fingerprint (a witness, e.g. the federation's key), added after signing. */
    signatures: z.array(signatureEd25519Schema).max(20).default([]),
    /**
     * The representatives of both sides and the recorder, and the procedure record of the round. Both go on
     * after signing (filing, review, publication), so neither is part of the signed agreement: the
     * fingerprint leaves them out, and they are saved on their own (sectorRepo.saveProcedure).
     */
    people: z.array(sectorPersonSchema).max(200).default([]),
    procedure: procedureRecordSchema.nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.term.to < a.term.from) ctx.addIssue({ code: 'custom', path: ['term', 'to'], message: 'sector.validation.periodReversed' });
    const seen = new Set<string>();
    a.members.forEach((m, i) => {
      if (seen.has(m.creditCode)) ctx.addIssue({ code: 'custom', path: ['members', i, 'creditCode'], message: 'sector.validation.memberTwice' });
      seen.add(m.creditCode);
    });
    if (a.frozenDocument !== null && a.fingerprint === null) ctx.addIssue({ code: 'custom', path: ['frozenDocument'], message: 'sector.validation.frozenUnsigned' });
    const ids = new Set<string>();
    a.people.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['people', i, 'id'], message: 'sector.validation.personTwice' });
      ids.add(p.id);
      if (p.memberCreditCode !== null && !a.members.some((m) => m.creditCode === p.memberCreditCode)) ctx.addIssue({ code: 'custom', path: ['people', i, 'memberCreditCode'], message: 'sector.validation.personMemberUnknown' });
    });
    const counties = new Set<string>();
    a.standards.minimums.forEach((m, i) => {
      if (counties.has(m.regionCode)) ctx.addIssue({ code: 'custom', path: ['standards', 'minimums', i, 'regionCode'], message: 'sector.validation.minimumTwice' });
      counties.add(m.regionCode);
    });
  });

/** A sector agreement as stored and used: defaults filled in, money and dates branded. */
export type SectorAgreement = z.output<typeof sectorAgreementSchema>;
export type SectorAgreementInput = z.input<typeof sectorAgreementSchema>;

/** The file the command line reads: one sector agreement, or several (successive terms). */
export const sectorFileSchema = z.union([sectorAgreementSchema.transform((a) => [a]), z.array(sectorAgreementSchema).min(1).max(100)]);

/** A sector file's text, read. Errors: sector.notJson, sector.invalid (params.field: where, params.issue: what). */
export function sectorFileParseText(text: string): Result<SectorAgreement[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return resultErr('sector.notJson', 'not JSON');
  }
  const parsed = sectorFileSchema.safeParse(json);
  if (parsed.success) return resultOk(parsed.data);
  // The union reports both shapes; the issue deepest in the file names the field to fix.
  const issues = parsed.error.issues.flatMap((i) => (i.code === 'invalid_union' ? i.errors.flat() : [i]));
  const deepest = issues.reduce((a, b) => (b.path.length > a.path.length ? b : a), issues[0]!);
  return resultErr('sector.invalid', deepest.message, { field: deepest.path.join('.'), issue: deepest.message });
}
