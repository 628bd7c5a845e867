// Roster files as offices actually send them, built as bytes and run through the whole import:
// rosterRowsFromFile → header row and column guess → rosterImportPlan → rosterImportApply(plan, 'all').
// Each bad file must be refused with every bad row named by Excel's row number and a labelled problem,
// and nothing imported; the quirks that are not mistakes (BOM, GBK, merged header cells, full-width
// digits, "1,750元", blank rows, formulas with saved results) must import cleanly.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rosterColumnGuess, rosterHeaderRowGuess } from '../../../shared/roster/columns';
import { rosterRowsFromFile } from '../../../shared/roster/files/rosterRows';
import { type RosterImportPlan, rosterImportApply, rosterImportPlan } from '../../../shared/roster/importPlan';
import { rosterProblemLabel } from '../../../shared/roster/rosterText';
import type { Worker } from '../../../shared/roster/worker';
import { rosterHeader, rosterIdNumber, rosterRow, rosterSheet } from '../../corpus/rosters';

interface Imported {
  readonly plan: RosterImportPlan | null;
  readonly workers: readonly Worker[] | null;
  readonly code: string | null;
  readonly rows: string | null;
}

async function importFile(fileName: string, bytes: Uint8Array): Promise<Imported> {
  const read = await rosterRowsFromFile(fileName, bytes);
  if (!read.ok) return { plan: null, workers: null, code: read.error.code, rows: null };
  const headerRow = rosterHeaderRowGuess(read.value.rows);
  const guess = rosterColumnGuess(read.value.rows[headerRow - 1] ?? []);
  const planned = rosterImportPlan(read.value.rows, guess.mapping, { headerRow });
  if (!planned.ok) return { plan: null, workers: null, code: planned.error.code, rows: null };
  const applied = rosterImportApply(planned.value, 'all');
  if (applied.ok) return { plan: planned.value, workers: applied.value, code: null, rows: null };
  return { plan: planned.value, workers: null, code: applied.error.code, rows: String(applied.error.params?.rows ?? '') };
}

/** Refused as a whole, each expected row named with its problem code and a Chinese and English label. */
function expectRefused(result: Imported, expected: readonly { row: number; code: string }[]): void {
  expect(result.workers).toBeNull();
  expect(result.code).toBe('roster.invalidRows');
  const named = result.rows!.split(',').map(Number);
  for (const { row, code } of expected) {
    expect(result.plan!.errors).toContainEqual(expect.objectContaining({ row, code }));
    expect(named).toContain(row);
    expect(result.plan!.valid.map((v) => v.row)).not.toContain(row);
    expect(rosterProblemLabel(code, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(rosterProblemLabel(code, 'en')).not.toBe(code);
  }
  expect(result.plan!.invalidRows).toEqual(expected.map((e) => e.row).filter((r, i, all) => all.indexOf(r) === i).sort((a, b) => a - b));
}

const csvText = (rows: readonly (readonly string[])[]) => Papa.unparse(rows.map((r) => [...r]), { quotes: false, newline: '\r\n' });
const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

/** GBK bytes of `text`, from a reverse table of the WHATWG gbk decoder (Node has no GBK encoder). */
let gbkTable: Map<string, number[]> | null = null;
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
const fullWidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET));
const at = (column: (typeof rosterHeader)[number]) => rosterHeader.indexOf(column);

