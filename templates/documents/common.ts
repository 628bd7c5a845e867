// Pieces several templates share: numbered chapters and articles, the parties' header table and the
// signature block. Numbering is done here, after conditional articles are dropped, so a missing red-packet
// clause never leaves a gap in 第一条, 第二条….
import type { IsoDate } from '../../shared/dates/isoDate';
import { type Block, type Paragraph, type RuleClauseId, type SignatureParty, type TableCell, paragraphOf } from '../model';
import { articleLabel, chapterLabel, countText, dateText, itemLabel } from '../text';
import type { PartiesView, SideView } from '../viewModel';

export interface ArticleDraft {
  /** Stable id when the slot in the chapter is not enough (articles built from a variable list). */
  readonly id?: string;
  readonly paragraphs: readonly Paragraph[];
  readonly heading?: string;
  readonly covers?: readonly RuleClauseId[];
  /** Blocks that follow the article: the table or amount its text introduces. */
  readonly trailing?: readonly Block[];
}

export interface ChapterDraft {
  readonly title: string;
  readonly covers?: readonly RuleClauseId[];
  /** false entries are conditional articles that did not apply. */
  readonly articles: readonly (ArticleDraft | false | null | undefined)[];
}

/** An article of plain sentences; each string is one paragraph. */
export function article(...paragraphs: readonly (string | Paragraph)[]): ArticleDraft {
  return { paragraphs: paragraphs.map((p) => (typeof p === 'string' ? paragraphOf(p) : p)) };
}

/** The same article followed by blocks (a table, an amount). */
export function withTrailing(a: ArticleDraft, ...trailing: Block[]): ArticleDraft {
  return { ...a, trailing: [...(a.trailing ?? []), ...trailing] };
}

/** An article whose first sentence is followed by a list （一）（二）…. */
export function articleWithItems(lead: string, items: readonly string[], tail?: string): ArticleDraft {
  return article(lead, ...items.map((item, i) => `${itemLabel(i + 1)}${item}`), ...(tail ? [tail] : []));
}

function isArticle(a: ArticleDraft | false | null | undefined): a is ArticleDraft {
  return Boolean(a);
}

/**
 * 第一章 headings and 第一条 articles numbered straight through the chapters. A clause's id is its chapter
 * title and its slot among the chapter's declared articles, counted before conditional ones are dropped,
 * so it stays the same whether or not an earlier conditional article applies.
 */
export function chapterBlocks(chapters: readonly ChapterDraft[]): Block[] {
  const blocks: Block[] = [];
  let articleNo = 0;
  chapters.forEach((chapter, i) => {
    blocks.push({ kind: 'heading', level: 2, text: `${chapterLabel(i + 1)}\u3000${chapter.title}`, ...(chapter.covers ? { covers: chapter.covers } : {}) });
    chapter.articles.forEach((a, slot) => {
      if (isArticle(a)) blocks.push(articleBlock(a, ++articleNo, a.id ?? `${chapter.title}.${slot + 1}`), ...(a.trailing ?? []));
    });
  });
  return blocks;
}

/** Articles numbered 第一条… without chapters (shorter agreements); ids '条款.<slot>' as in chapterBlocks. */
export function articleBlocks(articles: readonly (ArticleDraft | false | null | undefined)[]): Block[] {
  const kept = articles.flatMap((a, slot) => (isArticle(a) ? [{ a, id: a.id ?? `条款.${slot + 1}` }] : []));
  return kept.flatMap(({ a, id }, i) => [articleBlock(a, i + 1, id), ...(a.trailing ?? [])]);
}

function articleBlock(a: ArticleDraft, n: number, id: string): Block {
  return {
    kind: 'clause',
    id,
    number: articleLabel(n),
    ...(a.heading ? { heading: a.heading } : {}),
    paragraphs: a.paragraphs,
    ...(a.covers ? { covers: a.covers } : {}),
  };
}

function sideText(side: SideView): string {
  return `${side.members.length + 1} 人（${side.chosenBy}）`;
}

/** Header of an agreement: the enterprise, the union and the representatives (rules.md §2.1). */
export function partiesTable(parties: PartiesView): Block {
  const e = parties.enterprise;
  const cell = (text: string, bold = false): TableCell => ({ text, bold });
  const staff = e.womenCount === null ? `${countText(e.headcount)} 人` : `${countText(e.headcount)} 人（其中女职工 ${e.womenCount} 人）`;
  return {
    kind: 'table',
    widths: [3, 4.8, 2.6, 3.2],
    rows: [
      [cell('企业名称', true), { text: e.name, span: 3 }],
      [cell('企业地址', true), { text: e.address || '\u3000', span: 3 }],
      [cell('统一社会信用代码', true), cell(e.creditCode), cell('经济类型', true), cell(e.economicType || '\u3000')],
      [cell('法定代表人', true), cell(e.legalRepresentative), cell('职工人数', true), cell(staff)],
      [cell('工会名称', true), cell(parties.unionName), cell('工会主席', true), cell(parties.unionChair)],
      [cell('企业方首席代表', true), cell(`${parties.employer.chief.name}（${parties.employer.chief.post}）`), cell('职工方首席代表', true), cell(`${parties.workers.chief.name}（${parties.workers.chief.post}）`)],
      [cell('企业方协商代表', true), cell(sideText(parties.employer)), cell('职工方协商代表', true), cell(sideText(parties.workers))],
    ],
  };
}

/** 企业方 and 职工方 seals and chiefs' signatures, and the witness federation when there is one. */
export function agreementSignatures(parties: PartiesView, date: IsoDate | null, options: { witness?: boolean } = {}): Block {
  const dateTextOrBlank = date ? { dateText: dateText(date) } : {};
  const witness: SignatureParty | undefined =
    options.witness !== false && parties.witness
      ? { sideLabel: '见证单位', partyName: parties.witness, seal: true, signerRole: '见证人（签字）', dateLabel: '日期', ...dateTextOrBlank }
      : undefined;
  return {
    kind: 'signatureBlock',
    parties: [
      { sideLabel: '企业方', partyName: parties.enterprise.name, seal: true, signerRole: '首席代表（签字）', signerName: parties.employer.chief.name, dateLabel: '日期', ...dateTextOrBlank },
      { sideLabel: '职工方', partyName: parties.unionName, seal: true, signerRole: '首席代表（签字）', signerName: parties.workers.chief.name, dateLabel: '日期', ...dateTextOrBlank },
    ],
    ...(witness ? { witness } : {}),
  };
}

/** The part the labour administration fills in on receipt (rules.md §2.1 "Filing"). */
export function filingBlock(parties: PartiesView): Block {
  return { kind: 'filingBlock', authority: parties.labourAuthority, fields: ['报送日期', '受理日期', '审查意见', '生效日期'] };
}

/** "企业方与职工方" representatives named in a sentence: 陈会珍（总经理）等 3 人. */
export function sideNames(side: SideView): string {
  return [side.chief, ...side.members].map((p) => p.name).join('、');
}
