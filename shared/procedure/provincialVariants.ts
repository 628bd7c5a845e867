// The provinces' own collective-contract regulations on two clocks: how long the other side has to reply
// to a written request to bargain (the national rule: 20 days, CCR 32 / WCM 17), and how long before an
// agreement expires its renewal must be requested. As data, one entry per province that has been looked
// at, each with the regulation, its article where read, and where it was read; a province with a separate
// regulation on wage bargaining (工资集体协商) carries it in `wageRegulation`, with its own two clocks.
// `confirmed` is true only when the figure and the article were read in the regulation's text, or in a
// reproduction of its full text with the article numbers (LawRefBook/Laws, a public collection of local
// regulations as markdown, commit 2f4c5c2); a figure known only from a summary, a commentary, a news report
// or a partial reproduction stays unconfirmed. A confirmed period in calendar days or months becomes a
// deadline rule for its province (provincialDeadlineRules in deadlineRules.ts; a wage regulation's for wage
// agreements only); one in working days stays data, as the engine counts calendar days only; an unconfirmed
// figure is not computed with. null means not found: unknown, never guessed.

import type { AgreementKind, DeadlineDue } from './deadlineRules';

/** 'day': calendar days; 'working-day': 工作日; 'month': months to the corresponding day (民法典 202), not 30 days. */
export type ProvincialPeriodUnit = 'day' | 'working-day' | 'month';

export interface ProvincialPeriod {
  readonly count: number;
  readonly unit: ProvincialPeriodUnit;
  /** e.g. '第十四条'; null when the article was not read. */
  readonly article: string | null;
  /** Read in the regulation's text or a full reproduction of it with its article numbers. */
  readonly confirmed: boolean;
  /** Where the figure was read (URL, or repository:path). */
  readonly readAt: string;
  readonly note?: string;
}

/** A province's separate regulation on wage bargaining (工资集体协商), for wage agreements. */
export interface ProvincialWageRegulation {
  readonly regulation: string;
  readonly adopted: string | null;
  readonly effectiveFrom: string | null;
  /** Days to reply to a written offer to bargain on wages; null when not found. */
  readonly reply: ProvincialPeriod | null;
  /** How long before a wage agreement expires a new one must be bargained; null when not found. */
  readonly renewal: ProvincialPeriod | null;
}

export interface ProvincialVariant {
  /** Two-digit GB/T 2260 prefix. */
  readonly province: string;
  readonly regulation: string;
  /** What is known of its adoption or revision. */
  readonly adopted: string | null;
  readonly effectiveFrom: string | null;
  /** Time to reply to a written request to bargain; null when not found. */
  readonly reply: ProvincialPeriod | null;
  /** How long before expiry renewal must be requested or bargained; null when not found. */
  readonly renewal: ProvincialPeriod | null;
  /** The province's separate wage-bargaining regulation, where one was read. */
  readonly wageRegulation?: ProvincialWageRegulation;
}

/** The markdown reproductions read, at the commit read. */
const LAWREFBOOK = 'github.com/LawRefBook/Laws@2f4c5c23716267af9dbebbbbd6cbbf732b101981:DLC/';

