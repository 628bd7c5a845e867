// A user's own case file that is not the sample: a Hangzhou (西湖区, 330106) garment maker's 2022 wage
// round, with its own people, three scenarios (one marked agreed), terms of four kinds, a procedure from
// the request to the signing, and its own minimum-wage table (the shipped data has no Zhejiang table).
// Figures are made up for the tests; the minimum wage follows Zhejiang's 2021 tiers but is marked
// unverified, as a user would enter it.
import { strFromU8, unzipSync } from 'fflate';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFileInput } from '../../shared/case/caseFile';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { type ProcedureRecordInput, wageClauseKeys } from '../../shared/procedure/record';

const first17 = '91330106MA2KXE3R4';
export const zhejiangCreditCode = first17 + creditCodeCheckChar(first17)!;
export const zhejiangName = '杭州云溪丝绸服饰有限公司';
const PLACE = '公司行政楼二楼会议室';

/** The agreed scenario's wages, 分 a month: from the term's start, and from 2022-Q3. */
export const zhejiangWages = { first: 243_600, second: 248_800 } as const;
/** The year-middle bonus, 分 per worker. */
export const zhejiangBonusFen = 88_000;

const people = [
  { id: 'zj-p1', name: '沈佳怡', side: 'workers', role: 'chief', post: '工会主席' },
  { id: 'zj-p2', name: '陆文斌', side: 'workers', role: 'member', post: '缝制车间班组长' },
  { id: 'zj-p3', name: '何晓燕', side: 'workers', role: 'member', post: '质检员' },
  { id: 'zj-p4', name: '钱志远', side: 'employer', role: 'chief', post: '总经理' },
  { id: 'zj-p5', name: '孙丽华', side: 'employer', role: 'member', post: '人力资源部经理' },
  { id: 'zj-p6', name: '杨国栋', side: 'employer', role: 'member', post: '财务部经理' },
  { id: 'zj-p7', name: '吴静', side: 'neutral', role: 'recorder', post: '行政专员' },
] as const;

const QUARTERS = ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'] as const;

function procedure(): ProcedureRecordInput {
  const [w1, w2, w3, e1, e2, e3, recorder] = people;
  type Rep = NonNullable<ProcedureRecordInput['representatives']>[number];
  const rep = (p: (typeof people)[number], extra: Pick<Rep, 'role' | 'chosenBy'> & Partial<Rep>): Rep => ({ personId: p.id, name: p.name, side: p.side as Rep['side'], ...extra });
  const attendees = [w1, w2, w3, e1, e2, e3].map((p) => p.id);
  return {
    title: '2022年度工资专项集体合同',
    enterpriseName: zhejiangName,
    kind: 'wage-agreement' as const,
    regionCode: '330106',
    representatives: [
      rep(w1, { role: 'chief', isUnionChair: true, chosenBy: 'union' }),
      rep(w2, { role: 'member', chosenBy: 'union' }),
      rep(w3, { role: 'member', chosenBy: 'union' }),
      rep(e1, { role: 'chief', isLegalRepresentative: true, chosenBy: 'appointment' }),
      rep(e2, { role: 'member', chosenBy: 'appointment' }),
      rep(e3, { role: 'member', chosenBy: 'appointment' }),
    ],
    workerRepresentativesApproval: { body: 'union' as const, date: '2022-01-04' },
    recorder: { personId: recorder.id, name: recorder.name, chosenJointly: true, confidentiality: true },
    request: {
      from: 'workers' as const, sentAt: '2022-01-05', receivedAt: '2022-01-05', written: true,
      time: '2022年1月18日下午2时', place: PLACE,
      content: '2022年度职工基本工资调整、年中生产奖、探亲路费补贴和国庆节加班安排',
    },
    reply: { repliedAt: '2022-01-10', written: true, accepted: true },
    meetings: [
      {
        date: '2022-01-18', place: PLACE, chair: 'workers' as const, attendees,
        minutes: {
          recorderId: recorder.id,
          items: [{ topic: '职工基本工资', workersAsk: '每月 2520 元', employerOffer: '每月 2350 元', status: 'open' as const }],
          text: '双方交换了工资调整意见，约定一周后再次协商。',
        },
      },
      {
        date: '2022-01-25', place: PLACE, chair: 'employer' as const, attendees,
        minutes: {
          recorderId: recorder.id,
          items: [
            { topic: '职工基本工资', workersAsk: '每月 2520 元', employerOffer: '3月起每月 2436 元，7月起每月 2488 元', status: 'agreed' as const },
            { topic: '年中生产奖', workersAsk: '每人 880 元', employerOffer: '同意', status: 'agreed' as const },
          ],
          text: '双方就基本工资和各项补贴达成一致，形成协议草案，提交职工代表大会审议。',
        },
      },
    ],
    draft: { preparedBy: 'employer' as const, clauses: [...wageClauseKeys], baseWages: [{ label: '全体职工', monthlyFen: zhejiangWages.first }], text: '' },
    votes: [{ date: '2022-02-15', body: 'workers_congress' as const, total: 52, present: 48, for: 45, against: 2, abstaining: 1, method: 'secret_ballot' as const, itemByItem: true, resolutionWritten: true }],
    signing: { date: '2022-02-18', chiefsSigned: { workers: true, employer: true }, seals: { workers: true, employer: true } },
    term: { from: '2022-03-01', to: '2023-02-28' },
  };
}

