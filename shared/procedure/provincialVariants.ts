// The provinces' own collective-contract regulations on two clocks: how long the other side has to reply
// to a written request to bargain (the national rule: 20 days, CCR 32 / WCM 17), and how long before an
// agreement expires its renewal must be requested. As data, one entry per province that has been looked
// at, each with the regulation, its article where read, and where it was read. `confirmed` is true only
// when the figure and the article were read in the regulation's own text; a figure known only from a
// reproduction or a commentary stays unconfirmed, and the deadline engine (deadlineRules.ts) does not
// compute with it. null means not found: unknown, never guessed.

export interface ProvincialPeriod {
  /** Calendar days. */
  readonly days: number;
  /** e.g. '第十四条'; null when the article was not read. */
  readonly article: string | null;
  /** Read in the regulation's text (not a reproduction or a commentary). */
  readonly confirmed: boolean;
  /** Where the figure was read (URL or document). */
  readonly readAt: string;
  readonly note?: string;
}

export interface ProvincialVariant {
  /** Two-digit GB/T 2260 prefix. */
  readonly province: string;
  readonly regulation: string;
  /** What is known of its adoption or revision. */
  readonly adopted: string | null;
  readonly effectiveFrom: string | null;
  /** Days to reply to a written request to bargain; null when not found. */
  readonly reply: ProvincialPeriod | null;
  /** Days before expiry that renewal must be requested; null when not found. */
  readonly renewal: ProvincialPeriod | null;
}

export const provincialVariants: readonly ProvincialVariant[] = [
  {
    province: '35',
    regulation: '《福建省企业集体协商和集体合同条例》',
    adopted: null,
    effectiveFrom: null,
    // The same figures as reply.fujian and renewal.fujian in deadlineRules.ts, which compute with them.
    reply: { days: 15, article: null, confirmed: false, readAt: 'rules.md OFR-02 (reported, [P])', note: 'article number and effective date not found' },
    renewal: { days: 90, article: null, confirmed: false, readAt: 'rules.md TRM-03 (reported, [P])', note: 'article number and effective date not found' },
  },
  {
    province: '44',
    regulation: '《广东省企业集体合同条例》',
    adopted: '2014-09-25 广东省第十二届人大常委会第十一次会议通过（公告第21号）',
    effectiveFrom: '2015-01-01',
    reply: {
      days: 30,
      article: null,
      confirmed: false,
      readAt: 'https://www.lexology.com/library/detail.aspx?g=b514b931-b3cb-4cb4-9670-a5079f6188d1',
      note: "a law firm's summary of the 2014 text ('must respond to the request within 30 days'); the 2013 revised draft said 20 days; the article was not read",
    },
    renewal: null,
  },
  {
    province: '33',
    regulation: '《浙江省集体合同条例》',
    adopted: '1998-10-24 通过，2010-11-25 浙江省第十一届人大常委会第二十一次会议修订',
    effectiveFrom: null,
    // Only reproductions of the text were found, and the excerpts read do not reach the articles on the request or renewal.
    reply: null,
    renewal: null,
  },
];

/** The entry of the province a code lies in, or null when that province's regulation has not been looked at. */
export function provincialVariantFor(regionCode: string, variants: readonly ProvincialVariant[] = provincialVariants): ProvincialVariant | null {
  return variants.find((v) => regionCode.startsWith(v.province)) ?? null;
}
