import { describe, expect, it } from 'vitest';
import { fen } from '../../shared/money/fen';
import { bp } from '../../shared/money/rate';
import { congressOutcome, congressResolution } from '../../templates/documents/congressResolution';
import { jobRetentionAgreement, jobRetentionTotals } from '../../templates/documents/jobRetentionAgreement';
import { requestLetter } from '../../templates/documents/requestLetter';
import { wageAgreement, wageAgreementMissingClauses } from '../../templates/documents/wageAgreement';
import { wageAgreementClauseHeadings, wageAgreementRequiredClauses } from '../../templates/documents/wageAgreementChapters';
import { type Block, type Document, documentCovers, documentHeadings, documentPlainText } from '../../templates/model';
import { templateNames, templateRegistry } from '../../templates/registry';
import { ordinalZh, percentText } from '../../templates/text';
import type { CongressResolutionView, WageAgreementView } from '../../templates/viewModel';
import { sampleAssumptions } from '../../shared/sample/referenceEnterprise';
import { sampleCase, sampleViews } from './sampleCase';

// The sample's views, each built from its round through caseViewModel (sampleCase.ts).
const reference = sampleViews();
const wageView = reference.wageAgreement!;

function clauseNumbers(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'clause' ? [b.number] : []));
}

function signature(doc: Document): Extract<Block, { kind: 'signatureBlock' }> {
  const block = doc.blocks.find((b) => b.kind === 'signatureBlock');
  if (!block || block.kind !== 'signatureBlock') throw new Error('no signature block');
  return block;
}

describe('registry: every template builds for the sample', () => {
  it.each(templateNames)('%s builds a draft naming the enterprise', (name) => {
    const doc = templateRegistry[name].build(sampleCase(name).views.vm);
    expect(doc).not.toBeNull();
    expect(doc!.meta.draft).toBe(true);
    expect(doc!.blocks.length).toBeGreaterThanOrEqual(2);
    expect(documentPlainText(doc!)).toContain('福建隆祥皮革有限公司');
  });

  it('answers null when the case has no data for a document', () => {
    expect(templateRegistry['job-retention'].build({})).toBeNull();
    expect(templateRegistry['job-retention'].build(sampleCase('wage-agreement').views.vm)).toBeNull();
  });
});

describe('wage agreement (rules.md §2.1, CNT-07)', () => {
  const doc = wageAgreement(wageView);

  it('has every required CNT-07 clause (1 term, 3 annual level, 5 payment, 6 change procedure)', () => {
    expect(wageAgreementMissingClauses(doc)).toEqual([]);
    const headings = documentHeadings(doc).join('\n');
    for (const id of wageAgreementRequiredClauses) expect(headings).toContain(wageAgreementClauseHeadings[id]);
  });

  it('covers all nine CNT-07 items, not only the blocking ones', () => {
    const covers = documentCovers(doc);
    for (let i = 1; i <= 9; i++) expect(covers.has(`CNT-07.${i}`), `CNT-07.${i}`).toBe(true);
  });

  it('reports a required clause that is missing', () => {
    const withoutTerm: Document = { ...doc, blocks: doc.blocks.filter((b) => !(b.kind === 'heading' && b.text.includes('期限'))) };
    expect(wageAgreementMissingClauses(withoutTerm)).toEqual(['CNT-07.1']);
  });

  const chapterTitles = (d: Document) => documentHeadings(d).filter((h) => h.startsWith('第') && h.includes('章'));

  it('has the fourteen chapters of §2.1 in order, and 其他约定事项 before 违约责任 when the round has commitments', () => {
    // The sample's round has the employer's commitments (automation, safety rules): fifteen chapters.
    expect(chapterTitles(doc).map((h) => h.split('\u3000')[1])).toContain('其他约定事项');
    expect(chapterTitles(doc).indexOf('第十一章\u3000其他约定事项')).toBe(10);
    const chapters = chapterTitles(wageAgreement({ ...wageView, commitments: [] }));
    expect(chapters.map((h) => h.split('\u3000')[1])).toEqual([
      '总则',
      '工资分配制度',
      '最低工资',
      '年度工资水平与调整',
      '奖金、津贴、补贴',
      '加班工资',
      '工资支付',
      '特殊情况下的工资支付',
      '期限',
      '变更、解除、终止',
      '违约责任',
      '争议处理',
      '监督检查',
      '附则',
    ]);
    expect(chapters[13]).toBe('第十四章\u3000附则');
  });

  it('numbers articles 第一条, 第二条 … without gaps', () => {
    const numbers = clauseNumbers(doc);
    expect(numbers.map((_, i) => `第${ordinalZh(i + 1)}条`)).toEqual(numbers);
  });

  it('states the header, the legal basis, the wages in figures and capitals, and the minimum wage', () => {
    const text = documentPlainText(doc);
    expect(text).toContain('冯宪有');
    expect(text).toContain('陈会珍（总经理）');
    expect(text).toContain('吴华贵（工会主席）');
    expect(text).toContain('《工资集体协商试行办法》');
    expect(text).toContain('《福建省企业集体协商和集体合同条例》');
    expect(text).toContain('2,000.00 元');
    expect(text).toContain('人民币贰仟元整');
    expect(text).toContain('春节假期结束前（2021年2月1日至2021年2月17日） | 全体职工 | 1,750.00 元 | 人民币壹仟柒佰伍拾元整');
    expect(text).toContain('第3档月最低工资标准1,570.00 元（大写：人民币壹仟伍佰柒拾元整）');
    expect(text).toContain('包含职工个人缴纳的社会保险费和住房公积金');
    expect(text).toContain('由1,750.00 元调整为2,000.00 元');
    expect(text).toContain('增长14.29%');
  });

  it('records the four agreements’ base wages 1750 → 1570 → 1750 → 2000', () => {
    expect(wageView.history.map((h) => h.monthly)).toEqual([175000, 157000, 175000, 200000]);
  });

  it('has seals for both sides, the witnessing federation and the filing box', () => {
    const sig = signature(doc);
    expect(sig.parties.map((p) => [p.sideLabel, p.partyName, p.seal])).toEqual([
      ['企业方', '福建隆祥皮革有限公司', true],
      ['职工方', '福建隆祥皮革有限公司工会', true],
    ]);
    expect(sig.witness?.partyName).toBe('福鼎市总工会');
    expect(doc.blocks.some((b) => b.kind === 'filingBlock')).toBe(true);
  });
});

