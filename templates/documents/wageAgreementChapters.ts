// The fourteen chapters of a wage agreement (rules.md §2.1) with every clause WCM art 7 requires
// (CNT-07: 1 term, 2 wage system, 3 annual level, 4 bonuses and allowances, 5 payment, 6 change and
// termination procedure, 7 termination conditions, 8 breach, 9 other). Each chapter says which CNT-07
// items it covers, so a missing required clause is caught by documentCovers().
import { fenToCapitals } from '../../shared/money/capitals';
import { bp } from '../../shared/money/rate';
import type { Block, TableCell } from '../model';
import { amountText, dateText, percentText, yuanText } from '../text';
import type { BenefitView, CommitmentView, WageAgreementView } from '../viewModel';
import { type ArticleDraft, type ChapterDraft, article, articleWithItems, withTrailing } from './common';

/** The heading each CNT-07 item appears under; tests and the LibreOffice check look for these. */
export const wageAgreementClauseHeadings = {
  'CNT-07.1': '期限',
  'CNT-07.2': '工资分配制度',
  'CNT-07.3': '年度工资水平与调整',
  'CNT-07.4': '奖金、津贴、补贴',
  'CNT-07.5': '工资支付',
  'CNT-07.6': '变更、解除、终止',
  'CNT-07.7': '变更、解除、终止',
  'CNT-07.8': '违约责任',
  'CNT-07.9': '附则',
} as const;

/** CNT-07 items whose absence blocks the agreement (rules.md §1.8: B if 1, 3, 5 or 6 missing). */
export const wageAgreementRequiredClauses = ['CNT-07.1', 'CNT-07.3', 'CNT-07.5', 'CNT-07.6'] as const;

const wageRow = (label: string, appliesTo: string, amount: Parameters<typeof yuanText>[0]): TableCell[] => [
  { text: label },
  { text: appliesTo },
  { text: yuanText(amount), align: 'right' },
  { text: fenToCapitals(amount) },
];

function generalChapter(v: WageAgreementView): ChapterDraft {
  const e = v.parties.enterprise;
  return {
    title: '总则',
    articles: [
      article(`本合同适用于${e.name}及与其建立劳动关系的全体职工。`),
      article('本合同依法订立，对企业和全体职工具有约束力（《工资集体协商试行办法》第四条）。'),
      article('职工个人与企业订立的劳动合同中有关劳动报酬的标准，不得低于本合同的规定（《工资集体协商试行办法》第五条）。'),
    ],
  };
}

function payStructureChapter(v: WageAgreementView): ChapterDraft {
  return {
    title: '工资分配制度',
    covers: ['CNT-07.2'],
    articles: [
      article(`企业实行以岗位为基础的工资分配制度，职工工资由${v.wageStructure.join('、')}等部分构成。`),
      article(
        `企业根据生产经营特点实行${v.wageForms.join('、')}等工资形式。实行计件工资的，劳动定额应当合理，使职工在法定工作时间内提供正常劳动能够获得不低于当地最低工资标准的工资。`,
      ),
      withTrailing(article('本合同期内职工月基本工资标准如下：'), standardsTable(v)),
    ],
  };
}

function standardsTable(v: WageAgreementView): Block {
  return {
    kind: 'table',
    header: true,
    widths: [4, 2, 2, 4],
    rows: [
      [{ text: '适用期间', bold: true }, { text: '适用人员', bold: true }, { text: '月基本工资', bold: true }, { text: '大写', bold: true }],
      ...v.standards.map((s) => wageRow(`${s.period}（${dateText(s.from)}${s.to ? `至${dateText(s.to)}` : '起'}）`, s.appliesTo, s.monthly)),
    ],
  };
}

function minimumWageChapter(v: WageAgreementView): ChapterDraft {
  const m = v.minimumWage;
  const inclusion =
    m.includesSocialInsurance === null ? '' : m.includesSocialInsurance ? '该标准包含职工个人缴纳的社会保险费和住房公积金。' : '该标准不包含职工个人缴纳的社会保险费和住房公积金。';
  return {
    title: '最低工资',
    covers: ['CNT-07.2'],
    articles: [
      article(
        `本企业所在地${m.regionName}执行第${m.tier}档月最低工资标准${amountText(m.monthly)}（${m.basis}，${dateText(m.effectiveFrom)}起执行）。${inclusion}`,
        '职工在法定工作时间内提供了正常劳动的，企业支付的工资在剔除延长工作时间工资，中班、夜班、高温、低温、井下、有毒有害等特殊工作环境、条件下的津贴，以及法律法规和国家规定的劳动者福利待遇后，不得低于当地最低工资标准（《最低工资规定》第十二条）。',
      ),
      article('政府调整最低工资标准的，自新标准执行之日起，本合同中低于新标准的工资标准按新标准执行。'),
    ],
  };
}

