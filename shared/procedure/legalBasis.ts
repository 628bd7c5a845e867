// The statutes an agreement's preamble cites (rules.md §2.1 preamble): the national ones, then the
// province's own regulation on collective contracts where one is known. Regional data, not a constant in a
// template: a province missing here simply cites the national statutes.

/** National statutes every wage agreement rests on. */
export const nationalWageLegalBasis: readonly string[] = ['中华人民共和国劳动法', '中华人民共和国劳动合同法', '中华人民共和国工会法', '集体合同规定', '工资集体协商试行办法'];

export interface ProvincialRegulation {
  /** GB/T 2260 province prefix. */
  readonly province: string;
  readonly title: string;
  readonly passed: string;
  /** rules.md: [P] (reported in a news report and a commentary, text not read). */
  readonly verified: boolean;
}

export const provincialCollectiveContractRegulations: readonly ProvincialRegulation[] = [
  { province: '35', title: '福建省企业集体协商和集体合同条例', passed: '2010-11-29', verified: false },
];

/** The statutes a wage agreement in `regionCode` cites: the national ones and the province's regulation. */
export function wageLegalBasisFor(regionCode: string, regulations: readonly ProvincialRegulation[] = provincialCollectiveContractRegulations): string[] {
  const own = regulations.filter((r) => regionCode.startsWith(r.province)).map((r) => r.title);
  return [...nationalWageLegalBasis, ...own];
}