describe('wage agreement: clauses follow the data', () => {
  const build = (change: Partial<WageAgreementView>) => documentPlainText(wageAgreement({ ...wageView, ...change }));

  // The benefits are now the round's terms, under their own names (春节留岗红包, 节后错峰返乡路费补贴).
  it('has the red-packet clause only when a red packet was agreed', () => {
    expect(build({})).toContain('春节留岗红包500.00 元（大写：人民币伍佰元整）');
    const without = build({ benefits: wageView.benefits.filter((b) => b.kind !== 'redPacket') });
    expect(without).not.toContain('春节留岗红包');
    expect(without).toContain('节后错峰返乡路费补贴');
  });

  it('keeps article numbers consecutive when clauses drop out', () => {
    const doc = wageAgreement({ ...wageView, benefits: [], deferredLeave: null, overtime: { ...wageView.overtime, agreedWork: [] } });
    const numbers = clauseNumbers(doc);
    expect(numbers.length).toBe(clauseNumbers(wageAgreement(wageView)).length - 4);
    expect(numbers.map((_, i) => `第${ordinalZh(i + 1)}条`)).toEqual(numbers);
  });

  it('has the travel-subsidy clause with the share of the fare', () => {
    expect(build({})).toContain('按实际车票票价的100%发给节后错峰返乡路费补贴');
  });

  it('has the deferred-leave and Spring Festival overtime clauses only with those terms', () => {
    expect(build({})).toContain('春节期间留厂工作的职工享受春节假期递延带薪休假7天，于2021年3月1日至2021年12月31日期间休假');
    expect(build({ deferredLeave: null })).not.toContain('递延带薪休假');
    // The statutory days come from the calendar in force: before 2025 the Spring Festival had three (初一 to 初三).
    expect(build({})).toContain('2021年春节法定休假日（2021年2月12日至2021年2月14日）');
    expect(build({ overtime: { ...wageView.overtime, agreedWork: [] } })).not.toContain('2021年春节法定休假日');
  });

  it('writes the wage bill in figures and capitals when known, and leaves the sentence out when not', () => {
    expect(build({})).not.toContain('企业工资总额');
    const known = build({ annual: { ...wageView.annual, wageBill: fen(300_000_000), averageGrowth: bp(850) } });
    expect(known).toContain('企业工资总额为3,000,000.00 元（大写：人民币叁佰万元整）');
    expect(known).toContain('比上年增长8.5%');
  });

  it('drops the history table with a single agreement, and the witness without a federation', () => {
    const doc = wageAgreement({ ...wageView, history: wageView.history.slice(-1), parties: { ...wageView.parties, witness: null } });
    expect(documentPlainText(doc)).not.toContain('历次工资集体协商');
    expect(signature(doc).witness).toBeUndefined();
  });
});