function annualLevelChapter(v: WageAgreementView): ChapterDraft {
  const a = v.annual;
  const history = v.history;
  const last = history.at(-1);
  const previous = history.at(-2);
  const raise =
    last && previous && previous.monthly > 0
      ? article(
          `职工月基本工资由${yuanText(previous.monthly)}调整为${amountText(last.monthly)}，增长${percentText(bp(Math.round(((last.monthly - previous.monthly) * 10_000) / previous.monthly)))}。`,
        )
      : null;
  return {
    title: '年度工资水平与调整',
    covers: ['CNT-07.3'],
    articles: [
      a.wageBill !== null &&
        article(
          `${v.yearLabel}企业工资总额为${amountText(a.wageBill)}` +
            (a.averageWage === null ? '' : `，职工年平均工资为${amountText(a.averageWage)}`) +
            (a.averageGrowth === null ? '。' : `，比上年增长${percentText(a.averageGrowth)}。`),
        ),
      raise,
      history.length > 1 && withTrailing(article('双方历次工资集体协商确定的职工月基本工资如下：'), historyTable(v)),
      articleWithItems('确定本年度工资水平，双方综合考虑了下列因素（《工资集体协商试行办法》第八条）：', a.basis),
      article('合同期内，企业生产经营状况、居民消费价格指数或者政府发布的工资指导线发生较大变化的，任何一方可以书面提出重新协商调整工资。'),
    ],
  };
}

function historyTable(v: WageAgreementView): Block {
  return {
    kind: 'table',
    header: true,
    widths: [5, 3, 4],
    rows: [
      [{ text: '协商', bold: true }, { text: '月基本工资', bold: true }, { text: '大写', bold: true }],
      ...v.history.map((h): TableCell[] => [{ text: h.label }, { text: yuanText(h.monthly), align: 'right' }, { text: fenToCapitals(h.monthly) }]),
    ],
  };
}

/** Benefits are a variable list, so each article is named by its kind and name ('奖金、津贴、补贴.redPacket.春节红包'). */
function benefitArticle(b: BenefitView): ArticleDraft {
  return { ...benefitArticleText(b), id: `奖金、津贴、补贴.${b.kind}.${b.name}` };
}

function benefitArticleText(b: BenefitView): ArticleDraft {
  const who = b.condition ? `${b.eligibility}，${b.condition}的` : b.eligibility;
  if (b.kind === 'travelSubsidy') {
    const cap = b.cap === null ? '' : `，每人最高不超过${amountText(b.cap)}`;
    return article(`${who}，企业按实际车票票价的${percentText(b.shareOfFare)}发给${b.name}${cap}，于${b.paidWhen}发放。`);
  }
  const base = b.baseBuilding ? '计入基本工资，作为加班工资和下一年度工资调整的计算基数' : '不计入基本工资';
  if (b.kind === 'redPacket') return article(`${who}，企业向每人发放${b.name}${amountText(b.amount)}，于${b.paidWhen}发放。${b.name}${b.baseBuilding ? '' : '为一次性发放，'}${base}。`);
  return article(`${who}，企业${b.period}发给${b.name}${amountText(b.amount)}，于${b.paidWhen}发放，${base}。`);
}

function bonusChapter(v: WageAgreementView): ChapterDraft {
  return {
    title: '奖金、津贴、补贴',
    covers: ['CNT-07.4'],
    articles: [
      article('企业根据经营效益和职工的劳动贡献发放奖金；按照国家和本省的规定发放各项津贴、补贴。奖金、津贴、补贴的项目、标准和发放办法应当向职工公开。'),
      ...v.benefits.map(benefitArticle),
    ],
  };
}

