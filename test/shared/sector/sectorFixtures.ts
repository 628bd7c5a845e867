// Sector agreements and members for the tests: five members of a synthetic-leather sector in two Fujian
// counties (福鼎市 tier 3 and 霞浦县 tier 4 of the 2020 table), with credit codes made valid here.
import { creditCodeCheckChar } from '../../../shared/enterprise/creditCode';
import { sectorAgreementSchema, type SectorAgreement, type SectorAgreementInput, type SectorMemberInput } from '../../../shared/sector';

export function creditCode(n: number): string {
  const first = `91350982MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
}

export const FUDING = '350982';
export const XIAPU = '350921';

export const members: SectorMemberInput[] = [
  { creditCode: creditCode(1), name: '甲合成革有限公司', regionCode: FUDING, headcount: 300, annualOutputFen: 12_000_000_000, baseWageFen: 170_000 },
  { creditCode: creditCode(2), name: '乙合成革有限公司', regionCode: FUDING, headcount: 120, annualOutputFen: null, baseWageFen: 165_000 },
  { creditCode: creditCode(3), name: '丙革业有限公司', regionCode: XIAPU, headcount: 80, annualOutputFen: 2_000_000_000, baseWageFen: null },
  { creditCode: creditCode(4), name: '丁新材料有限公司', regionCode: XIAPU, headcount: 50, annualOutputFen: 1_000_000_000, baseWageFen: 150_000 },
  { creditCode: creditCode(5), name: '戊革基布有限公司', regionCode: XIAPU, headcount: 40, annualOutputFen: null, baseWageFen: null },
];

export function sector(over: Partial<SectorAgreementInput> = {}): SectorAgreement {
  return sectorAgreementSchema.parse({
    id: 'longan-2020',
    kind: 'sector',
    title: '龙安开发区合成革行业工资专项集体合同',
    scope: '合成革',
    workersParty: { name: '福鼎市龙安开发区工会联合会', chief: '林某' },
    employersParty: { name: '福鼎市合成革行业协会', chief: '陈某' },
    term: { from: '2020-07-01', to: '2020-12-31' },
    members,
    standards: {
      // 霞浦's sector minimum sits below its legal floor (1420 元, tier 4): the legal floor wins there.
      minimums: [{ regionCode: FUDING, monthlyFen: 160_000 }, { regionCode: XIAPU, monthlyFen: 140_000 }],
      raiseRange: { minBp: 300, maxBp: 800 },
      healthCommitments: [{ text: '配备有机溶剂防护用品', deadline: '2020-12-31' }],
    },
    ...over,
  });
}
