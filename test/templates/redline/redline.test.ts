// The redline as data: articles matched by their stable id (a renumbered article is the same article),
// chapters without their ordinal, tables cell by cell; what a screen or the .docx writer reads.
import { describe, expect, it } from 'vitest';
import { agreementVersionFirst } from '../../../shared/bundle/agreement';
import type { Round } from '../../../shared/case/round';
import { isoDate } from '../../../shared/dates/isoDate';
import { documentPlainText } from '../../../templates/model';
import { referenceCaseFile } from '../../../shared/sample/referenceRounds';
import { agreementContentOf, signableFacts } from '../../../templates/agreement/content';
import { agreementIdFor } from '../../../templates/agreement/flow';
import { caseDocument, caseViewModel } from '../../../templates/caseViewModel';
import { caseRedline, redlineAuthorDefault, redlineTemplateFor, type RedlineRound } from '../../../templates/redline/caseRedline';
import { documentRedline, type Redline, type RedlineBlock } from '../../../templates/redline/redline';
import { redlineCellChanges, redlineEmpty, redlineSummary } from '../../../templates/redline/summary';
import { segmentsText } from '../../../templates/redline/textDiff';
import { copiedForward, droppedTermId, editedClauseId, editedClauseText, redlineRoundOf, sampleRound } from './redlinePairs';

function redlineOf(previous: RedlineRound, next: RedlineRound): Redline {
  const r = caseRedline('wage-agreement', previous, next);
  if (!r.redline) throw new Error('a side cannot be made');
  return r.redline;
}

const clause = (r: Redline, id: string) => r.blocks.find((b): b is Extract<RedlineBlock, { kind: 'clause' }> => b.kind === 'clause' && b.id === id);
const numberRead = (b: Extract<RedlineBlock, { kind: 'clause' }>) => `${segmentsText(b.number, 'previous')} → ${segmentsText(b.number, 'next')}`;

describe('documentRedline of two sample rounds (ref-2020-1 → ref-2020-2)', () => {
  const r = redlineOf(sampleRound('ref-2020-1'), sampleRound('ref-2020-2'));

  it('keeps an article renumbered by the two added before it as the same article, its text unchanged', () => {
    const b = clause(r, '年度工资水平与调整.4')!;
    expect(b.change).toBe('changed');
    expect(numberRead(b)).toBe('第九条 → 第十一条');
    expect(b.number.map((s) => s.kind)).toEqual(['equal', 'deleted', 'inserted', 'equal']);
    expect(b.paragraphs.every((p) => p.change === 'equal')).toBe(true);
  });

  it('marks the articles and the history table the new round added as inserted', () => {
    expect(clause(r, '年度工资水平与调整.2')?.change).toBe('inserted');
    expect(clause(r, '年度工资水平与调整.3')?.change).toBe('inserted');
    const inserted = r.blocks.filter((b) => b.kind === 'table' && b.change === 'inserted');
    expect(inserted).toHaveLength(1);
  });

  it('diffs the wage table cell by cell: old → new', () => {
    const wageTable = redlineCellChanges(r).filter((c) => c.previous !== null && c.next !== null);
    expect(wageTable.map((c) => `${c.previous} → ${c.next}`)).toEqual([
      '合同期内（2020年1月1日起） → 合同期内（2020年4月1日起）',
      '全体职工 → 一线职工',
      '1,750.00 元 → 1,570.00 元',
      '人民币壹仟柒佰伍拾元整 → 人民币壹仟伍佰柒拾元整',
    ]);
  });

  it('sums up: two articles reworded, the rest renumbered, two added', () => {
    expect(redlineSummary(r).clauses).toEqual({ reworded: 2, renumbered: 26, inserted: 2, deleted: 0 });
  });

  it('finds nothing between a document and itself', () => {
    const doc = sampleRound('ref-2020-2');
    const same = caseDocument('wage-agreement', doc.data, caseViewModel(doc.data, doc.ctx)).doc!;
    expect(redlineEmpty(documentRedline(same, same))).toBe(true);
    expect(redlineEmpty(r)).toBe(false);
  });
});