function overtimeChapter(v: WageAgreementView): ChapterDraft {
  const o = v.overtime;
  return {
    title: '加班工资',
    covers: ['CNT-07.2'],
    articles: [
      article(`加班工资以职工本人${o.base}为计算基数。日工资按月工资除以21.75天折算，小时工资按日工资除以8小时折算。`),
      articleWithItems('企业安排职工加班的，按下列标准支付加班工资（《劳动法》第四十四条）：', [
        `工作日延长工作时间的，支付不低于小时工资${o.weekdayPercent}%的工资；`,
        `休息日安排工作又不能安排补休的，支付不低于日工资或者小时工资${o.restDayPercent}%的工资；`,
        `法定休假日安排工作的，支付不低于日工资或者小时工资${o.holidayPercent}%的工资，不以补休代替。`,
      ]),
      ...o.agreedWork.map((w) =>
        article(
          `${w.eligibility}在${w.period}期间安排工作的，企业以月工资${amountText(w.base)}为基数支付加班工资` +
            (w.statutoryDays === null ? '，按本条规定的标准执行。' : `，其中${w.holiday ?? ''}法定休假日（${w.statutoryDays}）按不低于日工资或者小时工资${o.holidayPercent}%的标准支付。`),
        ),
      ),
      article(
        `企业由于生产经营需要延长工作时间的，应当与工会和职工协商，一般每日不超过1小时；因特殊原因需要延长的，每日不超过${o.dailyHoursCap}小时，每月不超过${o.monthlyHoursCap}小时（《劳动法》第四十一条）。`,
      ),
    ],
  };
}

function paymentChapter(v: WageAgreementView): ChapterDraft {
  const p = v.payment;
  return {
    title: '工资支付',
    covers: ['CNT-07.5'],
    articles: [
      article(`企业以${p.method}按月足额支付工资，每月${p.payday}日前支付${p.forMonth}工资，不得克扣或者无故拖欠。支付日遇节假日或者休息日的，提前在最近的工作日支付。`),
      article('企业支付工资时，向职工提供本人的工资清单，载明应发项目、扣除项目和实发金额。'),
      article(
        '除法律法规规定的情形外，企业不得扣除职工工资。因职工本人原因给企业造成经济损失，按劳动合同约定要求赔偿的，每月扣除部分不得超过职工当月工资的20%，扣除后的剩余工资不得低于当地月最低工资标准（《工资支付暂行规定》第十五条、第十六条）。',
      ),
    ],
  };
}

function specialCasesChapter(v: WageAgreementView): ChapterDraft {
  const d = v.deferredLeave;
  return {
    title: '特殊情况下的工资支付',
    articles: [
      article(`职工试用期工资不得低于本企业相同岗位最低档工资或者劳动合同约定工资的${percentText(v.probationShare)}，并不得低于当地最低工资标准。`),
      article('职工依法享受年休假、探亲假、婚丧假、产假等假期，以及依法参加社会活动期间，企业视同其提供了正常劳动，支付工资。'),
      article(
        `非因职工本人原因造成企业停工、停产，在一个工资支付周期内的，企业按劳动合同约定的标准支付工资；超过一个工资支付周期，职工提供了正常劳动的，支付的劳动报酬不得低于当地最低工资标准；职工没有提供正常劳动的，${
          v.livingAllowanceShare === null ? '按照国家和本省有关规定发放生活费' : `按不低于当地最低工资标准${percentText(v.livingAllowanceShare)}的标准发放生活费`
        }。`,
      ),
      d && article(`${d.eligibility}享受${d.title}${d.days}天，于${d.window}期间休假，休假期间视为提供了正常劳动，企业照发工资。`),
    ],
  };
}

function termChapter(v: WageAgreementView): ChapterDraft {
  return {
    title: '期限',
    covers: ['CNT-07.1'],
    articles: [
      article(`本合同期限自${dateText(v.term.from)}起至${dateText(v.term.to)}止。`),
      article(`本合同期满前${v.renewalNoticeDays}日内，任何一方均可以书面形式向对方提出续订工资专项集体合同的协商要求。`),
    ],
  };
}