async function xlsxBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('花名册'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Title merged across the sheet, then a two-row header: 工号 and 姓名 merged down, group titles merged across. */
function mergedHeaderSheet(sheet: ExcelJS.Worksheet, rows: readonly (readonly string[])[]): void {
  const last = String.fromCharCode(64 + rosterHeader.length);
  sheet.getCell('A1').value = '福鼎市语料测试皮革厂职工花名册';
  sheet.mergeCells(`A1:${last}1`);
  sheet.getRow(2).values = ['工号', '姓名', '证件与联系', '', '岗位', '', '日期', '', '', '返乡', '', '备注'];
  sheet.getRow(3).values = [...rosterHeader];
  sheet.mergeCells('A2:A3');
  sheet.mergeCells('B2:B3');
  sheet.mergeCells('C2:D2');
  sheet.mergeCells('E2:F2');
  sheet.mergeCells('G2:I2');
  sheet.mergeCells('J2:K2');
  sheet.mergeCells('L2:L3');
  rows.forEach((r, i) => { sheet.getRow(4 + i).values = [...r]; });
}

describe('CSV encodings', () => {
  it('UTF-8 with a byte-order mark imports, the BOM not glued to the first header', async () => {
    const result = await importFile('名册.csv', utf8Bom(csvText(rosterSheet())));
    expect(result.code).toBeNull();
    expect(result.plan!.mapping.id).toBe(0);
    expect(result.workers!.map((w) => w.id)).toEqual(['W001', 'W002', 'W003']);
  });

  it('UTF-8 with a BOM and a bad row names the row and imports nothing', async () => {
    const rows = rosterSheet();
    rows[3]![at('入职日期')] = '2019-13-01';
    expectRefused(await importFile('名册.csv', utf8Bom(csvText(rows))), [{ row: 4, code: 'roster.dateNotReal' }]);
  });

  it('GBK (Excel "CSV" on Chinese Windows) decodes and imports', async () => {
    const bytes = gbk(csvText(rosterSheet()));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await importFile('名册.csv', bytes);
    expect(result.code).toBeNull();
    expect(result.workers!.map((w) => w.name)).toEqual(['职工1', '职工2', '职工3']);
    expect(result.workers![0]!.homeProvince).toBe('云南省');
  });

  it('GBK with an unknown province and a bad status names both rows', async () => {
    const rows = rosterSheet();
    rows[1]![at('籍贯')] = '火星';
    rows[3]![at('状态')] = '开除';
    expectRefused(await importFile('名册.csv', gbk(csvText(rows))), [
      { row: 2, code: 'roster.provinceUnknown' },
      { row: 4, code: 'roster.statusUnknown' },
    ]);
  });
});

describe('cells as people type them', () => {
  it('full-width digits in ID numbers, phones, dates and amounts are folded', async () => {
    const rows = rosterSheet();
    for (const r of rows.slice(1)) for (const column of ['身份证号', '手机', '入职日期', '路费（元）'] as const) r[at(column)] = fullWidthDigits(r[at(column)]!);
    rows[2]![at('路费（元）')] = '１，７５０元';
    const result = await importFile('名册.csv', gbk(csvText(rows)));
    expect(result.code).toBeNull();
    expect(result.workers!.map((w) => w.idNumber)).toEqual([rosterIdNumber(1), rosterIdNumber(2), rosterIdNumber(3)]);
    expect(result.workers!.map((w) => w.fareFen)).toEqual([65000, 175000, 65000]);
    expect(result.workers![0]!.hireDate).toBe('2019-03-01');
  });

  it('"1,750元" in a quoted CSV field and in an .xlsx text cell is 1 750.00 元', async () => {
    const rows = rosterSheet();
    rows[1]![at('路费（元）')] = '1,750元';
    const csv = new TextEncoder().encode(Papa.unparse(rows, { quotes: true }));
    expect((await importFile('名册.csv', csv)).workers![0]!.fareFen).toBe(175000);
    const xlsx = await xlsxBytes((sheet) => rows.forEach((r, i) => { sheet.getRow(i + 1).values = [...r]; }));
    expect((await importFile('名册.xlsx', xlsx)).workers![0]!.fareFen).toBe(175000);
  });

  it('"1,750元" unquoted in a CSV shifts the cells: the row is refused, not read as 1 元', async () => {
    const text = csvText(rosterSheet()).split('\r\n').map((line, i) => (i === 2 ? line.replace(/,650,/, ',1,750元,') : line)).join('\r\n');
    expectRefused(await importFile('名册.csv', utf8Bom(text)), [{ row: 3, code: 'roster.columnCount' }]);
  });

  it('a row with fewer cells than the header, missing its ID number, is named', async () => {
    const text = `${csvText(rosterSheet())}\r\nW009,职工9\r\n`;
    expectRefused(await importFile('名册.csv', utf8Bom(text)), [{ row: 5, code: 'roster.required' }]);
  });

  it('blank rows are skipped, not errors, and later rows keep Excel\'s numbers', async () => {
    const blank = rosterHeader.map(() => '');
    const rows = [...rosterSheet(), blank, blank.map(() => '  '), rosterRow(4)];
    const ok = await importFile('名册.csv', utf8Bom(csvText(rows)));
    expect(ok.code).toBeNull();
    expect(ok.plan!.blankRows).toBe(2);
    expect(ok.plan!.valid.map((v) => v.row)).toEqual([2, 3, 4, 7]);
    rows[6]![at('姓名')] = '';
    expectRefused(await importFile('名册.csv', utf8Bom(csvText(rows))), [{ row: 7, code: 'roster.required' }]);
  });

  it('duplicate workers: both rows of an ID number and of a worker number are named', async () => {
    const rows = [...rosterSheet(), rosterRow(1)];
    rows[4]![at('工号')] = 'W004';
    const byId = await importFile('名册.csv', utf8Bom(csvText(rows)));
    expectRefused(byId, [{ row: 2, code: 'roster.duplicateIdNumber' }, { row: 5, code: 'roster.duplicateIdNumber' }]);
    expect(byId.plan!.duplicates).toEqual([{ idNumber: rosterIdNumber(1), rows: [2, 5], existingWorkerId: null }]);
    const sameNumber = rosterSheet();
    sameNumber[3]![at('工号')] = 'W002';
    expectRefused(await importFile('名册.csv', utf8Bom(csvText(sameNumber))), [{ row: 3, code: 'roster.duplicateWorkerId' }, { row: 4, code: 'roster.duplicateWorkerId' }]);
  });
});

describe('.xlsx workbooks', () => {
  it('merged title and two-row header: the header row is found and data rows keep their numbers', async () => {
    const bytes = await xlsxBytes((sheet) => mergedHeaderSheet(sheet, rosterSheet().slice(1)));
    const result = await importFile('名册.xlsx', bytes);
    expect(result.code).toBeNull();
    expect(result.plan!.headerRow).toBe(3);
    expect(result.plan!.valid.map((v) => v.row)).toEqual([4, 5, 6]);
    expect(result.workers!.map((w) => w.id)).toEqual(['W001', 'W002', 'W003']);
  });

  it('merged header with a bad ID number names Excel\'s row 5', async () => {
    const data = rosterSheet().slice(1);
    data[1]![at('身份证号')] = '12345';
    const bytes = await xlsxBytes((sheet) => mergedHeaderSheet(sheet, data));
    expectRefused(await importFile('名册.xlsx', bytes), [{ row: 5, code: 'roster.idNumber.length' }]);
  });

  it('formula cells with saved results import their results', async () => {
    const bytes = await xlsxBytes((sheet) => {
      rosterSheet().forEach((r, i) => { sheet.getRow(i + 1).values = [...r]; });
      sheet.getCell(2, at('路费（元）') + 1).value = { formula: '325*2', result: 650 };
      sheet.getCell(3, at('路费（元）') + 1).value = { formula: 'K2+1100', result: 1750 };
      sheet.getCell(4, at('姓名') + 1).value = { formula: '"职工"&3', result: '职工3' };
    });
    const result = await importFile('名册.xlsx', bytes);
    expect(result.code).toBeNull();
    expect(result.workers!.map((w) => w.fareFen)).toEqual([65000, 175000, 65000]);
    expect(result.workers![2]!.name).toBe('职工3');
  });

  it('formulas without saved results and error results are named by row, never read as empty', async () => {
    const bytes = await xlsxBytes((sheet) => {
      rosterSheet().forEach((r, i) => { sheet.getRow(i + 1).values = [...r]; });
      sheet.getCell(2, at('路费（元）') + 1).value = { formula: '325*2' } as ExcelJS.CellFormulaValue;
      sheet.getCell(3, at('姓名') + 1).value = { formula: 'Sheet2!A1' } as ExcelJS.CellFormulaValue;
      sheet.getCell(4, at('路费（元）') + 1).value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    const result = await importFile('名册.xlsx', bytes);
    expectRefused(result, [
      { row: 2, code: 'roster.formulaNoResult' },
      { row: 3, code: 'roster.formulaNoResult' },
      { row: 4, code: 'roster.cellError' },
    ]);
    // One problem per cell: the formula is not also called a bad amount.
    expect(result.plan!.errors.filter((e) => e.row === 2).map((e) => e.code)).toEqual(['roster.formulaNoResult']);
  });

  it('an .xlsx with blank rows, full-width digits and a duplicate: only the duplicates are named', async () => {
    const rows = [...rosterSheet()];
    rows[1]![at('身份证号')] = fullWidthDigits(rows[1]![at('身份证号')]!);
    const bytes = await xlsxBytes((sheet) => {
      rows.forEach((r, i) => { sheet.getRow(i + 1).values = [...r]; });
      sheet.getRow(7).values = [...rosterRow(1)].map((c, k) => (k === at('工号') ? 'W101' : c));
    });
    expectRefused(await importFile('名册.xlsx', bytes), [{ row: 2, code: 'roster.duplicateIdNumber' }, { row: 7, code: 'roster.duplicateIdNumber' }]);
  });
});
