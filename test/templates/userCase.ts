// Cases a user of the app would make, not the sample: a new enterprise with nothing agreed yet, and a
// complete round of another enterprise in another province with its own figures and its own minimum-wage
// table. They go through caseFileParse like any file, so the tests read them as the app does.
import { type CaseFile, CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFileInput, caseFileParse } from '../../shared/case/caseFile';
import type { RoundInput } from '../../shared/case/round';
import { roundBlank } from '../../shared/case/roundNew';
import type { RoundId } from '../../shared/case/round';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { MINIMUM_WAGE_FILE_FORMAT, MINIMUM_WAGE_FILE_VERSION } from '../../shared/regions/minimumWageFile';

export function creditCodeOf(first17: string): string {
  return first17 + creditCodeCheckChar(first17)!;
}

export function caseFileOf(input: CaseFileInput): CaseFile {
  const parsed = caseFileParse(input);
  if (!parsed.ok) throw new Error(`${parsed.error.code} at ${String(parsed.error.params?.field)}: ${parsed.error.message}`);
  return parsed.value;
}

/** A new enterprise in 广州市天河区 with both chiefs among its people and a blank wage round. */
export function emptyUserCase(): CaseFileInput {
  const enterprise = {
    name: '广州南岭电子有限公司',
    creditCode: creditCodeOf('91440106MA5C00001'),
    regionCode: '440106',
    headcount: 80,
    legalRepresentative: '梁志远',
    unionChair: '何秀英',
  };
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    enterprise,
    people: [
      { id: 'p1', name: '何秀英', side: 'workers', role: 'chief', post: '工会主席' },
      { id: 'p2', name: '梁志远', side: 'employer', role: 'chief', post: '总经理', hasAuthorization: true },
    ],
    round: roundBlank({ id: 'r-2027' as RoundId, title: '2027年工资集体协商', kind: 'wage', enterprise }),
  };
}

export const userWages = { first: 260_000, raised: 275_000, minimum: 249_000, redPacket: 60_000, wageBill: 936_000_000 } as const;

/** The scenario the parties agreed: 2,600 from January 2027, 2,750 from July. */
export function userScenario(raised: number = userWages.raised): NonNullable<RoundInput['wage']>['scenarios'][number] {
  return {
    name: '协商一致方案',
    wages: [
      { quarter: '2027-Q1', kind: 'amount', amountFen: userWages.first },
      { quarter: '2027-Q3', kind: 'amount', amountFen: raised },
    ],
  };
}

/** A complete wage round of an enterprise in 杭州市西湖区 (浙江), with its own minimum-wage table. */
export function completeUserCase(raised: number = userWages.raised): CaseFileInput {
  const enterprise = {
    name: '杭州青禾纺织有限公司',
    creditCode: creditCodeOf('91330106MA2H00002'),
    regionCode: '330106',
    industry: '纺织业',
    headcount: 300,
    address: '浙江省杭州市西湖区文三路100号',
    legalRepresentative: '周立新',
    unionName: '杭州青禾纺织有限公司工会',
    unionChair: '沈玉梅',
    witnessFederation: '杭州市西湖区总工会',
  };
  const round: RoundInput = {
    id: 'qh-2027',
    title: '2027年度工资集体协商',
    kind: 'wage',
    wage: {
      regionCode: '330106',
      baseQuarter: '2026-Q4',
      output: { kind: 'qoq', changesBp: [300, 200, 400, 100] },
      headcount: ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((quarter) => ({ quarter, working: 300 })),
      scenarios: [userScenario(raised), { name: '企业方报价', wages: [{ quarter: '2027-Q1', kind: 'amount', amountFen: 255_000 }] }],
    },
    agreed: { kind: 'scenario', scenario: '协商一致方案' },
    terms: [
      {
        id: 'qh2027.midAutumn', kind: 'bonus', title: '中秋节慰问金', amountFen: userWages.redPacket, dueDate: '2027-09-10',
        eligibility: { description: '在岗职工' },
      },
    ],
    procedure: {
      kind: 'wage-agreement',
      regionCode: '330106',
      term: { from: '2027-01-01', to: '2027-12-31' },
      signing: { date: '2026-12-20', chiefsSigned: { workers: true, employer: true } },
    },
    details: {
      signingPlace: '公司二楼会议室',
      labourAuthority: '杭州市西湖区人力资源和社会保障局',
      payday: 10,
      annualWageBillFen: userWages.wageBill,
    },
  };
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    enterprise,
    people: [
      { id: 'w1', name: '沈玉梅', side: 'workers', role: 'chief', post: '工会主席' },
      { id: 'w2', name: '陆海波', side: 'workers', role: 'member', post: '挡车工' },
      { id: 'e1', name: '周立新', side: 'employer', role: 'chief', post: '总经理' },
      { id: 'e2', name: '方静', side: 'employer', role: 'member', post: '人事经理' },
    ],
    round,
    // The user's own table: the shipped data has none for 浙江.
    minimumWage: {
      format: MINIMUM_WAGE_FILE_FORMAT,
      version: MINIMUM_WAGE_FILE_VERSION,
      // From the agreement's year: the user's table is then the latest in force, over the shipped 2026 one.
      tables: [{ region: '33', effectiveFrom: '2027-01-01', basis: '浙江省最低工资标准（用户录入）', monthlyFen: { 1: userWages.minimum, 2: 226_000 }, hourlyFen: { 1: 2_400, 2: 2_200 } }],
      assignments: [{ regionCode: '330106', tier: 1, effectiveFrom: '2025-01-01' }],
    },
  };
}
