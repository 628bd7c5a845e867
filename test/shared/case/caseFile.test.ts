// Reading a case file: every refusal is a Result whose code says what is wrong and whose field names
// the place to fix it, so the app and the command line can point at it; a newer file is refused as
// newer (not as broken), and a byte-order mark from a Windows editor does not matter.
import { describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, caseFileParse, caseFileParseText } from '../../../shared/case/caseFile';
import { referenceCaseFile } from '../../../shared/sample/referenceRounds';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited JSON

/** The sample's Spring Festival round as plain JSON (roster, ledger, earlier rounds, deferred leave): a copy to break. */
function sample(): Json {
  return JSON.parse(JSON.stringify(referenceCaseFile('ref-2021-1'))) as Json;
}

function edited(edit: (file: Json) => void): Json {
  const file = sample();
  edit(file);
  return file;
}

function refusal(input: unknown): { code: string; field: unknown; issue?: unknown } {
  const read = caseFileParse(input);
  if (read.ok) throw new Error('the file was read');
  return { code: read.error.code, field: read.error.params?.field, ...(read.error.params?.issue === undefined ? {} : { issue: read.error.params.issue }) };
}

/** Another enterprise's agreement, as a file might carry by mistake (the shape is all the file checks). */
function otherAgreement(creditCode: string): Json {
  const content = {
    title: '工资专项集体合同',
    parties: { employer: { name: '别家公司', creditCode, chief: '甲' }, workers: { name: '别家公司工会', chief: '乙' } },
    term: { from: '2021-02-01', to: '2022-01-31' },
    clauses: [{ number: '第一条', heading: '', text: '略。' }],
    figures: [],
    signedAt: null,
  };
  return { agreementId: 'wage-agreement-other', version: 1, kind: 'wage', title: '工资专项集体合同', enterpriseCreditCode: creditCode, content, fingerprint: '0'.repeat(64), signatures: [], voided: false };
}

