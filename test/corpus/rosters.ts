// Rosters: sheets as the file adapters decode them (rows of cell text, rows[0] = Excel's row 1) with one
// bad cell or one bad structure each, and roster files whose bytes cannot be read at all. A sheet with
// a bad row must come back as a plan naming the row (Excel's number) and the problem, and importing
// "all" must be refused.
import { zipSync } from 'fflate';
import { idNumberWithCheckChar } from '../../shared/roster/idNumber';
import { type CorpusCase, corpusLong } from './corpusCase';

export const rosterHeader = ['工号', '姓名', '身份证号', '手机', '班组', '状态', '入职日期', '返岗日期', '离职日期', '籍贯', '路费（元）', '备注'] as const;
type Column = (typeof rosterHeader)[number];

/** The ID number of synthetic worker `n` (address code 000000: no real place, valid check character). */
export function rosterIdNumber(n: number): string {
  return idNumberWithCheckChar(`00000019900101${String(n % 1000).padStart(3, '0')}`);
}

export function rosterRow(n: number): string[] {
  return [`W${String(n).padStart(3, '0')}`, `职工${n}`, rosterIdNumber(n), '13800000000', '贴合车间', '在岗', '2019-03-01', '', '', '云南省', '650', ''];
}

/** Header and three valid workers: rows 1 to 4 of the sheet. */
export function rosterSheet(): string[][] {
  return [[...rosterHeader], rosterRow(1), rosterRow(2), rosterRow(3)];
}

export interface RosterRowsCase extends CorpusCase<'roster.rows', readonly (readonly string[])[]> {
  /** A row error the plan must list (Excel row number and roster.* problem code); null when the plan itself fails. */
  readonly rowError: { readonly row: number; readonly code: string } | null;
}

const at = (column: Column) => rosterHeader.indexOf(column);

/** The sheet with row 3 (the second worker) holding `value` in `column`. */
function badCell(name: string, column: Column, value: string, problem: string): RosterRowsCase {
  const rows = rosterSheet();
  rows[2]![at(column)] = value;
  return { name: `${column}: ${name}`, kind: 'roster.rows', input: rows, code: 'roster.invalidRows', rowError: { row: 3, code: problem } };
}

const id2 = rosterIdNumber(2);

/** A synthetic ID number whose check character is X. */
function idNumberEndingInX(): string {
  for (let n = 10; n < 1000; n++) if (rosterIdNumber(n).endsWith('X')) return rosterIdNumber(n);
  throw new Error('no synthetic ID number ends in X');
}
const otherCheck = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

const cellCases: RosterRowsCase[] = [
  badCell('empty', '姓名', '', 'roster.required'),
  badCell('spaces', '姓名', '   ', 'roster.required'),
  badCell('51 characters', '姓名', corpusLong(51), 'roster.tooLong'),
  badCell('empty', '身份证号', '', 'roster.required'),
  badCell('5 digits', '身份证号', '12345', 'roster.idNumber.length'),
  badCell('17 digits', '身份证号', id2.slice(0, 17), 'roster.idNumber.length'),
  badCell('19 digits', '身份证号', `${id2}1`, 'roster.idNumber.length'),
  badCell('15-digit first-generation number', '身份证号', '350982900101123', 'roster.idNumber.length'),
  badCell('a letter inside', '身份证号', `${id2.slice(0, 10)}A${id2.slice(11)}`, 'roster.idNumber.characters'),
  badCell('check character Y', '身份证号', `${id2.slice(0, 17)}Y`, 'roster.idNumber.characters'),
  badCell('wrong check digit', '身份证号', otherCheck(id2), 'roster.idNumber.checksum'),
  badCell('two digits of the birth day swapped', '身份证号', `${id2.slice(0, 12)}${id2.charAt(13)}${id2.charAt(12)}${id2.slice(14)}`, 'roster.idNumber.checksum'),
  badCell('born on 1990-02-30', '身份证号', idNumberWithCheckChar('00000019900230002'), 'roster.idNumber.birthDate'),
  badCell('born in month 13', '身份证号', idNumberWithCheckChar('00000019901301002'), 'roster.idNumber.birthDate'),
  badCell('born in 1899', '身份证号', idNumberWithCheckChar('00000018990101002'), 'roster.idNumber.birthDate'),
  badCell('stored by Excel as 3.50982E+17', '身份证号', '3.50982E+17', 'roster.idNumberAsNumber'),
  badCell('stored by Excel with the last digits lost', '身份证号', '350982199001011000', 'roster.idNumberAsNumber'),
  badCell('stored by Excel with a decimal point', '身份证号', '350982199001011234.0', 'roster.idNumberAsNumber'),
  badCell('letters', '手机', 'abc', 'roster.phoneFormat'),
  badCell('10 digits', '手机', '1380000000', 'roster.phoneFormat'),
  badCell('starts with 2', '手机', '23800000000', 'roster.phoneFormat'),
  badCell('landline without area code', '手机', '1234567', 'roster.phoneFormat'),
  badCell('unknown word', '状态', '开除', 'roster.statusUnknown'),
  badCell('English word', '状态', 'fired', 'roster.statusUnknown'),
  badCell('2021-02-30', '入职日期', '2021-02-30', 'roster.dateNotReal'),
  badCell('month 13', '入职日期', '2019-13-01', 'roster.dateNotReal'),
  badCell('29 February of 2019', '入职日期', '2019年2月29日', 'roster.dateNotReal'),
  badCell('a word', '入职日期', 'yesterday', 'roster.dateFormat'),
  badCell('an Excel serial number', '入职日期', '43831', 'roster.dateFormat'),
  badCell('month/day/year', '入职日期', '03/01/2019', 'roster.dateFormat'),
  badCell('2020-02-30', '返岗日期', '2020-02-30', 'roster.dateNotReal'),
  badCell('a word', '返岗日期', 'soon', 'roster.dateFormat'),
  badCell('day 0', '离职日期', '2021-01-00', 'roster.dateNotReal'),
  badCell('a word', '离职日期', '已离职', 'roster.dateFormat'),
  badCell('not a province', '籍贯', '火星', 'roster.provinceUnknown'),
  badCell('an English name', '籍贯', 'Atlantis', 'roster.provinceUnknown'),
  badCell('negative', '路费（元）', '-650', 'roster.amountNegative'),
  badCell('words', '路费（元）', 'six hundred', 'roster.amountFormat'),
  badCell('three decimals', '路费（元）', '650.123', 'roster.amountFormat'),
  badCell('bad grouping', '路费（元）', '6,50', 'roster.amountFormat'),
  badCell('41 characters', '工号', corpusLong(41, 'W'), 'roster.tooLong'),
  badCell('51 characters', '班组', corpusLong(51), 'roster.tooLong'),
  badCell('501 characters', '备注', corpusLong(501), 'roster.tooLong'),
];

