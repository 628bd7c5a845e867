import { describe, it, expect } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvTextFromBytes } from '../../shared/roster/files/csvText';
import { rosterRowsFromCsv, rosterRowsFromFile, rosterRowsFromXlsx } from '../../shared/roster/files/rosterRows';
import { rosterColumnGuess } from '../../shared/roster/columns';
import { rosterImportApply, rosterImportPlan } from '../../shared/roster/importPlan';

const fixture = (name: string) => readFile(join(__dirname, '../shared/roster/fixtures', name)).then((b) => new Uint8Array(b));

describe('CSV encoding detection', () => {
  it('decodes a GBK file saved by Excel to the right Chinese', async () => {
    const bytes = await fixture('roster-gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const { text, encoding } = csvTextFromBytes(bytes);
    expect(encoding).toBe('gbk');
    expect(text.split('\r\n')[0]).toBe('姓名,身份证号,部门,户籍省份,路费');
    expect(text).toContain('职工乙,00000019850615002X,仓库,贵州省,500');
  });

  it('reads UTF-8 with and without a BOM, and drops the BOM', () => {
    const plain = new TextEncoder().encode('姓名,身份证号\n');
    expect(csvTextFromBytes(plain)).toEqual({ text: '姓名,身份证号\n', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(csvTextFromBytes(bom)).toEqual({ text: '姓名,身份证号\n', encoding: 'utf-8' });
  });

  it('decodes hand-written GBK bytes for 姓名 (D0D5 C3FB)', () => {
    expect(csvTextFromBytes(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]))).toEqual({ text: '姓名', encoding: 'gbk' });
  });
});

describe('CSV rows', () => {
  it('keeps quoted commas, drops only the final line break, and plans the GBK roster cleanly', async () => {
    const r = rosterRowsFromCsv(await fixture('roster-gbk.csv'));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.rows).toHaveLength(3);
    const plan = rosterImportPlan(r.value.rows, rosterColumnGuess(r.value.rows[0]!).mapping);
    expect(plan.ok && plan.value.valid.map((v) => [v.worker.name, v.worker.group, v.worker.homeProvince, v.worker.fareFen])).toEqual([
      ['职工甲', '贴合车间', '云南省', 65_000],
      ['职工乙', '仓库', '贵州省', 50_000],
    ]);
  });

  it('the UTF-8 fixture: a quoted comma survives; its one invalid row (row 4) means nothing is imported by default', async () => {
    const r = rosterRowsFromCsv(await fixture('roster-utf8.csv'));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.rows[2]![9]).toBe('备注,含逗号');
    const plan = rosterImportPlan(r.value.rows, rosterColumnGuess(r.value.rows[0]!).mapping);
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.invalidRows).toEqual([4]);
    expect(plan.value.errors.map((e) => e.field)).toEqual(['idNumber', 'hireDate', 'fare']);
    expect(rosterImportApply(plan.value, 'all')).toMatchObject({ ok: false, error: { code: 'roster.invalidRows' } });
    expect(rosterImportApply(plan.value, 'validOnly')).toMatchObject({ ok: true, value: [{ id: 'W001' }, { id: 'W002', idNumber: '00000019850615002X', status: 'on_leave', fareFen: 50_050 }] });
  });
});

describe('xlsx rows (generated with exceljs)', () => {
  async function workbookBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    build(workbook.addWorksheet('花名册'));
    workbook.addWorksheet('其他').addRow(['ignored']);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('reads the first sheet with Excel row numbers, dates as ISO and a blank row kept in place', async () => {
    const bytes = await workbookBytes((s) => {
      s.addRow(['姓名', '身份证号', '入职日期', '路费']);
      s.addRow(['职工甲', '000000198506150011', new Date(Date.UTC(2019, 2, 1)), 650]);
      s.addRow([]);
      s.addRow(['职工乙', { richText: [{ text: '00000019850615' }, { text: '002X' }] }, '2019/4/2', { formula: '250*2', result: 500 }]);
    });
    const r = await rosterRowsFromXlsx(bytes);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.sheet).toBe('花名册');
    expect(r.value.rows).toEqual([
      ['姓名', '身份证号', '入职日期', '路费'],
      ['职工甲', '000000198506150011', '2019-03-01', '650'],
      ['', '', '', ''],
      ['职工乙', '00000019850615002X', '2019/4/2', '500'],
    ]);
  });

  it('turns an ID number typed into a Number cell into an explicit error on its row', async () => {
    const bytes = await workbookBytes((s) => {
      s.addRow(['姓名', '身份证号']);
      s.addRow(['职工甲', Number('350982199001011234')]); // what Excel keeps of an ID typed into a Number cell
    });
    const r = await rosterRowsFromXlsx(bytes);
    if (!r.ok) throw new Error(r.error.code);
    const plan = rosterImportPlan(r.value.rows, { name: 0, idNumber: 1 });
    expect(plan.ok && plan.value.errors.map((e) => [e.row, e.code])).toEqual([[2, 'roster.idNumberAsNumber']]);
  });

  it('picks the adapter by extension, writes and reads a real file, and refuses .xls', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wagedesk-roster-'));
    const path = join(dir, '名册.XLSX');
    await writeFile(path, await workbookBytes((s) => s.addRow(['姓名', '身份证号'])));
    const r = await rosterRowsFromFile(path, new Uint8Array(await readFile(path)));
    expect(r.ok && r.value.kind).toBe('xlsx');
    expect(await rosterRowsFromFile('a.xls', new Uint8Array())).toMatchObject({ ok: false, error: { code: 'roster.fileKind' } });
    expect(await rosterRowsFromXlsx(new TextEncoder().encode('not a zip'))).toMatchObject({ ok: false, error: { code: 'roster.xlsxUnreadable' } });
  });
});
