// From a round to its documents, the one path the app, the command line and the sample share. An empty
// case lists exactly what is missing, each with its screen, and prints nothing; a complete case in
// another province prints its own figures (and no trace of the sample); the sample reproduces the
// report's figures through the same path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoundInput } from '../../shared/case/round';
import { fen } from '../../shared/money/fen';
import { fenToCapitals } from '../../shared/money/capitals';
import { referenceCreditCode } from '../../shared/sample/referenceEnterprise';
import { wageCaseParse } from '../../shared/wage/caseFile';
import { wageModelRun } from '../../shared/wage/model';
import { caseDocuments } from '../../templates/caseViewModel';
import { documentPlainText } from '../../templates/model';
import { yuanText } from '../../templates/text';
import { caseOf, sampleCase, sampleDocument } from './sampleCase';
import { completeUserCase, emptyUserCase, userWages } from './userCase';

const byWhat = (list: readonly { what: string; screen: string }[]) => [...list].sort((a, b) => a.what.localeCompare(b.what));

describe('an empty user case (a new enterprise in Guangdong, a blank round)', () => {
  it('lists exactly what the wage agreement is missing, each with the screen it is entered on', () => {
    const { views } = caseOf(emptyUserCase());
    expect(byWhat(views.missing['wage-agreement'])).toEqual(
      byWhat([
        { what: 'agreedWage', screen: 'scenarios' },
        { what: 'term', screen: 'negotiations' },
        { what: 'payday', screen: 'details' },
        { what: 'signingPlace', screen: 'details' },
        { what: 'labourAuthority', screen: 'details' },
      ]),
    );
    expect(views.vm).toEqual({});
  });

  it('once the term is set, asks for what is missing but not the minimum wage the app ships for 广州 (粤府函〔2025〕23号)', () => {
    const input = emptyUserCase();
    const round = input.round as RoundInput;
    const { views } = caseOf({ ...input, round: { ...round, procedure: { ...round.procedure, term: { from: '2027-01-01', to: '2027-12-31' } } } });
    expect(byWhat(views.missing['wage-agreement'])).toEqual(
      byWhat([
        { what: 'agreedWage', screen: 'scenarios' },
        { what: 'payday', screen: 'details' },
        { what: 'signingPlace', screen: 'details' },
        { what: 'labourAuthority', screen: 'details' },
      ]),
    );
  });

  it('builds no document, and each one says what it needs', () => {
    const { data, ctx } = caseOf(emptyUserCase());
    const { documents } = caseDocuments(data, ctx);
    for (const d of documents) {
      expect(d.doc, d.name).toBeNull();
      expect(d.missing.length, d.name).toBeGreaterThan(0);
    }
  });
});

describe('a complete user case (浙江, its own figures and minimum-wage table)', () => {
  const wageText = (raised?: number) => {
    const { data, ctx } = caseOf(completeUserCase(raised));
    const made = caseDocuments(data, ctx).documents.find((d) => d.name === 'wage-agreement')!;
    expect(made.missing).toEqual([]);
    return documentPlainText(made.doc!);
  };
  const text = wageText();

  it('prints every entered figure in figures and in capitals', () => {
    for (const amount of Object.values(userWages)) {
      expect(text, `${amount}`).toContain(yuanText(fen(amount)));
      expect(text, `${amount}`).toContain(fenToCapitals(fen(amount)));
    }
  });

  it('prints the parties and the agreed table from the agreed scenario', () => {
    for (const name of ['杭州青禾纺织有限公司', '杭州青禾纺织有限公司工会', '周立新（总经理）', '沈玉梅（工会主席）', '杭州市西湖区总工会', '杭州市西湖区人力资源和社会保障局']) expect(text).toContain(name);
    expect(text).toContain('2027年第一季度至第二季度（2027年1月1日至2027年6月30日） | 全体职工 | 2,600.00 元 | 人民币贰仟陆佰元整');
    expect(text).toContain('2027年第三季度至第四季度（2027年7月1日起） | 全体职工 | 2,750.00 元 | 人民币贰仟柒佰伍拾元整');
    // The user's own table, merged over the shipped ones through the case context.
    expect(text).toContain('执行第1档月最低工资标准2,490.00 元');
  });

  it('carries nothing of the sample: not its name, its county or its credit code', () => {
    for (const word of ['隆祥', '福鼎', referenceCreditCode, '福建省']) expect(text).not.toContain(word);
  });

  it('follows the agreed scenario: another raised wage changes the table and its capitals', () => {
    fc.assert(
      fc.property(fc.integer({ min: userWages.minimum, max: 2_000_000 }).filter((w) => w !== userWages.first), (raised) => {
        const changed = wageText(raised);
        expect(changed).toContain(`（2027年7月1日起） | 全体职工 | ${yuanText(fen(raised))} | ${fenToCapitals(fen(raised))}`);
        if (raised !== userWages.raised) expect(changed).not.toContain(fenToCapitals(fen(userWages.raised)));
      }),
      { numRuns: 15 },
    );
  });
});

describe('the sample reproduces the report through the same path', () => {
  it('chains the output index 30, 24, 31.2, 49.92 from the round\'s model', () => {
    const model = wageCaseParse(sampleCase('wage-agreement').data.round.wage);
    if (!model.ok) throw new Error(model.error.code);
    expect(wageModelRun(model.value).output.quarters.map((q) => q.index)).toEqual([30, 24, 31.2, 49.92]);
  });

  it('finds the March 2020 base wage of 1570 exactly on Fuding\'s tier-3 floor', () => {
    const model = wageCaseParse(sampleCase('wage-agreement').data.round.wage);
    if (!model.ok) throw new Error(model.error.code);
    const findings = wageModelRun(model.value).floorFindings.filter((f) => f.scenario === '实际协议 as agreed');
    expect(findings).toEqual([expect.objectContaining({ quarter: '2020-Q2', baseWage: 157_000, action: 'warn', status: 'at-floor', floor: 157_000, tier: 3 })]);
  });

  it('lists the wage history 1750, 1570, 1750, 2000 in the 2021 wage agreement', () => {
    const view = sampleCase('wage-agreement').views.vm.wageAgreement!;
    expect(view.history.map((h) => h.monthly)).toEqual([175_000, 157_000, 175_000, 200_000]);
    const text = documentPlainText(sampleDocument('wage-agreement'));
    expect(text).toContain('2020年3月工资协议（第二份工资协议） | 1,570.00 元 | 人民币壹仟伍佰柒拾元整');
    expect(text).toContain('2021年1月工资协议（春节留岗） | 2,000.00 元 | 人民币贰仟元整');
  });

  it('pays 4710 + 1000 to each returning worker, 171,300 for 30, in the job-retention agreement', () => {
    const text = documentPlainText(sampleDocument('job-retention'));
    expect(text).toContain('3个月合计4,710.00 元（大写：人民币肆仟柒佰壹拾元整）');
    expect(text).toContain('返岗路费补贴1,000.00 元（大写：人民币壹仟元整）');
    expect(text).toContain('保岗协议支付总额：171,300.00 元（大写：人民币壹拾柒万壹仟叁佰元整）');
  });
});
