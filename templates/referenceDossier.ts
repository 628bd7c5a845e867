// The reference case's dossier around the wage agreement (request, minutes, congress resolution, filing
// cover) and its two special agreements (occupational health, women workers). Everything the report does
// not give (dates, the vote, speeches) is a placeholder, listed in `assumptions`.
import { isoDate } from '../shared/dates/isoDate';
import { fenFromYuan } from '../shared/money/fen';
import referenceCase from '../shared/sample/referenceCase.json';
import { referenceDates } from './referenceDates';
import type { CaseViewModel, PartiesView, ViewAssumption, WageAgreementView } from './viewModel';

type DossierViews = Pick<CaseViewModel, 'requestLetter' | 'congressResolution' | 'filingCover' | 'ohsAgreement' | 'womenWorkers' | 'meetingMinutes'>;

const MEETING_PLACE = '企业会议室';

/** "2,000,000 CNY" in the report's commitments list → 分. */
function automationInvestment(): ReturnType<typeof fenFromYuan> {
  const line = referenceCase.other_commitments.find((c) => c.includes('automate')) ?? '';
  const match = /([\d,]+) CNY/.exec(line);
  return fenFromYuan(match ? Number(match[1]!.replaceAll(',', '')) : 0);
}

export function referenceDossier(parties: PartiesView, wage: WageAgreementView): { views: DossierViews; assumptions: ViewAssumption[] } {
  const sf = referenceCase.spring_festival_2021_terms;
  const agreementTitle = `${parties.enterprise.name}${wage.yearLabel}${wage.title}`;
  const womenTerm = { from: isoDate('2021-01-01'), to: isoDate('2021-12-31') };
  const views: DossierViews = {
    requestLetter: {
      parties,
      fromSide: 'workers',
      date: referenceDates.request,
      meetingDate: referenceDates.meeting,
      meetingTime: '上午9:00',
      meetingPlace: `${parties.enterprise.name}${MEETING_PLACE}`,
      topics: ['2021年春节期间留厂职工的加班工资、春节红包和春节假期调休安排；', '春节后错峰返乡职工的交通补贴；', '春节后职工月基本工资标准的调整；', '工资支付办法及其他需要协商的事项。'],
      replyDays: 15,
      contact: `${parties.unionChair}（${parties.unionName}）`,
    },
    meetingMinutes: {
      parties,
      sequence: 1,
      topic: '2021年春节稳岗留工及春节后工资调整',
      date: referenceDates.meeting,
      time: '上午9:00',
      place: `${parties.enterprise.name}${MEETING_PLACE}`,
      chair: `${parties.workers.chief.name}（职工方首席代表）`,
      agenda: ['宣布会议议程和纪律；', '职工方提出协商要求，企业方作出回应；', '双方就各项议题进行协商；', '双方首席代表归纳协商意见。'],
      points: [
        { side: 'workers', speaker: parties.workers.chief.name, text: `春节期间留厂职工每人发放红包${sf.red_packet_per_worker_staying_cny}元，春节期间加班按法定标准支付加班工资，春节后错峰返乡的职工报销返乡车费，留厂职工的春节假期可在年内其他时间带薪休假，春节后月基本工资调整为${sf.monthly_base_wage_after_festival_cny}元。` },
        { side: 'employer', speaker: parties.employer.chief.name, text: '订单已恢复，春节期间需要连续生产，同意职工方提出的各项要求，请工会协助做好留厂职工的组织和安全工作。' },
      ],
      agreed: [
        `春节期间留厂工作的职工每人发放春节红包${sf.red_packet_per_worker_staying_cny}元；`,
        '春节法定休假日安排工作的，按法定标准支付加班工资；',
        `春节后错峰返乡的职工按车票票价的${sf.return_travel_subsidy_pct_of_fare}%发给交通补贴；`,
        '留厂职工的春节假期可调整到年内其他时间带薪休假；',
        `春节后职工月基本工资调整为${sf.monthly_base_wage_after_festival_cny}元。`,
      ],
      open: [],
    },
    congressResolution: {
      parties,
      body: '职工代表大会',
      session: '2021年第一次职工代表大会',
      date: referenceDates.congress,
      place: `${parties.enterprise.name}${MEETING_PLACE}`,
      agreementTitle,
      method: '无记名投票',
      vote: { total: null, present: null, votesFor: null, votesAgainst: null, abstentions: null },
    },
    filingCover: {
      parties,
      agreementTitle,
      agreementKind: '工资专项集体合同',
      term: wage.term,
      signingDate: wage.signingDate,
      workersCovered: parties.enterprise.headcount,
      congressDate: referenceDates.congress,
      voteSummary: null,
      submitDate: referenceDates.filing,
      filingDays: wage.filingDays,
      attachments: ['合同文本一式三份', '合同订立情况说明', '职工代表大会决议', '双方协商代表名单及授权委托书', '工资集体协商要约书及回应书', '协商会议记录'],
    },
    ohsAgreement: {
      parties,
      title: '劳动安全卫生（职业病防治）专项集体合同',
      legalBasis: ['中华人民共和国劳动法', '中华人民共和国职业病防治法', '集体合同规定'],
      term: womenTerm,
      hazards: ['合成革生产线有机溶剂挥发产生的有害气体；', '其他危害因素以职业病危害因素检测结果为准。'],
      commitments: [
        { text: '自动化生产线改造，降低职工劳动强度', amount: automationInvestment(), deadline: isoDate('2021-12-31') },
        { text: '在生产线周围加装封闭式玻璃隔离罩，减少有机溶剂气体外逸（职工提出的建议）', amount: null, deadline: null },
        { text: '邀请职工代表参与编写本企业劳动保护操作规程', amount: null, deadline: null },
      ],
      hazardAllowance: null,
      signingDate: null,
    },
    womenWorkers: {
      parties,
      title: '女职工权益保护专项集体合同',
      legalBasis: ['中华人民共和国劳动法', '中华人民共和国妇女权益保障法', '女职工劳动保护特别规定', '集体合同规定'],
      term: womenTerm,
      signingDate: null,
      extras: [],
    },
  };
  const assumptions: ViewAssumption[] = [
    { field: 'requestLetter', note: 'Not reported: the request date, the meeting time and place, and the 15-day reply period (Fujian) are assumed.' },
    { field: 'meetingMinutes.points', note: 'Not reported: who said what is reconstructed from the terms the report says were agreed.' },
    { field: 'congressResolution.vote', note: 'Not reported: the counts are left blank; the date and the secret ballot are assumed.' },
    { field: 'filingCover.workersCovered', note: 'The placeholder headcount of the sample enterprise.' },
    { field: 'ohsAgreement', note: 'The 2020 occupational-disease contract was signed for the zone’s industry; this enterprise-level text, its 2021 term and the automation deadline are assumed. Hazards other than solvent fumes are not reported.' },
    { field: 'womenWorkers', note: 'Nothing reported: statutory terms only, for 2021.' },
  ];
  return { views, assumptions };
}
