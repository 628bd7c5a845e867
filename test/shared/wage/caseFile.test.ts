import { describe, it, expect } from 'vitest';
import { wageCaseErrorCodes, wageCaseParse, wageCaseParseText, type WageCaseFileInput } from '../../../shared/wage/caseFile';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { referenceHeadcountAssumed } from '../../../shared/sample/referenceEnterprise';

function minimal(): WageCaseFileInput {
  return {
    regionCode: '350982',
    baseQuarter: '2019-Q4',
    output: { kind: 'qoq', changesBp: [-7000, -2000] },
    headcount: [
      { quarter: '2020-Q1', working: 100 },
      { quarter: '2020-Q2', working: 80, onLeave: 20 },
    ],
    scenarios: [{ name: 'a', wages: [{ quarter: '2020-Q1', kind: 'amount', amountFen: 175000 }] }],
  };
}

function errorOf(input: unknown) {
  const result = wageCaseParse(input);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('wageCaseParse', () => {
  it('restores a minimal case with defaults (no leave, no stoppage, no offer or ask)', () => {
    const result = wageCaseParse(minimal());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.output.quarters).toEqual(['2020-Q1', '2020-Q2']);
    expect(result.value.headcount[0]).toEqual({ quarter: '2020-Q1', working: 100, onLeave: 0, stopped: 0 });
    expect(result.value.scenarios[0]!.monthlyBaseWages).toEqual([175000, 175000]);
    expect(result.value.offer).toEqual([null, null]);
    expect(result.value.assumptions).toEqual([]);
  });

  it('takes an offer for all quarters or by quarter', () => {
    const result = wageCaseParse({ ...minimal(), offerFen: 160000, askFen: { '2020-Q2': 180000 } });
    expect(result).toMatchObject({ ok: true, value: { offer: [160000, 160000], ask: [null, 180000] } });
  });

  it.each([
    [{ ...minimal(), regionCode: '3509' }, 'regionCode', 'invalid_format'],
    [{ ...minimal(), baseQuarter: '2019-Q5' }, 'baseQuarter', 'invalid_format'],
    [{ ...minimal(), output: { kind: 'qoq', changesBp: [-7000, 'x'] } }, 'output.changesBp.1', 'invalid_type'],
    [{ ...minimal(), output: { kind: 'qoq', changesBp: [-10000] } }, 'output.changesBp.0', 'too_small'],
    [{ ...minimal(), output: { kind: 'level', changesBp: [1] } }, 'output.kind', 'invalid_union'],
    [{ ...minimal(), output: { kind: 'values', baseValueFen: 100, valuesFen: [1.5] } }, 'output.valuesFen.0', 'invalid_type'],
    [{ ...minimal(), headcount: [{ quarter: '2020-Q1', working: -1 }] }, 'headcount.0.working', 'too_small'],
    [{ ...minimal(), scenarios: [{ name: '', wages: [] }] }, 'scenarios.0.name', 'too_small'],
    [{ ...minimal(), scenarios: [{ name: 'a', wages: [{ quarter: '2020-Q1', kind: 'amount', amountFen: 1750.5 }] }] }, 'scenarios.0.wages.0.amountFen', 'invalid_type'],
    [{ ...minimal(), offerFen: { '2020-Q9': 1 } }, 'offerFen.2020-Q9', 'invalid_key'],
    [{ ...minimal(), scenario: [] }, 'scenario', 'unrecognized_keys'],
    [{ ...minimal(), targetLabourShareBp: 0 }, 'targetLabourShareBp', 'too_small'],
  ])('names the field of a shape error (%#)', (input, field, issue) => {
    expect(errorOf(input)).toMatchObject({ code: 'case.invalid', params: { field, issue } });
  });

  it('names the field of cross-field errors', () => {
    const m = minimal();
    expect(errorOf({ ...m, headcount: [m.headcount[0]] })).toMatchObject({ code: 'case.headcountMissing', params: { field: 'headcount', quarter: '2020-Q2' } });
    expect(errorOf({ ...m, headcount: [...m.headcount, m.headcount[0]] })).toMatchObject({ code: 'case.headcountDuplicate', params: { field: 'headcount.2.quarter' } });
    expect(errorOf({ ...m, headcount: [...m.headcount, { quarter: '2021-Q1', working: 1 }] })).toMatchObject({
      code: 'case.quarterOutsideModel',
      params: { field: 'headcount.2.quarter' },
    });
    expect(errorOf({ ...m, scenarios: [m.scenarios[0], m.scenarios[0]] })).toMatchObject({ code: 'case.scenarioNameDuplicate', params: { field: 'scenarios.1.name' } });
    expect(errorOf({ ...m, scenarios: [{ ...m.scenarios[0], outputLinked: { shareBp: 100, thresholdBp: 0 } }] })).toMatchObject({
      code: 'case.outputLevelRequired',
      params: { field: 'output.baseValueFen' },
    });
    expect(errorOf({ ...m, scenarios: [{ name: 'a', wages: [{ quarter: '2020-Q2', kind: 'amount', amountFen: 1 }] }] })).toMatchObject({
      code: 'scenario.baseWageMissing',
      params: { field: 'scenarios.0.startingWageFen', quarter: '2020-Q1' },
    });
    expect(errorOf({ ...m, offerFen: { '2021-Q1': 1 } })).toMatchObject({ code: 'case.quarterOutsideModel', params: { field: 'offerFen.2021-Q1' } });
  });

  it('reports text that is not JSON as case.json', () => {
    expect(wageCaseParseText('{ nope')).toMatchObject({ ok: false, error: { code: 'case.json' } });
  });

  it('uses only the documented error codes', () => {
    expect(wageCaseErrorCodes).toContain(errorOf({}).code);
  });
});

describe('referenceWageCase', () => {
  const file = referenceWageCase();

  it('is a valid case file: Fuding, 2020-Q1 to 2020-Q4 from the reported quarter-on-quarter changes', () => {
    const result = wageCaseParse(file);
    expect(result.ok).toBe(true);
    expect(file.regionCode).toBe('350982');
    expect(file.output).toMatchObject({ kind: 'qoq', changesBp: [-7000, -2000, 3000, 6000] });
    if (result.ok) expect(result.value.output.quarters).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
  });

  it('maps the four agreements to four quarterly base wages 1750, 1570, 1750, 2000', () => {
    expect(file.scenarios[0]!.wages.map((w) => [w.quarter, 'amountFen' in w ? w.amountFen : null])).toEqual([
      ['2020-Q1', 175000],
      ['2020-Q2', 157000],
      ['2020-Q3', 175000],
      ['2020-Q4', 200000],
    ]);
  });

  it('lists every placeholder it uses as an assumption', () => {
    const fields = (file.assumptions ?? []).map((a) => a.field);
    expect(fields).toEqual(expect.arrayContaining(['output.baseValueFen', 'headcount', 'scenarios.0.wages', 'targetLabourShareBp', 'scenarios.1']));
    expect(file.headcount.map((h) => h.working + (h.onLeave ?? 0))).toEqual(Array(4).fill(referenceHeadcountAssumed));
  });
});