export const provincialVariants: readonly ProvincialVariant[] = [
  {
    province: '11',
    regulation: '《北京市集体合同条例》',
    adopted: '2005-07-22 北京市第十二届人大常委会第二十一次会议通过',
    effectiveFrom: '2005-11-01',
    reply: {
      count: 20, unit: 'day', article: '第三十二条', confirmed: true,
      readAt: `${LAWREFBOOK}北京地方法规/地方性法规/北京/北京市集体合同条例.md`,
      note: 'art. 32 para. 2: reply in writing within 20 days of receiving the request (the national figure); effective date from art. 58; no later revision appears in the reproduction',
    },
    renewal: {
      count: 3, unit: 'month', article: '第四十三条', confirmed: true,
      readAt: `${LAWREFBOOK}北京地方法规/地方性法规/北京/北京市集体合同条例.md`,
      note: 'art. 43: within the 3 months before expiry either side may request renewal (as CCR 38)',
    },
  },
  {
    province: '31',
    regulation: '《上海市集体合同条例》',
    adopted: '2007-08-16 上海市第十二届人大常委会第三十八次会议通过（公告第78号）；2015-06-18 第十四届人大常委会第二十一次会议修正',
    effectiveFrom: '2008-01-01',
    reply: {
      count: 15, unit: 'day', article: '第十五条', confirmed: true,
      readAt: `${LAWREFBOOK}上海地方法规/地方性法规/上海/上海市集体合同条例.md`,
      note: "art. 15: the other side answers a written proposal to bargain in writing within 15 days of receiving it, and needs a proper reason to refuse. The reproduction is the 2015 text (it names the 人力资源社会保障部门) but carries no dates: the effective date is art. 42's; the adoption from the 2007 announcement as lawinfochina.com reproduces it; the 2015 amendment from laodongfa.com's heading, which gives 2015-10-01 for the amended text (not read in the text)",
    },
    // Art. 25 sets the term (1 to 3 years; wage agreements usually 1); no article on a renewal request was found.
    renewal: null,
  },
  {
    province: '32',
    regulation: '《江苏省集体协商条例》',
    // The adoption line from a reproduction of the text (foodwifi.net, 2023-01-31, citing the provincial
    // congress's site); the effective date from reports (南京日报 2023-01-20, a 常州 tripartite notice of 2024-03-11).
    adopted: '2023-01-12 江苏省第十三届人大常委会第三十四次会议通过',
    effectiveFrom: '2023-05-01',
    // Only the opening articles of the text were read; it sets an ordinary, a simple and an emergency procedure,
    // each with its own time limits, none read. The 2004 《江苏省集体合同条例》 was found reproduced, its clocks not read.
    reply: null,
    renewal: null,
  },
  {
    province: '33',
    regulation: '《浙江省集体合同条例》',
    adopted: '1998-10-24 通过，2010-11-25 浙江省第十一届人大常委会第二十一次会议修订',
    effectiveFrom: '2011-01-01',
    reply: {
      count: 10, unit: 'working-day', article: '第七条', confirmed: true,
      readAt: `${LAWREFBOOK}浙江地方法规/地方性法规/浙江/浙江省集体合同条例(2010-11-25).md`,
      note: "art. 7: the other side may not refuse and answers in writing within 10 working days of receiving the written request, fixing the time of the talks; effective date from art. 47. The reproduction's heading dates the first adoption 1988-10-24 at the 9th congress's 8th session, which sat in 1998",
    },
    renewal: {
      count: 90, unit: 'day', article: '第三十条', confirmed: true,
      readAt: `${LAWREFBOOK}浙江地方法规/地方性法规/浙江/浙江省集体合同条例(2010-11-25).md`,
      note: 'art. 30 para. 3: within the 90 days before expiry either side may request a new agreement or a renewal',
    },
  },
  {
    province: '34',
    regulation: '《安徽省集体合同条例》',
    // From the announcement (公告第二十八号) and art. 53 as defendlib.com reproduces them; the articles on the clocks were not read.
    adopted: '2010-10-22 安徽省第十一届人大常委会第二十一次会议通过',
    effectiveFrom: '2011-01-01',
    reply: null,
    renewal: null,
  },
  {
    province: '35',
    regulation: '《福建省企业集体协商和集体合同条例》',
    // Adoption as 工人日报 reported it (2010-11-30, https://www.workercn.cn/papers/grrb/2010/11/30/1/news-5.html);
    // An earlier 《福建省企业集体合同条例》 (1996, 闽人大常〔1996〕20号) set 60 days before expiry in art. 18, as a
    // reproduction shows; whether the 2010 regulation repealed it was not read.
    adopted: '2010-11-29 福建省人大常委会通过',
    effectiveFrom: null,
    // The same figures as reply.fujian and renewal.fujian in deadlineRules.ts, which compute with them.
    reply: {
      count: 15, unit: 'day', article: null, confirmed: false, readAt: 'rules.md OFR-02 (reported, [P])',
      note: "article number and effective date not found; 工人日报's report of the adoption gives the same 15 days to answer in writing",
    },
    renewal: {
      count: 90, unit: 'day', article: null, confirmed: false, readAt: 'rules.md TRM-03 (reported, [P])',
      note: "article number and effective date not found; 工人日报's report of the adoption gives the same 90 days before expiry to request a renewal or a new agreement in writing",
    },
  },
  {
    province: '36',
    regulation: '《江西省集体合同条例》',
    // From the heading of a reproduction (law492.infoeach.com, 公告第128号); whether it was revised since, and the
    // articles on the clocks, were not read. A separate 《江西省企业工资集体协商条例》 exists (a report on its draft); not read.
    adopted: '2002-09-27 江西省第九届人大常委会第三十二次会议通过',
    effectiveFrom: null,
    reply: null,
    renewal: null,
  },
  {
    province: '37',
    regulation: '《山东省企业集体合同条例》',
    // From a reproduction's introduction (sdguolu88.com); later amendments, if any, not found.
    adopted: '1999-12-16 山东省第九届人大常委会第十二次会议通过',
    effectiveFrom: null,
    reply: {
      count: 15, unit: 'day', article: '第五条', confirmed: false,
      readAt: 'http://www.shkps.cn/fagui/36567.html',
      note: "art. 5 as a page reproduces it in traditional characters: the other side may not refuse a request to sign a collective contract and both sides are to negotiate within 15 days; a clock to start talks rather than to answer, and which version of the text the page is was not established",
    },
    renewal: null,
    wageRegulation: {
      regulation: '《山东省企业工资集体协商条例》',
      adopted: '2016-11-26 山东省第十二届人大常委会第二十四次会议通过',
      effectiveFrom: '2017-01-01',
      reply: {
        count: 10, unit: 'day', article: '第二十一条', confirmed: true,
        readAt: `${LAWREFBOOK}山东地方法规/地方性法规/山东/山东省企业工资集体协商条例(2016-11-26).md`,
        note: 'art. 21 para. 2: answer an offer (要约) to bargain on wages within 10 days of receiving it; effective date from art. 55',
      },
      // Art. 17: a wage agreement usually runs 1 year, at most 3; art. 28 gives the talks 60 days from the agreement
      // to bargain. No article on bargaining before expiry was found in the text.
      renewal: null,
    },
  },
  {
    province: '41',
    regulation: '《河南省企业集体合同条例》',
    adopted: '1999-09-24 河南省第九届人大常委会第十一次会议通过',
    effectiveFrom: '1999-12-01',
    reply: {
      count: 15, unit: 'day', article: '第九条', confirmed: true,
      readAt: `${LAWREFBOOK}河南地方法规/地方性法规/河南/河南省企业集体合同条例(1999-09-24).md`,
      note: 'art. 9: answer a written request to sign a collective contract in writing within 15 days and negotiate; effective date from art. 38; the reproduction shows the 1999 text and no later revision',
    },
    renewal: {
      count: 60, unit: 'day', article: '第二十条', confirmed: true,
      readAt: `${LAWREFBOOK}河南地方法规/地方性法规/河南/河南省企业集体合同条例(1999-09-24).md`,
      note: 'art. 20: within the 60 days before expiry both sides shall negotiate and sign a new collective contract',
    },
    wageRegulation: {
      regulation: '《河南省企业工资集体协商条例》',
      adopted: '2013-11-29 河南省第十二届人大常委会第五次会议通过',
      effectiveFrom: '2014-01-01',
      reply: {
        count: 10, unit: 'working-day', article: '第二十一条', confirmed: true,
        readAt: `${LAWREFBOOK}河南地方法规/地方性法规/河南/河南省企业工资集体协商条例(2013-11-29).md`,
        note: 'art. 21: the party offered wage talks answers within 10 working days of receiving the offer; effective date from art. 44',
      },
      renewal: {
        count: 2, unit: 'month', article: '第三十一条', confirmed: true,
        readAt: `${LAWREFBOOK}河南地方法规/地方性法规/河南/河南省企业工资集体协商条例(2013-11-29).md`,
        note: 'art. 31 para. 2: a wage agreement runs 1 to 3 years; within the 2 months before expiry both sides shall bargain and sign a new one',
      },
    },
  },
  {
    province: '44',
    regulation: '《广东省企业集体合同条例》',
    adopted: '2014-09-25 广东省第十二届人大常委会第十一次会议通过（公告第21号）',
    effectiveFrom: '2015-01-01',
    reply: {
      count: 30,
      unit: 'day',
      article: null,
      confirmed: false,
      readAt: 'https://www.lexology.com/library/detail.aspx?g=b514b931-b3cb-4cb4-9670-a5079f6188d1',
      note: "a law firm's summary of the 2014 text ('must respond to the request within 30 days'); the 2013 revised draft said 20 days; the article was not read",
    },
    renewal: null,
  },
  {
    province: '50',
    regulation: '《重庆市集体合同条例》',
    adopted: '2005-09-29 通过，2010-07-23 修正，2016-11-24 重庆市第四届人大常委会第二十九次会议修订',
    effectiveFrom: '2017-01-01',
    reply: {
      count: 20, unit: 'day', article: '第十九条', confirmed: true,
      readAt: `${LAWREFBOOK}重庆地方法规/地方性法规/重庆/重庆市集体合同条例(2016-11-24).md`,
      note: 'art. 19 para. 2: answer a written request to bargain in writing within 20 days of receiving it, and neither refuse nor delay; effective date from art. 58',
    },
    renewal: {
      count: 3, unit: 'month', article: '第三十三条', confirmed: true,
      readAt: `${LAWREFBOOK}重庆地方法规/地方性法规/重庆/重庆市集体合同条例(2016-11-24).md`,
      note: 'art. 33: within the 3 months before expiry either side may request a new agreement or a renewal',
    },
  },
];