function wage() {
  return {
    title: '2022年度工资测算',
    regionCode: '330106',
    baseQuarter: '2021-Q4',
    output: { kind: 'qoq' as const, baseValueFen: 4_200_000_000, changesBp: [300, 500, -200, 400] },
    headcount: QUARTERS.map((quarter) => ({ quarter, working: 260 })),
    scenarios: [
      { name: '企业方报价', wages: [{ quarter: '2022-Q1', kind: 'amount' as const, amountFen: 235_000 }] },
      { name: '职工方要求', wages: [{ quarter: '2022-Q1', kind: 'amount' as const, amountFen: 252_000 }] },
      {
        name: '议定方案',
        wages: [
          { quarter: '2022-Q1', kind: 'amount' as const, amountFen: zhejiangWages.first },
          { quarter: '2022-Q3', kind: 'amount' as const, amountFen: zhejiangWages.second },
        ],
      },
    ],
    offerFen: 235_000,
    askFen: 252_000,
  };
}

function terms() {
  const common = { agreement: '2022年度工资专项集体合同' };
  return [
    { ...common, id: 'zj2022.midYearBonus', kind: 'bonus' as const, title: '年中生产奖', amountFen: zhejiangBonusFen, dueDate: '2022-07-20' },
    { ...common, id: 'zj2022.homeVisit', kind: 'travel_subsidy' as const, title: '探亲路费补贴', rule: { kind: 'fixed' as const, amountFen: 66_600 }, dueDate: '2023-01-10', eligibility: { description: '外省户籍职工' } },
    { ...common, id: 'zj2022.nationalDay', kind: 'overtime_premium' as const, title: '国庆节加班工资', monthlyBaseFen: zhejiangWages.second, from: '2022-10-01', to: '2022-10-07', dueDate: '2022-11-10' },
    {
      ...common, id: 'zj2022.staffRoom', kind: 'commitment' as const, area: 'participation' as const, title: '职工之家和母婴室',
      description: '2022年底前建成职工之家和母婴室', amountFen: 3_500_000, dueDate: '2022-12-31',
    },
  ];
}

/** The case file as the app would export it (every optional part left out that a user would leave out). */
export function zhejiangCaseFile(): CaseFileInput {
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    enterprise: {
      name: zhejiangName,
      creditCode: zhejiangCreditCode,
      regionCode: '330106',
      industry: '纺织服装、服饰业',
      headcount: 260,
      address: '浙江省杭州市西湖区紫荆花路88号',
      economicType: '有限责任公司',
      legalRepresentative: '钱志远',
      unionName: `${zhejiangName}工会`,
      unionChair: '沈佳怡',
      witnessFederation: '杭州市西湖区总工会',
    },
    people: people.map((p) => ({ ...p })),
    round: {
      id: 'zj-2022-1',
      title: '2022年度工资专项集体合同',
      kind: 'wage',
      wage: wage(),
      agreed: { kind: 'scenario', scenario: '议定方案' },
      terms: terms(),
      procedure: procedure(),
      details: {
        signingPlace: PLACE,
        labourAuthority: '杭州市西湖区人力资源和社会保障局',
        payday: 10,
        congressPlace: '公司行政楼一楼报告厅',
      },
    },
    minimumWage: {
      format: 'wagedesk.minimumWage',
      version: 1,
      tables: [
        {
          region: '33',
          effectiveFrom: '2021-08-01',
          basis: '浙江省最低工资标准（用户录入）',
          monthlyFen: { '1': 228_000, '2': 207_000, '3': 184_000 },
          hourlyFen: { '1': 2_200, '2': 2_000, '3': 1_800 },
        },
      ],
      assignments: [{ regionCode: '330106', tier: 1, effectiveFrom: '2021-08-01' }],
    },
  };
}

export const zhejiangCaseText = (): string => `${JSON.stringify(zhejiangCaseFile(), null, 2)}\n`;

/** The text of a .docx's word/document.xml (or another part, e.g. a header), tags stripped. */
export function docxText(bytes: Uint8Array, part: RegExp = /^word\/document\.xml$/): string {
  const parts = Object.entries(unzipSync(bytes)).filter(([name]) => part.test(name));
  if (parts.length === 0) throw new Error(`no part ${part.source}`);
  return parts.map(([, xml]) => strFromU8(xml).replace(/<[^>]+>/g, '')).join('');
}

/** The headers of a .docx, where the draft mark is. */
export const docxHeaders = /^word\/header\d*\.xml$/;