function sheetCase(name: string, edit: (rows: string[][]) => string[][], rowError: RosterRowsCase['rowError'], code = 'roster.invalidRows'): RosterRowsCase {
  return { name, kind: 'roster.rows', input: edit(rosterSheet()), code, rowError };
}

const sheetCases: RosterRowsCase[] = [
  sheetCase('duplicate ID numbers on two rows', (rows) => { rows[3]![at('身份证号')] = rows[1]![at('身份证号')]!; return rows; }, { row: 4, code: 'roster.duplicateIdNumber' }),
  sheetCase('duplicate ID numbers, one typed with a lower-case x and spaces', (rows) => {
    const id = idNumberEndingInX();
    rows[1]![at('身份证号')] = id;
    rows[3]![at('身份证号')] = ` ${id.toLowerCase()} `;
    return rows;
  }, { row: 2, code: 'roster.duplicateIdNumber' }),
  sheetCase('duplicate worker numbers', (rows) => { rows[3]![at('工号')] = 'W001'; return rows; }, { row: 4, code: 'roster.duplicateWorkerId' }),
  sheetCase('a bad row after blank rows keeps its Excel number', (rows) => {
    const blank = rosterHeader.map(() => '');
    const bad = rosterRow(4);
    bad[at('身份证号')] = otherCheck(rosterIdNumber(4));
    return [...rows, blank, blank, bad];
  }, { row: 7, code: 'roster.idNumber.checksum' }),
  sheetCase('a title row above the header', (rows) => {
    const bad = rosterRow(4);
    bad[at('姓名')] = '';
    return [['福鼎市语料测试皮革厂职工花名册'], ...rows, bad];
  }, { row: 6, code: 'roster.required' }),
  sheetCase('every ID number mangled by Excel', (rows) => rows.map((r, i) => (i === 0 ? r : r.map((c, k) => (k === at('身份证号') ? '3.50982E+17' : c)))), { row: 2, code: 'roster.idNumberAsNumber' }),
  sheetCase('a row shorter than the header', (rows) => [...rows, ['W009', '职工9']], { row: 5, code: 'roster.required' }),
  sheetCase('an unquoted "1,750元" shifting the cells of a CSV line', (rows) => { rows[2] = [...rows[2]!.slice(0, at('路费（元）')), '1', '750元', '']; return rows; }, { row: 3, code: 'roster.columnCount' }),
  sheetCase('a formula saved without its result', (rows) => { rows[3]![at('路费（元）')] = '=325*2'; return rows; }, { row: 4, code: 'roster.formulaNoResult' }),
  sheetCase('a formula whose result is #REF!', (rows) => { rows[1]![at('姓名')] = '#REF!'; return rows; }, { row: 2, code: 'roster.cellError' }),
  sheetCase('2 000 rows with one bad ID number at the end', (rows) => {
    const more = Array.from({ length: 2000 }, (_, i) => rosterRow(i + 10));
    more[more.length - 1]![at('身份证号')] = '12345';
    // Numbers 10…2009 repeat modulo 1000, so give each its own worker number and ID sequence by row.
    more.forEach((r, i) => { r[at('工号')] = `X${i}`; if (i < more.length - 1) r[at('身份证号')] = idNumberWithCheckChar(`0000001990${String(1010 + Math.floor(i / 1000)).padStart(4, '0')}${String(i % 1000).padStart(3, '0')}`); });
    return [...rows.slice(0, 1), ...more];
  }, { row: 2001, code: 'roster.idNumber.length' }),
  // Structure: the plan itself cannot be made, or has nothing to import.
  sheetCase('no rows at all', () => [], null, 'roster.empty'),
  sheetCase('a blank header row', (rows) => [rosterHeader.map(() => ''), ...rows.slice(1)], null, 'roster.empty'),
  sheetCase('header only', (rows) => rows.slice(0, 1), null, 'roster.nothingToImport'),
  sheetCase('header and blank rows only', (rows) => [rows[0]!, rosterHeader.map(() => ''), rosterHeader.map(() => ' ')], null, 'roster.nothingToImport'),
  sheetCase('no ID number column', (rows) => rows.map((r) => r.filter((_, k) => k !== at('身份证号'))), null, 'roster.mappingMissing'),
  sheetCase('no name column', (rows) => rows.map((r) => r.filter((_, k) => k !== at('姓名'))), null, 'roster.mappingMissing'),
  sheetCase('headers nobody recognises', (rows) => [rosterHeader.map((_, k) => `列${k + 1}`), ...rows.slice(1)], null, 'roster.mappingMissing'),
];