/** The entry of the province a code lies in, or null when that province's regulation has not been looked at. */
export function provincialVariantFor(regionCode: string, variants: readonly ProvincialVariant[] = provincialVariants): ProvincialVariant | null {
  return variants.find((v) => regionCode.startsWith(v.province)) ?? null;
}

/** Whether the deadline engine computes with a period: read with its article in the text, and in calendar days or months. */
export function provincialPeriodComputed(period: ProvincialPeriod): boolean {
  return period.confirmed && period.unit !== 'working-day';
}

export interface ProvincialPeriodOf {
  readonly regulation: string;
  readonly period: ProvincialPeriod;
}

/**
 * The province's own periods for a reply or a renewal request, each with its regulation: the collective-contract
 * regulation's, and for a wage agreement also the wage regulation's. Empty where none was found.
 */
export function provincialPeriodsFor(
  regionCode: string, due: DeadlineDue, kind: AgreementKind, variants: readonly ProvincialVariant[] = provincialVariants,
): ProvincialPeriodOf[] {
  const variant = provincialVariantFor(regionCode, variants);
  if (variant === null || (due !== 'reply' && due !== 'renewal-request')) return [];
  const pick = (regulation: string, reply: ProvincialPeriod | null, renewal: ProvincialPeriod | null): ProvincialPeriodOf[] => {
    const period = due === 'reply' ? reply : renewal;
    return period ? [{ regulation, period }] : [];
  };
  const wage = kind === 'wage-agreement' ? variant.wageRegulation : undefined;
  return [
    ...pick(variant.regulation, variant.reply, variant.renewal),
    ...(wage ? pick(wage.regulation, wage.reply, wage.renewal) : []),
  ];
}