describe('documentRedline of chapters (ref-2020-3 → ref-2021-1)', () => {
  const r = redlineOf(sampleRound('ref-2020-3'), sampleRound('ref-2021-1'));
  const heading = (text: string) => r.blocks.find((b): b is Extract<RedlineBlock, { kind: 'heading' }> => b.kind === 'heading' && segmentsText(b.segments, 'next').endsWith(text));

  it('matches a chapter without its ordinal and inserts the new chapter', () => {
    expect(segmentsText(heading('违约责任')!.segments, 'previous')).toBe('第十一章　违约责任');
    expect(segmentsText(heading('违约责任')!.segments, 'next')).toBe('第十二章　违约责任');
    expect(heading('其他约定事项')!.change).toBe('inserted');
  });
});

describe("documentRedline of a user's copied round", () => {
  const r = redlineOf(sampleRound('ref-2021-1'), redlineRoundOf(copiedForward()));

  it('shows the dropped term as a deleted article, the reworded one as changed text, the new wage in the table', () => {
    const dropped = r.blocks.filter((b) => b.kind === 'clause' && b.change === 'deleted');
    expect(dropped.map((b) => (b.kind === 'clause' ? b.id : ''))).toEqual(['奖金、津贴、补贴.redPacket.春节留岗红包']);
    expect(droppedTermId).toBe('sf2021.redPacket');
    const edited = clause(r, editedClauseId)!;
    expect(edited.paragraphs[0]!.change).toBe('changed');
    expect(segmentsText(edited.paragraphs[0]!.segments, 'next')).toBe(editedClauseText);
    expect(redlineCellChanges(r).map((c) => `${c.previous} → ${c.next}`)).toContain('2,000.00 元 → 2,100.00 元');
    // The history table keeps the 2021 round's row (now an earlier round) and gains the new round's.
    expect(redlineCellChanges(r).filter((c) => c.previous === null).map((c) => c.next)).toEqual(['2022年工资集体协商', '2,100.00 元', '人民币贰仟壹佰元整']);
  });
});

describe('caseRedline', () => {
  it('compares against the text the previous round signed when it carries a frozen version', async () => {
    const input = referenceCaseFile('ref-2020-1');
    const before = sampleRound('ref-2020-1');
    const views = caseViewModel(before.data, before.ctx);
    const signed = caseDocument('wage-agreement', before.data, views).doc!;
    const content = agreementContentOf('wage-agreement', signed, signableFacts('wage-agreement', views.vm)!, isoDate('2020-01-10'));
    const meta = { agreementId: agreementIdFor('wage-agreement', 'ref-2020-1'), kind: 'wage' as const, title: signed.title, enterpriseCreditCode: before.data.enterprise.creditCode };
    const v1 = await agreementVersionFirst(meta, content);
    if (!v1.ok) throw new Error(v1.error.message);
    // After signing, the round's payday was edited and never signed again: the redline starts from what was signed.
    const round = input.round as Round;
    const edited = redlineRoundOf({ ...input, round: { ...round, details: { ...round.details, payday: 10 } }, agreements: [v1.value] });
    const r = caseRedline('wage-agreement', edited, sampleRound('ref-2020-2'));
    expect(r.previous.version).toBe(1);
    expect(documentPlainText(r.previous.doc!)).toContain('每月15日前支付上月工资');
    expect(documentPlainText(r.previous.live.doc!)).toContain('每月10日前支付上月工资');
    expect(clause(r.redline!, '工资支付.1')!.paragraphs[0]!.change).toBe('equal');
  });

  it('names what a side still needs instead of a redline', () => {
    const blank = sampleRound('ref-2020-1');
    const r = caseRedline('job-retention', blank, sampleRound('ref-2020-jr'));
    expect(r.redline).toBeNull();
    expect(r.previous.live.missing.length).toBeGreaterThan(0);
  });

  it('picks the agreement of the round kind and the union as the default author', () => {
    expect(redlineTemplateFor('wage')).toBe('wage-agreement');
    expect(redlineTemplateFor('jobRetention')).toBe('job-retention');
    expect(redlineTemplateFor('other')).toBeNull();
    const round = sampleRound('ref-2021-1');
    expect(redlineAuthorDefault(round.data)).toBe('福建隆祥皮革有限公司工会');
    expect(redlineAuthorDefault({ ...round.data, enterprise: { ...round.data.enterprise, unionName: '' } })).toBe('职工方');
  });
});
