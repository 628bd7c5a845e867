// The filing package of a user's own signed round (a Hangzhou garment maker, not the sample): its five
// parts in filing order, the agreement in the copies the round files, the checklist of what each part
// still needs, the signed text as the one filed, and the FIL-01 deadline from the procedure clock.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import { type CaseFile, type CaseFileInput } from '../../../shared/case/caseFile';
import { isoDate } from '../../../shared/dates/isoDate';
import { agreementSign } from '../../../templates/agreement/flow';
import { caseBundleContents } from '../../../templates/caseBundle';
import { caseContextOf, caseDataOf } from '../../../templates/case/fromFile';
import { documentPlainText } from '../../../templates/model';
import { filingFileName, filingPackage, filingPrintOrder } from '../../../templates/filing/filingPackage';
import { filingPackageZip, filingZipName } from '../../../templates/filing/filingZip';
import { documentDocxBytes } from '../../../templates/render/docx';
import { docxText, zhejiangCaseFile } from '../../cli/zhejiangCase';
import { caseFileOf, emptyUserCase } from '../userCase';

const today = isoDate('2022-02-20');

/** The Zhejiang round with last year's wage on record and a phone number for its union chair. */
function signedRound(change: (input: CaseFileInput) => CaseFileInput = (i) => i): CaseFile {
  const input = zhejiangCaseFile();
  return caseFileOf(
    change({
      ...input,
      people: input.people!.map((p) => (p.name === '沈佳怡' ? { ...p, phone: '13812345678' } : p)),
      earlier: [{ id: 'zj-2021', title: '2021年度工资专项集体合同', kind: 'wage', signedAt: '2021-02-10', standards: [{ period: '全年', appliesTo: '全体职工', from: '2021-03-01', to: null, monthlyFen: 236_000 }] }],
    }),
  );
}

function packageOf(file: CaseFile, agreements: readonly AgreementVersion[] = file.agreements, on = today) {
  const ctx = caseContextOf(file);
  if (!ctx.ok) throw new Error(ctx.error.message);
  return filingPackage(caseDataOf(file), ctx.value, { agreements, today: on });
}

async function signedVersion(file: CaseFile): Promise<AgreementVersion> {
  const ctx = caseContextOf(file);
  if (!ctx.ok) throw new Error(ctx.error.message);
  const bundle = await caseBundleContents(file, ctx.value, { createdAt: '2022-02-18T10:00:00+08:00', today });
  if (!bundle.ok) throw new Error(bundle.error.message);
  const signedAt = '2022-02-18T10:00:00+08:00';
  const signed = agreementSign(bundle.value.agreements[0]!, [
    { role: 'workers_chief', name: '沈佳怡', signedAt, kind: 'wet' },
    { role: 'employer_chief', name: '钱志远', signedAt, kind: 'wet' },
  ]);
  if (!signed.ok) throw new Error(signed.error.message);
  return signed.value;
}

