import { describe, it, expect } from 'vitest';
import { rosterColumnGuess } from '../../../shared/roster/columns';
import { rosterImportApply, rosterImportPlan } from '../../../shared/roster/importPlan';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';

const ID1 = idNumberWithCheckChar('00000019850615001');
const ID2 = idNumberWithCheckChar('00000019850615002'); // ends in X
const ID3 = idNumberWithCheckChar('00000019850615003');
const HEADER = ['工号', '姓名', '身份证号', '手机', '班组', '状态', '入职日期', '籍贯', '路费', '备注'];

function plan(rows: string[][]) {
  const all = [HEADER, ...rows];
  const result = rosterImportPlan(all, rosterColumnGuess(HEADER).mapping);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('rosterImportPlan', () => {
  it('reads valid rows into workers, normalising what people type', () => {
    const p = plan([['W001', ' 职工甲 ', ID2.toLowerCase(), '+86 138 1234 5678', '贴合车间', '在岗', '2019/3/1', '云南昆明', '¥650.5', '']]);
    expect(p.errors).toEqual([]);
    expect(p.valid).toHaveLength(1);
    expect(p.valid[0]).toEqual({
      row: 2,
      worker: {
        id: 'W001',
        name: '职工甲',
        idNumber: ID2,
        phone: '13812345678',
        group: '贴合车间',
        status: 'working',
        hireDate: '2019-03-01',
        returnedOn: null,
        leftOn: null,
        homeProvince: '云南省',
        fareFen: 65050,
        note: '',
      },
    });
  });

  it('gives each problem its Excel row number (header = row 1), field and column, all problems of a row at once, in column order', () => {
    const p = plan([
      ['W001', '职工甲', ID1, '', '', '', '', '', '', ''],
      ['W002', '', '110105194912310021', '12345', '', '出差', '2019-13-01', '火星', 'abc', ''],
    ]);
    expect(p.invalidRows).toEqual([3]);
    expect(p.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'name', 'roster.required'],
      [3, 'idNumber', 'roster.idNumber.checksum'],
      [3, 'phone', 'roster.phoneFormat'],
      [3, 'status', 'roster.statusUnknown'],
      [3, 'hireDate', 'roster.dateNotReal'],
      [3, 'homeProvince', 'roster.provinceUnknown'],
      [3, 'fare', 'roster.amountFormat'],
    ]);
    expect(p.errors[1]).toMatchObject({ column: 2, header: '身份证号', value: '110105194912310021' });
  });

  it('keeps Excel numbering across blank rows and skips them without error', () => {
    const p = plan([['W001', '职工甲', ID1], [], ['', ' ', ''], ['W003', '职工丙', 'bad']]);
    expect(p.blankRows).toBe(2);
    expect(p.dataRows).toBe(2);
    expect(p.errors.map((e) => e.row)).toEqual([5]);
  });

  it('flags every row of a duplicated ID number, and one already on the roster', () => {
    const p = plan([
      ['W001', '职工甲', ID1],
      ['W002', '职工乙', ID2],
      ['W003', '职工丙', ID1],
    ]);
    expect(p.duplicates).toEqual([{ idNumber: ID1, rows: [2, 4], existingWorkerId: null }]);
    expect(p.invalidRows).toEqual([2, 4]);
    expect(p.valid.map((v) => v.row)).toEqual([3]);

    const existing = plan([['W001', '职工甲', ID1]]).valid.map((v) => v.worker);
    const again = rosterImportPlan([HEADER, ['W009', '职工甲', ID1], ['W010', '职工丁', ID3]], rosterColumnGuess(HEADER).mapping, { existing });
    expect(again.ok && again.value.errors.map((e) => [e.row, e.code])).toEqual([[2, 'roster.idNumberExists']]);
  });

  it('recognises an ID number Excel stored as a number and says so', () => {
    const p = plan([['W001', '职工甲', '3.50982199001011E+17']]);
    expect(p.errors[0]?.code).toBe('roster.idNumberAsNumber');
  });

  it('uses the ID number as the worker id when the roster has no worker numbers', () => {
    const header = ['姓名', '身份证号'];
    const r = rosterImportPlan([header, ['职工甲', ID1]], rosterColumnGuess(header).mapping);
    expect(r.ok && r.value.valid[0]?.worker.id).toBe(ID1);
  });

  it('reads the header from a later row and numbers data rows from there', () => {
    const r = rosterImportPlan([['花名册'], ['姓名', '身份证号'], ['职工甲', 'bad']], { name: 0, idNumber: 1 }, { headerRow: 2 });
    expect(r.ok && r.value.errors.map((e) => e.row)).toEqual([3]);
  });

  it('refuses a mapping without the required fields, out of range, or using a column twice', () => {
    const rows = [HEADER];
    expect(rosterImportPlan(rows, { name: 1 })).toMatchObject({ error: { code: 'roster.mappingMissing' } });
    expect(rosterImportPlan(rows, { name: 1, idNumber: 99 })).toMatchObject({ error: { code: 'roster.mappingOutOfRange' } });
    expect(rosterImportPlan(rows, { name: 1, idNumber: 1 })).toMatchObject({ error: { code: 'roster.mappingColumnTwice' } });
    expect(rosterImportPlan([], { name: 0, idNumber: 1 })).toMatchObject({ error: { code: 'roster.empty' } });
  });
});

describe('rosterImportApply: all or nothing, unless the user chooses valid rows only', () => {
  const p = plan([
    ['W001', '职工甲', ID1],
    ['W002', '职工乙', ID2, '', '', '', 'not a date'],
    ['W003', '职工丙', ID3],
  ]);

  it('imports nothing while one row is invalid', () => {
    const r = rosterImportApply(p, 'all');
    expect(r).toMatchObject({ ok: false, error: { code: 'roster.invalidRows', params: { count: 1, rows: '3' } } });
  });

  it('imports exactly the whole valid rows on explicit choice, never part of an invalid one', () => {
    const r = rosterImportApply(p, 'validOnly');
    expect(r.ok && r.value.map((w) => w.id)).toEqual(['W001', 'W003']);
  });

  it('imports everything when every row is valid', () => {
    const clean = plan([['W001', '职工甲', ID1]]);
    expect(rosterImportApply(clean, 'all')).toMatchObject({ ok: true, value: [{ id: 'W001' }] });
  });

  it('says so when there is nothing valid to import', () => {
    expect(rosterImportApply(plan([['W001', '', '']]), 'validOnly')).toMatchObject({ error: { code: 'roster.nothingToImport' } });
  });
});