describe('caseFileParse', () => {
  it('reads every round of the sample', () => {
    for (const id of ['ref-2020-1', 'ref-2020-2', 'ref-2020-jr', 'ref-2020-3', 'ref-2021-1'] as const) expect(caseFileParse(referenceCaseFile(id)).ok, id).toBe(true);
  });

  it('refuses what is not a case file as case.format', () => {
    for (const input of [null, [], 'case', { ...sample(), format: 'wagedesk-backup' }]) expect(refusal(input)).toEqual({ code: 'case.format', field: 'format' });
  });

  it('refuses a file from a newer version as case.version, saying which version', () => {
    const read = caseFileParse({ ...sample(), version: CASE_FILE_VERSION + 1 });
    expect(read.ok ? 'ok' : read.error).toMatchObject({ code: 'case.version', params: { field: 'version', version: CASE_FILE_VERSION + 1 } });
  });

  it('refuses a version that is not a number this build writes as invalid, not as newer', () => {
    expect(refusal({ ...sample(), version: 0 })).toMatchObject({ code: 'case.invalid', field: 'version' });
    expect(refusal({ ...sample(), version: '2' })).toMatchObject({ code: 'case.invalid', field: 'version' });
  });

  it('names the field of a shape error, deep inside unions, with the issue', () => {
    expect(refusal(edited((f) => (f.enterprise.creditCode = '913509820000')))).toEqual({ code: 'case.invalid', field: 'enterprise.creditCode', issue: 'validation.creditCode.length' });
    expect(refusal(edited((f) => (f.round.agreed.standards[1].from = '2021-02-30')))).toMatchObject({ code: 'case.invalid', field: 'round.agreed.standards.1.from' });
    expect(refusal(edited((f) => (f.round.terms[1].amountFen = -1)))).toMatchObject({ code: 'case.invalid', field: 'round.terms.1.amountFen' });
    expect(refusal(edited((f) => (f.surprise = true)))).toEqual({ code: 'case.invalid', field: 'surprise', issue: 'unrecognized_keys' });
  });

  it('names the round\'s own refusals by their message key', () => {
    expect(refusal(edited((f) => (f.round.terms[1].id = f.round.terms[0].id)))).toEqual({ code: 'case.invalid', field: 'round.terms.1.id', issue: 'round.termIdTwice' });
    expect(refusal(edited((f) => (f.round.agreed = { kind: 'scenario', scenario: '没有这个方案' })))).toEqual({
      code: 'case.invalid',
      field: 'round.agreed.scenario',
      issue: 'round.agreedScenarioMissing',
    });
  });

  it('refuses a person id used twice, naming the second', () => {
    expect(refusal(edited((f) => (f.people[2].id = f.people[0].id)))).toEqual({ code: 'case.personIdTwice', field: 'people.2.id' });
  });

  it('refuses a procedure that names someone not among the people, wherever it names them', () => {
    expect(refusal(edited((f) => (f.round.procedure.representatives[3].personId = 'nobody')))).toEqual({ code: 'case.personUnknown', field: 'round.procedure.representatives.3.personId' });
    expect(refusal(edited((f) => (f.round.procedure.recorder.personId = 'nobody')))).toEqual({ code: 'case.personUnknown', field: 'round.procedure.recorder.personId' });
    expect(refusal(edited((f) => (f.round.procedure.meetings[0].attendees[4] = 'nobody')))).toEqual({ code: 'case.personUnknown', field: 'round.procedure.meetings.0.attendees.4' });
  });

  it('refuses a roster with a worker id used twice', () => {
    expect(refusal(edited((f) => (f.roster[5].id = f.roster[4].id)))).toEqual({ code: 'roster.workerIdTwice', field: 'roster' });
  });

  it('refuses ledger rows for a term the round does not have, a term that pays no money, or a worker not on the roster', () => {
    expect(refusal(edited((f) => (f.ledger.entries[3].termId = 'sf2020.redPacket')))).toEqual({ code: 'ledger.unknownTerm', field: 'ledger.entries.3.termId' });
    expect(refusal(edited((f) => (f.ledger.entries[3].termId = 'auto2021.investment')))).toEqual({ code: 'ledger.notMonetary', field: 'ledger.entries.3.termId' });
    expect(refusal(edited((f) => (f.ledger.entries[3].workerId = 'W999')))).toEqual({ code: 'ledger.unknownWorker', field: 'ledger.entries.3.workerId' });
  });

  it('refuses leave taken under a term that is not deferred leave, or by a worker not on the roster', () => {
    expect(refusal(edited((f) => (f.ledger.leave[0].termId = 'sf2021.redPacket')))).toEqual({ code: 'ledger.leaveNotDeferred', field: 'ledger.leave.0.termId' });
    expect(refusal(edited((f) => (f.ledger.leave[0].workerId = 'W999')))).toEqual({ code: 'ledger.unknownWorker', field: 'ledger.leave.0.workerId' });
  });

  it('refuses an agreement of another enterprise, naming which', () => {
    const stranger = '91330106MA2H00002H';
    const file = edited((f) => (f.agreements = [otherAgreement(f.enterprise.creditCode), otherAgreement(stranger)]));
    expect(refusal(file)).toEqual({ code: 'case.agreementOtherEnterprise', field: 'agreements.1.enterpriseCreditCode' });
  });

  it('refuses an earlier round with the id of this round or of another earlier round', () => {
    expect(refusal(edited((f) => (f.earlier[2].id = f.round.id)))).toEqual({ code: 'case.roundIdTwice', field: 'earlier.2.id' });
    expect(refusal(edited((f) => (f.earlier[3].id = f.earlier[1].id)))).toEqual({ code: 'case.roundIdTwice', field: 'earlier.3.id' });
  });
});