export const rosterRowsCases: readonly RosterRowsCase[] = [...cellCases, ...sheetCases];

export interface RosterFileInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}
export type RosterFileCase = CorpusCase<'roster.file', RosterFileInput>;

/** Deterministic bytes that are no file format (xorshift, fixed seed). */
export function corpusRandomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) { out[2 + 2 * i] = text.charCodeAt(i) & 0xff; out[3 + 2 * i] = text.charCodeAt(i) >> 8; }
  return out;
}
const csvOf = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(',')).join('\r\n');
const file = (name: string, fileName: string, bytes: Uint8Array, code: string): RosterFileCase => ({ name, kind: 'roster.file', input: { fileName, bytes }, code });

export const rosterFileCases: readonly RosterFileCase[] = [
  file('random bytes named .xlsx', 'roster.xlsx', corpusRandomBytes(4096), 'roster.xlsxUnreadable'),
  file('an empty .xlsx', 'roster.xlsx', new Uint8Array(0), 'roster.xlsxUnreadable'),
  file('CSV text named .xlsx', 'roster.xlsx', utf8(csvOf(rosterSheet())), 'roster.xlsxUnreadable'),
  file('a zip that is not a workbook', 'roster.xlsx', zipSync({ 'readme.txt': utf8('not a workbook') }), 'roster.xlsxNoSheet'),
  file('an old Excel .xls', 'roster.xls', corpusRandomBytes(512, 7), 'roster.fileKind'),
  file('a PDF', 'roster.pdf', utf8('%PDF-1.4\n%âãÏÓ\n'), 'roster.fileKind'),
  file('no extension', 'roster', utf8(csvOf(rosterSheet())), 'roster.fileKind'),
  file('a CSV with an unclosed quote', 'roster.csv', utf8(`${csvOf(rosterSheet())}\r\nW009,"职工9,${rosterIdNumber(9)}\r\n`), 'roster.csvUnreadable'),
  file('an empty CSV', 'roster.csv', new Uint8Array(0), 'roster.empty'),
  file('random bytes named .csv', 'roster.csv', corpusRandomBytes(2048, 99), 'roster.mappingMissing'),
  file('a UTF-16 CSV', 'roster.csv', utf16le(csvOf(rosterSheet())), 'roster.mappingMissing'),
  file('a CSV with a byte-order mark and the header only', 'roster.csv', utf8(`\uFEFF${csvOf(rosterSheet().slice(0, 1))}\r\n`), 'roster.nothingToImport'),
  file('a CSV whose ID numbers Excel turned into numbers', 'roster.csv', utf8(csvOf(rosterSheet().map((r, i) => (i === 0 ? r : r.map((c, k) => (k === at('身份证号') ? '3.50982E+17' : c)))))), 'roster.invalidRows'),
  file('a tab-separated .txt with a wrong check digit', 'roster.txt', utf8(rosterSheet().map((r, i) => (i === 2 ? r.map((c, k) => (k === at('身份证号') ? otherCheck(c) : c)) : r).join('\t')).join('\n')), 'roster.invalidRows'),
];