describe('job-retention agreement (§2.2)', () => {
  const view = reference.jobRetention!;

  it('pays 1570 × 3 + 1000 = 5710 to each of 30 workers, 171,300 in all', () => {
    expect(view).toMatchObject({ guaranteedMonthly: 157000, leaveMonths: 3, returnAllowance: 100000, workersCovered: 30, baseWageOnReturn: 175000 });
    expect(jobRetentionTotals(view)).toEqual({ guaranteedPerWorker: 471000, perWorker: 571000, guaranteedTotal: 14130000, allowanceTotal: 3000000, total: 17130000 });
  });

  it('writes the totals in figures and capitals', () => {
    const text = documentPlainText(jobRetentionAgreement(view));
    expect(text).toContain('5,710.00 元（大写：人民币伍仟柒佰壹拾元整）');
    expect(text).toContain('171,300.00 元（大写：人民币壹拾柒万壹仟叁佰元整）');
    expect(text).toContain('福鼎市第3档，1,570.00 元／月');
    expect(text).toContain('最低工资标准70%');
  });
});

describe('request letter (OFR-01: time, place, content)', () => {
  const doc = requestLetter(reference.requestLetter!);

  it('states time, place and content', () => {
    expect([...documentCovers(doc)]).toEqual(expect.arrayContaining(['OFR-01.time', 'OFR-01.place', 'OFR-01.content']));
    const text = documentPlainText(doc);
    // The time, place and content are the request's own words in the round's procedure record.
    expect(text).toContain('一、协商时间\n2021年1月8日上午9时');
    expect(text).toContain('二、协商地点\n公司三楼会议室');
    expect(text).toContain('2021年春节前后一线职工基本工资、春节留厂红包、返乡路费和调休安排');
    expect(text).toContain('15日内以书面形式予以答复');
  });
});

describe('congress resolution (RAT-02, RAT-03)', () => {
  const vote = (total: number, present: number, votesFor: number) => ({ total, present, votesFor, votesAgainst: 0, abstentions: present - votesFor });

  it('needs two thirds of all present and more than half of all in favour', () => {
    expect(congressOutcome(vote(30, 20, 16))).toBe('passed');
    expect(congressOutcome(vote(30, 20, 15))).toBe('failed'); // exactly half of all does not pass
    expect(congressOutcome(vote(30, 19, 19))).toBe('noQuorum');
    expect(congressOutcome({ total: null, present: null, votesFor: null, votesAgainst: null, abstentions: null })).toBe('unknown');
  });

  it('states the counts and the outcome when known, blanks when not', () => {
    // The sample's record has the congress of 2021-01-14: 36 representatives, 33 present, 30 for.
    expect(documentPlainText(congressResolution(reference.congressResolution!))).toContain('36 人 | 33 人 | 30 票 | 2 票 | 1 票 | 无记名投票');
    const view: CongressResolutionView = { ...reference.congressResolution!, vote: vote(30, 28, 27) };
    const text = documentPlainText(congressResolution(view));
    expect(text).toContain('30 人 | 28 人 | 27 票 | 0 票 | 1 票 | 无记名投票');
    expect(text).toContain('会议决定：通过《福建隆祥皮革有限公司2021年度工资专项集体合同》');
    const unknown = { total: null, present: null, votesFor: null, votesAgainst: null, abstentions: null };
    expect(documentPlainText(congressResolution({ ...view, vote: unknown }))).toContain('（通过／未通过）');
  });

  it('counts workers, not delegates, at an all-worker meeting', () => {
    const text = documentPlainText(congressResolution({ ...reference.congressResolution!, body: '全体职工大会', vote: vote(30, 28, 27) }));
    expect(text).toContain('应到职工');
    expect(text).toContain('赞成票超过全体职工的半数');
    expect(text).not.toContain('全体代表');
  });
});

describe('the sample\'s views', () => {
  it('take the minimum wage from the shipped tables: Fuding tier 3, 1570, social insurance included', () => {
    expect(wageView.minimumWage).toMatchObject({ tier: 3, monthly: 157000, includesSocialInsurance: true, basis: '闽人社发〔2019〕6号' });
  });

  it('list what they assume: the round its placeholders, the enterprise its own', () => {
    // Assumptions now live in the data (the round's and the enterprise's), not in the views.
    const fields = sampleCase('wage-agreement').data.round.assumptions.map((a) => a.field);
    expect(fields).toEqual(expect.arrayContaining(['procedure.signing', 'details.payday', 'procedure.votes.0', 'procedure.term']));
    expect(sampleAssumptions.map((a) => a.field)).toContain('headcount');
  });
});

describe('document text conventions', () => {
  it('writes percentages without trailing zeros', () => {
    expect([percentText(bp(1429)), percentText(bp(7000)), percentText(bp(850)), percentText(bp(-2000))]).toEqual(['14.29%', '70%', '8.5%', '-20%']);
  });

  it('numbers chapters in Chinese', () => {
    expect([1, 10, 11, 14, 20, 43].map(ordinalZh)).toEqual(['一', '十', '十一', '十四', '二十', '四十三']);
  });
});