describe('filingPackage', () => {
  it('orders the five parts as the administration receives them, with numbered file names', () => {
    const pkg = packageOf(signedRound());
    expect(pkg.parts.map((p) => [p.number, p.kind, p.titleZh])).toEqual([
      [1, 'cover', '报送审查登记表'],
      [2, 'agreement', '工资专项集体合同'],
      [3, 'resolution', '职工代表大会决议'],
      [4, 'representatives', '协商代表名单'],
      [5, 'note', '情况说明'],
    ]);
    expect(pkg.parts.map(filingFileName)).toEqual([
      '01-报送审查登记表.docx',
      '02-工资专项集体合同（一式3份）.docx',
      '03-职工代表大会决议.docx',
      '04-协商代表名单.docx',
      '05-情况说明.docx',
    ]);
  });

  it('prints the agreement once per filing copy (3 by CCR 42 / WCM 21; the round may file more), each copy whole', () => {
    const three = filingPrintOrder(packageOf(signedRound()));
    expect(three.map((p) => `${p.part.kind}${p.copy}`)).toEqual(['cover1', 'agreement1', 'agreement2', 'agreement3', 'resolution1', 'representatives1', 'note1']);
    const five = filingPrintOrder(packageOf(signedRound((i) => ({ ...i, round: { ...i.round, details: { ...i.round.details, filingCopies: 5 } } }))));
    expect(five.filter((p) => p.part.kind === 'agreement')).toHaveLength(5);
    expect(new Set(five.filter((p) => p.part.kind === 'agreement').map((p) => p.doc)).size).toBe(1);
  });

  it('is ready only with the signed text: a draft agreement prints with its mark and says so', async () => {
    const file = signedRound();
    const draft = packageOf(file);
    expect(draft.parts.map((p) => p.status)).toEqual(['ready', 'unsigned', 'ready', 'ready', 'ready']);
    expect(draft.ready).toBe(false);
    expect(draft.parts[1]!.doc!.meta.draft).toBe(true);

    const version = await signedVersion(file);
    const signed = packageOf(file, [version]);
    expect(signed.ready).toBe(true);
    expect(signed.parts[1]!.doc!.meta).toEqual({ draft: false, fingerprint: version.fingerprint });
    expect(signed.parts[1]!.signatures.map((s) => s.role)).toEqual(['workers_chief', 'employer_chief']);
    // The dossier of a signed round is signed and sealed by hand: no draft mark on it.
    expect(signed.parts.every((p) => p.doc!.meta.draft === false)).toBe(true);
  });

  it('lists what each part still needs for a round only begun, and the clock has not started', () => {
    const pkg = packageOf(caseFileOf(emptyUserCase()));
    expect(pkg.ready).toBe(false);
    expect(pkg.deadline).toEqual({ kind: 'unsigned' });
    const needs = Object.fromEntries(pkg.parts.map((p) => [p.kind, p.missing.map((m) => m.what)]));
    expect(needs.cover).toEqual(expect.arrayContaining(['term', 'signing', 'vote', 'labourAuthority']));
    expect(needs.resolution).toContain('vote');
    expect(needs.note).toEqual(expect.arrayContaining(['request', 'vote', 'signing', 'term']));
    // What the agreement still needs, the note that states its wage needs too.
    expect(needs.note).toEqual(expect.arrayContaining(needs.agreement!));
    expect(needs.representatives).toEqual([]);
    expect(pkg.parts.filter((p) => p.kind !== 'representatives').every((p) => p.doc === null && p.status === 'missing')).toBe(true);
  });

  it('gives the filing deadline from the procedure clock: 7 days after signing for a wage agreement, overdue after it', () => {
    const before = packageOf(signedRound()).deadline;
    expect(before.kind).toBe('computed');
    if (before.kind !== 'computed') return;
    expect(before.deadline.dueDate).toBe('2022-02-25');
    expect(before.deadline.rule.ruleId).toBe('FIL-01');
    expect(before.source).toContain('《工资集体协商试行办法》第二十一条');
    expect(before.status).toEqual({ state: 'pending', dueDate: '2022-02-25', daysLeft: 5 });
    const late = packageOf(signedRound(), [], isoDate('2022-03-01')).deadline;
    expect(late.kind === 'computed' && late.status).toEqual({ state: 'overdue', dueDate: '2022-02-25', daysLate: 4 });
    const filed = packageOf(signedRound((i) => ({ ...i, round: { ...i.round, procedure: { ...i.round.procedure, filing: { submittedAt: '2022-02-24', copies: 3 } } } })), [], isoDate('2022-03-01')).deadline;
    expect(filed.kind === 'computed' && filed.status.state).toBe('on-time');
  });

  it('lists both sides, chief first, the recorder apart, and masks personal phone numbers', () => {
    const text = documentPlainText(packageOf(signedRound()).parts[3]!.doc!);
    expect(text).toContain('一、企业方协商代表（3人）');
    expect(text).toContain('二、职工方协商代表（3人）');
    expect(text.indexOf('钱志远')).toBeLessThan(text.indexOf('孙丽华'));
    expect(text.indexOf('沈佳怡')).toBeLessThan(text.indexOf('陆文斌'));
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('记录员：吴静');
  });

  it('explains the round from its record: the dates, the vote, the raise over last year and the workers covered', () => {
    const text = documentPlainText(packageOf(signedRound()).parts[4]!.doc!);
    for (const expected of [
      '2022年1月5日以书面形式提出协商要约', '2022年1月10日书面回应', '2022年1月18日、2022年1月25日共进行2次协商',
      '2022年2月15日提交职工代表大会审议', '应到52人，实到48人，赞成45票', '2022年2月18日签字',
      // 2,488 against last year's 2,360: +128 yuan, 5.42 %.
      '2,488.00 元（大写：人民币贰仟肆佰捌拾捌元整）', '比2021年度工资专项集体合同约定的2,360.00 元增加128.00 元，增幅5.42%',
      '年中生产奖每人880.00 元', '共260人', '2022年3月1日起至2023年2月28日止',
    ]) expect(text).toContain(expected);
  });

  it('renders every part as a .docx that carries its title', async () => {
    const pkg = packageOf(signedRound());
    for (const p of pkg.parts) expect(docxText(await documentDocxBytes(p.doc!))).toContain(p.doc!.title);
  });
});

describe('filingPackageZip', () => {
  it('holds every part once as a numbered .docx, named with the enterprise and the date', async () => {
    const entries = unzipSync(await filingPackageZip(packageOf(signedRound())));
    expect(Object.keys(entries)).toEqual(['01-报送审查登记表.docx', '02-工资专项集体合同（一式3份）.docx', '03-职工代表大会决议.docx', '04-协商代表名单.docx', '05-情况说明.docx']);
    expect(docxText(entries['03-职工代表大会决议.docx']!)).toContain('职工代表大会决议');
    expect(filingZipName('杭州云溪/丝绸', '2022-02-20')).toBe('杭州云溪_丝绸-报送材料-2022-02-20.zip');
  });
});
