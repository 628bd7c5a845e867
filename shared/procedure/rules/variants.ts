// Regional procedure settings that are not day counts. Day counts (Fujian's 15-day reply, 90-day renewal
// request, 60-day resubmission, yearly wage talks) live in the deadline table (deadlineRules.ts) and are
// computed with deadlineCompute; what remains is a requirement that a region adds, as data.

export const procedureVariantSettings = ['written-resolution'] as const;
export type ProcedureVariantSetting = (typeof procedureVariantSettings)[number];

export interface ProcedureVariant {
  readonly id: string;
  /** The rules.md id it belongs to. */
  readonly ruleId: string;
  /** GB/T 2260 prefix: '35' = Fujian. */
  readonly region: string;
  readonly setting: ProcedureVariantSetting;
  readonly source: string;
  readonly sourceZh: string;
  /** false when the article is only reported (rules.md [P]). */
  readonly verified: boolean;
}

export const procedureVariantsDefault: readonly ProcedureVariant[] = [
  {
    id: 'resolution.fujian', ruleId: 'RAT-05', region: '35', setting: 'written-resolution',
    source: 'FJ 20', sourceZh: '《福建省企业集体协商和集体合同条例》第二十条', verified: false,
  },
];

/** The most specific variant of `setting` that holds in the region, or undefined. */
export function procedureVariantFor(
  variants: readonly ProcedureVariant[],
  setting: ProcedureVariantSetting,
  regionCode: string,
): ProcedureVariant | undefined {
  return variants
    .filter((v) => v.setting === setting && regionCode.startsWith(v.region))
    .sort((a, b) => b.region.length - a.region.length)[0];
}