function changeChapter(): ChapterDraft {
  return {
    title: '变更、解除、终止',
    covers: ['CNT-07.6', 'CNT-07.7'],
    articles: [
      article('本合同履行期间，任何一方不得单方变更或者解除本合同（《工资集体协商试行办法》第四条）。'),
      articleWithItems('经双方协商一致，可以变更或者解除本合同。有下列情形之一的，可以变更或者解除本合同：', [
        '企业因被兼并、解散、破产等原因，致使本合同无法履行的；',
        '因不可抗力等原因致使本合同无法履行或者部分无法履行的；',
        '本合同约定的变更或者解除条件出现的；',
        '法律、法规、规章规定的其他情形。',
      ]),
      article(
        '变更或者解除本合同，按照订立本合同的程序进行：一方书面提出协商要求，双方协商一致后形成草案，提交职工代表大会审议通过，由双方首席代表签字，并报送劳动保障行政部门审查（《集体合同规定》第三十九条至第四十二条）。',
      ),
      articleWithItems('有下列情形之一的，本合同终止：', ['期限届满，双方未续订的；', '企业依法终止的；', '双方约定的终止条件出现的。']),
    ],
  };
}

function commitmentText(c: CommitmentView): string {
  const amount = c.amount === null ? '' : `，投入资金${amountText(c.amount)}`;
  const deadline = c.deadline === null ? '' : `，于${dateText(c.deadline)}前完成`;
  return `${c.text.replace(/[。；;]$/, '')}${amount}${deadline}；`;
}

/** The employer's other commitments of the round (CNT-07 (九) 其他事项); no chapter when there are none. */
function commitmentsChapter(v: WageAgreementView): ChapterDraft | null {
  if (v.commitments.length === 0) return null;
  return {
    title: '其他约定事项',
    covers: ['CNT-07.9'],
    articles: [articleWithItems('合同期内，企业方履行下列承诺，工会对履行情况进行监督：', v.commitments.map(commitmentText))],
  };
}

function closingChapters(v: WageAgreementView): ChapterDraft[] {
  const authority = v.parties.labourAuthority;
  return [
    {
      title: '违约责任',
      covers: ['CNT-07.8'],
      articles: [
        article('企业未按本合同约定的标准和时间支付工资的，应当如数补发；因此给职工造成损失的，依法承担赔偿责任。'),
        article('职工方应当教育职工遵守劳动纪律，履行劳动合同。任何一方违反本合同的，另一方可以书面要求其限期纠正。'),
      ],
    },
    {
      title: '争议处理',
      covers: ['CNT-07.9'],
      articles: [
        article('因履行本合同发生争议，双方应当协商解决；协商解决不成的，工会可以依法申请劳动争议仲裁、提起诉讼（《劳动合同法》第五十六条）。'),
      ],
    },
    {
      title: '监督检查',
      covers: ['CNT-07.9'],
      articles: [
        article('企业方和工会共同组成本合同履行监督检查小组，定期检查本合同的履行情况，发现问题及时协商解决。'),
        article('企业每年向职工代表大会报告本合同的履行情况，接受职工监督。'),
      ],
    },
    {
      title: '附则',
      covers: ['CNT-07.9'],
      articles: [
        article(`本合同经${v.parties.enterprise.name}职工代表大会审议通过，由双方首席代表签字并加盖公章后成立。`),
        article(
          `企业自双方首席代表签字之日起${v.filingDays}日内，将本合同文本一式${v.filingCopies}份及说明报送${authority}审查。${authority}自收到文本之日起15日内未提出异议的，本合同即行生效。`,
        ),
        article('本合同生效之日起5日内，企业以适当形式向全体职工公布。'),
        article('本合同未尽事宜，按国家和本省有关规定执行；本合同与法律法规不一致的，按法律法规执行。'),
        article(`本合同一式${v.filingCopies + 2}份，企业方、职工方各执一份，报送审查${v.filingCopies}份。`),
      ],
    },
  ];
}

/** The chapters in order: the fourteen of rules.md §2.1, and 其他约定事项 when the round has commitments. */
export function wageAgreementChapters(v: WageAgreementView): ChapterDraft[] {
  return [
    generalChapter(v),
    payStructureChapter(v),
    minimumWageChapter(v),
    annualLevelChapter(v),
    bonusChapter(v),
    overtimeChapter(v),
    paymentChapter(v),
    specialCasesChapter(v),
    termChapter(v),
    changeChapter(),
    commitmentsChapter(v),
    ...closingChapters(v),
  ].filter((c): c is ChapterDraft => c !== null);
}
