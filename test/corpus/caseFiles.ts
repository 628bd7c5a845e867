// Case files as read from disk: the wage-model case (shared/wage/caseFile.ts), the negotiation record
// (shared/procedure/record.ts) and the terms file (shared/terms/termsCase.ts). Each case starts from a
// valid file and breaks one thing; the text is what the file holds.
import { referenceRecord } from '../../shared/sample/referenceRecord';
import { referenceTermsCase } from '../../shared/sample/referenceTerms';
import { type CorpusCase, corpusEdited, corpusLong } from './corpusCase';

type Edit = (copy: Record<string, unknown>) => void;
type Json = Record<string, unknown>;
const arr = (value: unknown) => value as Json[];

/** Text of a file that no JSON reader accepts (the same list for every kind of file). */
const notJson: readonly [string, string][] = [
  ['empty file', ''],
  ['only whitespace', ' \n\t '],
  ['cut off after the first brace', '{'],
  ['trailing comma', '{"a":1,}'],
  ['single quotes', "{'regionCode':'350982'}"],
  ['bare NaN', 'NaN'],
  ['undefined', 'undefined'],
  ['binary bytes', '\u0000\u0001\u0002PK\u0003\u0004'],
  ['an XML document', '<?xml version="1.0"?><case/>'],
  ['a CSV line', 'quarter,working\n2020-Q1,100'],
];

/** JSON that is not an object. */
const notObjects: readonly [string, string][] = [['null', 'null'], ['an array', '[]'], ['a number', '42'], ['a string', '"case"'], ['true', 'true']];

// ---- wage-model case files ----

export type WageCaseInput = { readonly text: string } | { readonly value: unknown };
export type WageCaseCase = CorpusCase<'caseFile.wage', WageCaseInput>;

/** A small valid case: two quarters after 2019-Q4, one scenario. */
export function validWageCase(): Json {
  return {
    regionCode: '350982',
    baseQuarter: '2019-Q4',
    output: { kind: 'qoq', changesBp: [-7000, -2000] },
    headcount: [{ quarter: '2020-Q1', working: 100 }, { quarter: '2020-Q2', working: 80, onLeave: 20 }],
    scenarios: [{ name: '方案一', wages: [{ quarter: '2020-Q1', kind: 'amount', amountFen: 175000 }] }],
  };
}