describe('caseFileParseText', () => {
  it('tolerates a byte-order mark before the JSON', () => {
    const text = JSON.stringify(sample());
    const read = caseFileParseText(`\uFEFF${text}`);
    expect(read.ok).toBe(true);
    expect(read).toEqual(caseFileParseText(text));
  });

  it('refuses text that is not JSON as case.json, and then reads JSON like caseFileParse', () => {
    for (const text of ['', '{', '\uFEFF', 'wagedesk-case']) expect(caseFileParseText(text)).toMatchObject({ ok: false, error: { code: 'case.json', params: { field: '' } } });
    expect(caseFileParseText(JSON.stringify({ ...sample(), version: 9 }))).toMatchObject({ ok: false, error: { code: 'case.version' } });
  });
});

describe('reading is bounded, and never throws', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('refuses text nested 5 000 levels deep as case.tooDeep', () => {
    const text = JSON.stringify(sample()).replace('"people":[', `"people":[${nested(5000)},`);
    expect(caseFileParseText(text)).toMatchObject({ ok: false, error: { code: 'case.tooDeep', params: { field: '' } } });
  });

  it('refuses parsed JSON nested as deep where the schema keeps unknown fields (an agreement\'s content), before its fingerprint recurses', () => {
    const agreement = otherAgreement(sample().enterprise.creditCode);
    const deep = edited((f) => (f.agreements = [{ ...agreement, content: { ...agreement.content, extra: JSON.parse(nested(5000)) } }]));
    expect(refusal(deep)).toEqual({ code: 'case.tooDeep', field: '' });
  });

  it('refuses a roster of five million rows by its limit, without reading each row', () => {
    const text = JSON.stringify(sample()).replace('"roster":[', `"roster":[${'0,'.repeat(5_000_000)}`);
    expect(caseFileParseText(text)).toMatchObject({ ok: false, error: { code: 'case.invalid', params: { field: 'roster', issue: 'too_big' } } });
  });

  it('answers case.unreadable when reading the input itself fails', () => {
    const hostile = { format: 'wagedesk-case', version: 1, get enterprise(): never { throw new Error('getter'); } };
    expect(caseFileParse(hostile)).toMatchObject({ ok: false, error: { code: 'case.unreadable', params: { message: 'getter' } } });
  });
});

describe('the economy section (the figures a round\'s 测算说明 used)', () => {
  const economy = {
    format: 'wagedesk.economy',
    version: 1,
    guidelines: [{ region: '35', year: 2021, effectiveFrom: '2021-01-01', effectiveTo: null, baselineBp: 700, upperBp: 1000, lowerBp: 400, verified: false }],
    prices: [{ region: '35', year: 2020, changeBp: 230, verified: false, source: { title: '统计公报', number: null, date: null, readAt: 'on file', kind: 'notice' } }],
    averageWages: [],
  };

  it('reads a version-1 file without it as null, and writes nothing for it', () => {
    const file = sample();
    expect('economy' in file).toBe(false);
    const read = caseFileParse(file);
    expect(read.ok && read.value.economy).toBeNull();
  });

  it('carries it through a write and a read unchanged, still as version 1', () => {
    const read = caseFileParse(edited((f) => (f.economy = economy)));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.version).toBe(CASE_FILE_VERSION);
    expect(read.value.economy).toEqual(economy);
    const again = caseFileParseText(`${JSON.stringify(read.value, null, 2)}\n`);
    expect(again.ok && again.value).toEqual(read.value);
  });

  it('refuses a section that is not an economy file, naming the field inside it', () => {
    expect(refusal(edited((f) => (f.economy = { ...economy, format: 'wagedesk.minimumWage' })))).toMatchObject({ code: 'case.invalid', field: 'economy.format' });
    expect(refusal(edited((f) => (f.economy = { ...economy, prices: [{ ...economy.prices[0], changeBp: 'two' }] })))).toMatchObject({ code: 'case.invalid', field: 'economy.prices.0.changeBp' });
  });
});