const wageText = (name: string, edit: Edit, code: string): WageCaseCase => ({
  name, kind: 'caseFile.wage', input: { text: JSON.stringify(corpusEdited(validWageCase(), edit)) }, code,
});
const wageValue = (name: string, edit: Edit, code: string): WageCaseCase => {
  const value = structuredCloneLike(validWageCase());
  edit(value);
  return { name, kind: 'caseFile.wage', input: { value }, code };
};
/** A copy that keeps values JSON cannot hold (NaN, Infinity, Date) once they are set. */
function structuredCloneLike(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
const scenario0 = (c: Json) => arr(c.scenarios)[0]!;
const wage0 = (c: Json) => arr(scenario0(c).wages)[0]!;
const headcount0 = (c: Json) => arr(c.headcount)[0]!;
const quarters = (n: number) => Array.from({ length: n }, (_, i) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

const validWageText = JSON.stringify(validWageCase());

export const wageCaseCases: readonly WageCaseCase[] = [
  ...notJson.map(([what, text]): WageCaseCase => ({ name: `not JSON: ${what}`, kind: 'caseFile.wage', input: { text }, code: 'case.json' })),
  { name: 'not JSON: byte-order mark before the JSON', kind: 'caseFile.wage', input: { text: `\uFEFF${validWageText}` }, code: 'case.json' },
  { name: 'not JSON: cut off half way', kind: 'caseFile.wage', input: { text: validWageText.slice(0, validWageText.length >> 1) }, code: 'case.json' },
  ...notObjects.map(([what, text]): WageCaseCase => ({ name: `JSON but ${what}`, kind: 'caseFile.wage', input: { text }, code: 'case.invalid' })),
  wageText('an unknown top-level key', (c) => { c.notes = 'x'; }, 'case.invalid'),
  wageText('region code: 5 digits', (c) => { c.regionCode = '35098'; }, 'case.invalid'),
  wageText('region code: a number', (c) => { c.regionCode = 350982; }, 'case.invalid'),
  wageText('region code: missing', (c) => { delete c.regionCode; }, 'case.invalid'),
  wageText('base quarter: 2019Q4', (c) => { c.baseQuarter = '2019Q4'; }, 'case.invalid'),
  wageText('base quarter: Q5', (c) => { c.baseQuarter = '2019-Q5'; }, 'case.invalid'),
  wageText('base quarter: the quarters run past 9999-Q4', (c) => { c.baseQuarter = '9999-Q4'; }, 'case.invalid'),
  wageText('output: unknown kind', (c) => { c.output = { kind: 'monthly', changesBp: [0] }; }, 'case.invalid'),
  wageText('output: no changes', (c) => { c.output = { kind: 'qoq', changesBp: [] }; }, 'case.invalid'),
  wageText('output: a fall of 100 %', (c) => { c.output = { kind: 'qoq', changesBp: [-10000, 0] }; }, 'case.invalid'),
  wageText('output: a fractional change', (c) => { c.output = { kind: 'qoq', changesBp: [1.5, 0] }; }, 'case.invalid'),
  wageText('output: a change as text', (c) => { c.output = { kind: 'qoq', changesBp: ['10', 0] }; }, 'case.invalid'),
  wageText('output: 41 quarters (too many)', (c) => { c.output = { kind: 'qoq', changesBp: Array<number>(41).fill(0) }; }, 'case.invalid'),
  wageText('output: negative output value', (c) => { c.output = { kind: 'values', baseValueFen: 100, valuesFen: [-1, 100] }; }, 'case.invalid'),
  wageText('output: base output 0', (c) => { c.output = { kind: 'values', baseValueFen: 0, valuesFen: [100, 100] }; }, 'case.invalid'),
  wageText('output: base output above the cap', (c) => { c.output = { kind: 'values', baseValueFen: 1e14, valuesFen: [100, 100] }; }, 'case.invalid'),
  wageText('headcount: none', (c) => { c.headcount = []; }, 'case.invalid'),
  wageText('headcount: negative', (c) => { headcount0(c).working = -1; }, 'case.invalid'),
  wageText('headcount: fractional', (c) => { headcount0(c).working = 1.5; }, 'case.invalid'),
  wageText('headcount: as text', (c) => { headcount0(c).working = '100'; }, 'case.invalid'),
  wageText('headcount: an unknown key', (c) => { headcount0(c).women = 3; }, 'case.invalid'),
  wageText('headcount: 41 rows', (c) => { c.headcount = quarters(41).map((quarter) => ({ quarter, working: 1 })); }, 'case.invalid'),
  wageText('headcount: a quarter missing', (c) => { c.headcount = [headcount0(c)]; }, 'case.headcountMissing'),
  wageText('headcount: a quarter twice', (c) => { c.headcount = [...arr(c.headcount), headcount0(c)]; }, 'case.headcountDuplicate'),
  wageText('headcount: a quarter gap (Q1 and Q3 of two quarters)', (c) => { c.headcount = [headcount0(c), { quarter: '2020-Q3', working: 80 }]; }, 'case.quarterOutsideModel'),
  wageText('scenarios: none', (c) => { c.scenarios = []; }, 'case.invalid'),
  wageText('scenarios: 21', (c) => { c.scenarios = Array.from({ length: 21 }, (_, i) => ({ ...scenario0(c), name: `方案${i}` })); }, 'case.invalid'),
  wageText('scenario without wages', (c) => { delete scenario0(c).wages; }, 'case.invalid'),
  wageText('scenario with an empty wage list', (c) => { scenario0(c).wages = []; }, 'scenario.baseWageMissing'),
  wageText('scenario: empty name', (c) => { scenario0(c).name = '  '; }, 'case.invalid'),
  wageText('scenario: name of 101 characters', (c) => { scenario0(c).name = corpusLong(101); }, 'case.invalid'),
  wageText('scenarios: the same name twice', (c) => { c.scenarios = [scenario0(c), scenario0(c)]; }, 'case.scenarioNameDuplicate'),
  wageText('base wage 0', (c) => { wage0(c).amountFen = 0; }, 'case.invalid'),
  wageText('base wage negative', (c) => { wage0(c).amountFen = -175000; }, 'case.invalid'),
  wageText('base wage in yuan with decimals', (c) => { wage0(c).amountFen = 1750.5; }, 'case.invalid'),
  wageText('a raise that takes the wage below 0', (c) => { scenario0(c).wages = [wage0(c), { quarter: '2020-Q2', kind: 'raiseAmount', amountFen: -200000 }]; }, 'scenario.baseWageNotPositive'),
  wageText('a cut of 100 %', (c) => { scenario0(c).wages = [wage0(c), { quarter: '2020-Q2', kind: 'raiseRate', rateBp: -10000 }]; }, 'scenario.baseWageNotPositive'),
  wageText('a raise with nothing to raise', (c) => { scenario0(c).wages = [{ quarter: '2020-Q1', kind: 'raiseRate', rateBp: 500 }]; }, 'scenario.baseWageMissing'),
  wageText('a wage step of unknown kind', (c) => { wage0(c).kind = 'bonus'; }, 'case.invalid'),
  wageText('a wage in a quarter outside the model', (c) => { scenario0(c).wages = [wage0(c), { quarter: '2021-Q1', kind: 'amount', amountFen: 1 }]; }, 'scenario.quarterOutsideModel'),
  wageText('a wage set twice for one quarter', (c) => { scenario0(c).wages = [wage0(c), wage0(c)]; }, 'scenario.quarterDuplicate'),
  wageText('agreement date 2021-02-30', (c) => { wage0(c).agreementDate = '2021-02-30'; }, 'case.invalid'),
  wageText('an output bonus without a base output', (c) => { scenario0(c).outputLinked = { shareBp: 100, thresholdBp: 0 }; }, 'case.outputLevelRequired'),
  wageText('an output bonus share above 100 %', (c) => { scenario0(c).outputLinked = { shareBp: 10001, thresholdBp: 0 }; }, 'case.invalid'),
  wageText('offer for a quarter outside the model', (c) => { c.offerFen = { '2021-Q1': 160000 }; }, 'case.quarterOutsideModel'),
  wageText('offer of 0', (c) => { c.offerFen = 0; }, 'case.invalid'),
  wageText('ask negative', (c) => { c.askFen = -1; }, 'case.invalid'),
  wageText('ask keyed by a malformed quarter', (c) => { c.askFen = { '2020Q1': 1 }; }, 'case.invalid'),
  wageText('target labour share 0', (c) => { c.targetLabourShareBp = 0; }, 'case.invalid'),
  wageText('target labour share above 100 %', (c) => { c.targetLabourShareBp = 10001; }, 'case.invalid'),
  wageText('title of 201 characters', (c) => { c.title = corpusLong(201); }, 'case.invalid'),
  wageText('assumption without a note', (c) => { c.assumptions = [{ field: 'x' }]; }, 'case.invalid'),
  // Values no JSON file holds, but a caller of wageCaseParse or wageCaseRepo.save can pass.
  wageValue('value: NaN workers', (c) => { headcount0(c).working = Number.NaN; }, 'case.invalid'),
  wageValue('value: NaN base wage', (c) => { wage0(c).amountFen = Number.NaN; }, 'case.invalid'),
  wageValue('value: Infinity base wage', (c) => { wage0(c).amountFen = Number.POSITIVE_INFINITY; }, 'case.invalid'),
  wageValue('value: -Infinity output change', (c) => { c.output = { kind: 'qoq', changesBp: [Number.NEGATIVE_INFINITY, 0] }; }, 'case.invalid'),
  wageValue('value: a Date as the base quarter', (c) => { c.baseQuarter = new Date('2019-10-01'); }, 'case.invalid'),
  wageValue('value: a bigint base wage', (c) => { wage0(c).amountFen = BigInt(175000); }, 'case.invalid'),
  wageValue('value: an empty object', (c) => { for (const key of Object.keys(c)) delete c[key]; }, 'case.invalid'),
];

// ---- negotiation records ----

export type ProcedureCase = CorpusCase<'caseFile.procedure', string>;

const validRecordText = JSON.stringify(referenceRecord());
const record = (name: string, edit: Edit): ProcedureCase => ({
  name, kind: 'caseFile.procedure', input: JSON.stringify(corpusEdited(referenceRecord(), edit)), code: 'record.invalid',
});
const rep0 = (c: Json) => arr(c.representatives)[0]!;
const vote0 = (c: Json) => arr(c.votes)[0]!;

export const procedureCases: readonly ProcedureCase[] = [
  ...notJson.slice(0, 6).map(([what, text]): ProcedureCase => ({ name: `not JSON: ${what}`, kind: 'caseFile.procedure', input: text, code: 'record.json' })),
  { name: 'not JSON: byte-order mark before the JSON', kind: 'caseFile.procedure', input: `\uFEFF${validRecordText}`, code: 'record.json' },
  { name: 'not JSON: cut off half way', kind: 'caseFile.procedure', input: validRecordText.slice(0, validRecordText.length >> 1), code: 'record.json' },
  ...notObjects.slice(0, 3).map(([what, text]): ProcedureCase => ({ name: `JSON but ${what}`, kind: 'caseFile.procedure', input: text, code: 'record.invalid' })),
  record('a newer format', (c) => { c.format = 'wagedesk-procedure-record/2'; }),
  record('an unknown key', (c) => { c.comment = 'x'; }),
  record('kind unknown', (c) => { c.kind = 'wage'; }),
  record('kind missing', (c) => { delete c.kind; }),
  record('region code of 4 digits', (c) => { c.regionCode = '3509'; }),
  record('region code as a number', (c) => { c.regionCode = 350982; }),
  record('title of 201 characters', (c) => { c.title = corpusLong(201); }),
  record('representatives not a list', (c) => { c.representatives = '熊仕荣'; }),
  record('a representative on the neutral side', (c) => { rep0(c).side = 'neutral'; }),
  record('a representative as recorder', (c) => { rep0(c).role = 'recorder'; }),
  record('a representative without an id', (c) => { rep0(c).personId = ' '; }),
  record('request sent on 2020-02-30', (c) => { (c.request as Json).sentAt = '2020-02-30'; }),
  record('request dated 2020/02/26', (c) => { (c.request as Json).sentAt = '2020/02/26'; }),
  record('reply without accepted', (c) => { delete (c.reply as Json).accepted; }),
  record('more present than the total', (c) => { vote0(c).present = 37; }),
  record('more votes than people present', (c) => { vote0(c).for = 33; }),
  record('a vote total of 0', (c) => { vote0(c).total = 0; }),
  record('a vote count of -1', (c) => { vote0(c).against = -1; }),
  record('a meeting chaired by a neutral', (c) => { arr(c.meetings)[0]!.chair = 'neutral'; }),
  record('201 meetings', (c) => { c.meetings = Array.from({ length: 201 }, () => arr(c.meetings)[0]); }),
  record('a suspension of 0 days', (c) => { arr(c.suspensions)[0]!.lengthDays = 0; }),
  record('an unknown clause', (c) => { (c.draft as Json).clauses = ['bonus-pool']; }),
  record('a base wage of 0', (c) => { arr((c.draft as Json).baseWages)[0]!.monthlyFen = 0; }),
  record('union exists as text', (c) => { (c.union as Json).exists = 'yes'; }),
];

// ---- terms files ----

export type TermsCase = CorpusCase<'caseFile.terms', string>;

const validTerms = (): Json => JSON.parse(JSON.stringify(referenceTermsCase())) as Json;
const validTermsText = JSON.stringify(validTerms());
const terms = (name: string, edit: Edit, code = 'terms.invalid'): TermsCase => ({
  name, kind: 'caseFile.terms', input: JSON.stringify(corpusEdited(validTerms(), edit)), code,
});
const termOf = (c: Json, kind: string) => arr(c.terms).find((t) => t.kind === kind)!;
const worker = (c: Json, i: number) => arr(c.roster)[i]!;
const entry0 = (c: Json) => arr((c.ledger as Json).entries)[0]!;

export const termsCases: readonly TermsCase[] = [
  ...notJson.slice(0, 5).map(([what, text]): TermsCase => ({ name: `not JSON: ${what}`, kind: 'caseFile.terms', input: text, code: 'terms.json' })),
  { name: 'not JSON: byte-order mark before the JSON', kind: 'caseFile.terms', input: `\uFEFF${validTermsText}`, code: 'terms.json' },
  { name: 'not JSON: cut off at 90 %', kind: 'caseFile.terms', input: validTermsText.slice(0, Math.floor(validTermsText.length * 0.9)), code: 'terms.json' },
  ...notObjects.slice(0, 3).map(([what, text]): TermsCase => ({ name: `JSON but ${what}`, kind: 'caseFile.terms', input: text, code: 'terms.invalid' })),
  terms('a newer format', (c) => { c.format = 'wagedesk-terms/2'; }),
  terms('format missing', (c) => { delete c.format; }),
  terms('an unknown key', (c) => { c.workers = []; }),
  terms('terms not a list', (c) => { c.terms = {}; }),
  terms('a term id with spaces', (c) => { arr(c.terms)[0]!.id = 'bad id!'; }),
  terms('a term due in month 13', (c) => { arr(c.terms)[0]!.dueDate = '2021-13-01'; }),
  terms('a term of unknown kind', (c) => { arr(c.terms)[0]!.kind = 'gift'; }),
  terms('a bonus of -1 分', (c) => { termOf(c, 'bonus').amountFen = -1; }),
  terms('a bonus in yuan with decimals', (c) => { termOf(c, 'bonus').amountFen = 88.8; }),
  terms('the same term id twice', (c) => { arr(c.terms)[1]!.id = arr(c.terms)[0]!.id; }, 'terms.idTwice'),
  terms('the same worker id twice', (c) => { worker(c, 1).id = worker(c, 0).id; }, 'roster.workerIdTwice'),
  terms('the same ID number on two workers', (c) => { worker(c, 1).idNumber = worker(c, 0).idNumber; }, 'roster.idNumberTwice'),
  terms('an ID number with a wrong check digit', (c) => { const id = String(worker(c, 0).idNumber); worker(c, 0).idNumber = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0'); }),
  terms('an ID number born on 1990-02-30', (c) => { worker(c, 0).idNumber = '000000199002300012'; }),
  terms('a worker without a name', (c) => { worker(c, 0).name = ''; }),
  terms('a worker of unknown status', (c) => { worker(c, 0).status = 'sacked'; }),
  terms('a ledger entry for an unknown term', (c) => { entry0(c).termId = 'no.such.term'; }, 'ledger.unknownTerm'),
  terms('a ledger entry for an unknown worker', (c) => { entry0(c).workerId = 'W999'; }, 'ledger.unknownWorker'),
  terms('a payment above the entitlement', (c) => { entry0(c).payments = [{ date: '2021-01-01', amountFen: Number(entry0(c).entitledFen) + 1 }]; }),
  terms('a money entry for deferred leave', (c) => { entry0(c).termId = termOf(c, 'deferred_leave').id; }, 'ledger.notMonetary'),
  terms('leave taken under a bonus', (c) => { arr((c.ledger as Json).leave)[0]!.termId = termOf(c, 'bonus').id; }, 'ledger.leaveNotDeferred'),
  terms('roster not a list', (c) => { c.roster = 'W001'; }),
];
