import { describe, it, expect } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cliMain } from '../../cli/main';
import { referenceTermsCase } from '../../shared/sample/referenceTerms';
import { cliTestIo } from './cliTestIo';

const fixtures = join(__dirname, '../shared/roster/fixtures');

describe('cli overtime', () => {
  it('prints each day of Spring Festival 2021 with its kind, rate and pay, and the total', async () => {
    const t = cliTestIo();
    expect(await cliMain(['overtime', '--monthly', '2000', '--from', '2021-02-11', '--to', '2021-02-17'], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toContain('日工资 91.95 元');
    expect(t.out.find((l) => l.startsWith('2021-02-11'))).toMatch(/休息日 rest_day\s+春节\s+8\s+200%\s+183\.91 元$/);
    expect(t.out.find((l) => l.startsWith('2021-02-12'))).toMatch(/法定节假日 statutory_holiday\s+春节\s+8\s+300%\s+275\.86 元$/);
    expect(t.out.find((l) => l.startsWith('合计 total'))).toMatch(/7 天\s+1,563\.22 元$/);
  });

  it('prints JSON with --json', async () => {
    const t = cliTestIo();
    expect(await cliMain(['overtime', '--monthly', '2000', '--from', '2021-02-11', '--to', '2021-02-17', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out.join('\n'));
    expect(json.total).toBe(156_322);
    expect(json.days.map((d: { kind: string }) => d.kind)).toEqual(['rest_day', 'statutory_holiday', 'statutory_holiday', 'statutory_holiday', 'rest_day', 'rest_day', 'rest_day']);
  });

  it('exits 1 outside the calendar, 2 on bad arguments', async () => {
    const outside = cliTestIo();
    expect(await cliMain(['overtime', '--monthly', '2000', '--from', '2018-02-11', '--to', '2018-02-17'], outside.io)).toBe(1);
    expect(outside.err[0]).toContain('缺少 2018 年的节假日安排');
    const bad = cliTestIo();
    expect(await cliMain(['overtime', '--monthly', 'abc', '--from', '2021-02-11', '--to', '2021-02-17'], bad.io)).toBe(2);
    expect(await cliMain(['overtime', '--monthly', '2000', '--from', '2021-02-11', '--to', '2021-02-17', '--hours', '8.125'], bad.io)).toBe(2);
  });
});

describe('cli ledger', () => {
  it('prints promised, paid, outstanding and overdue per term for the sample', async () => {
    const t = cliTestIo();
    expect(await cliMain(['ledger', '--sample', '--as-of', '2021-03-31'], t.io)).toBe(0);
    const subtotal = t.out.filter((l) => l.trimStart().startsWith('小计 subtotal'));
    expect(subtotal[0]).toMatch(/171,300\.00 元\s+171,300\.00 元\s+0\.00 元\s+0\.00 元$/);
    expect(t.out.find((l) => l.startsWith('春节留岗红包'))).toMatch(/42,000\.00 元\s+30,000\.00 元\s+12,000\.00 元\s+12,000\.00 元$/);
    expect(t.out).toContain('逾期未付 overdue：24 笔');
  });

  it('reads a terms file, prints JSON and a worker statement', async () => {
    const t = cliTestIo({ 'case.json': JSON.stringify(referenceTermsCase()) });
    expect(await cliMain(['ledger', 'case.json', '--as-of', '2021-03-31', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out.join('\n'));
    expect(json.agreements[0].totals).toEqual({ promisedFen: 17_130_000, paidFen: 17_130_000, outstandingFen: 0, overdueFen: 0 });
    const w = cliTestIo();
    expect(await cliMain(['ledger', '--sample', '--as-of', '2021-03-31', '--worker', 'W070'], w.io)).toBe(0);
    expect(w.out.at(-2)).toMatch(/^合计 total.*500\.00 元\s+逾期 500\.00 元$/);
  });

  it('exits 1 on an invalid file naming the field, 2 without a file or with a bad date', async () => {
    const f = JSON.parse(JSON.stringify(referenceTermsCase()));
    f.ledger.entries[0].workerId = 'W999';
    const t = cliTestIo({ 'bad.json': JSON.stringify(f) });
    expect(await cliMain(['ledger', 'bad.json'], t.io)).toBe(1);
    expect(t.err[0]).toContain('字段 ledger.entries.0.workerId');
    expect(await cliMain(['ledger'], cliTestIo().io)).toBe(2);
    expect(await cliMain(['ledger', '--sample', '--as-of', '2021-02-30'], cliTestIo().io)).toBe(2);
  });
});

describe('cli roster', () => {
  it('previews the UTF-8 CSV: column guess, counts, the invalid row with its number, nothing imported', async () => {
    const t = cliTestIo();
    expect(await cliMain(['roster', join(fixtures, 'roster-utf8.csv')], t.io)).toBe(1);
    const text = t.out.join('\n');
    expect(text).toContain('CSV，编码 utf-8');
    expect(text).toMatch(/3\. 身份证号码\s+→\s+身份证号 idNumber/);
    expect(text).toContain('数据行 3，有效 valid 2，无效 invalid 1');
    expect(text).toContain('第 4 行 row 4 · 身份证号码（idNumber） · 身份证号校验位不符（可能输错） · roster.idNumber.checksum ·「000000********0039」');
    expect(text).toContain('不导入 nothing imported：有 1 行无效');
  });

  it('imports the valid rows only on --valid-only', async () => {
    const t = cliTestIo();
    expect(await cliMain(['roster', join(fixtures, 'roster-utf8.csv'), '--valid-only'], t.io)).toBe(0);
    expect(t.out.at(-1)).toContain('可导入 2 名职工');
  });

  it('reads the GBK CSV and an xlsx with a title row', async () => {
    const gbk = cliTestIo();
    expect(await cliMain(['roster', join(fixtures, 'roster-gbk.csv')], gbk.io)).toBe(0);
    expect(gbk.out.join('\n')).toContain('CSV，编码 gbk');
    expect(gbk.out.at(-1)).toBe('可导入 2 名职工。');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['福建某公司职工花名册']);
    sheet.addRow(['姓名', '身份证号', '手机']);
    sheet.addRow(['职工甲', '000000198506150011', '13812345678']);
    const dir = await mkdtemp(join(tmpdir(), 'wagedesk-cli-'));
    const path = join(dir, 'roster.xlsx');
    await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const x = cliTestIo();
    expect(await cliMain(['roster', path, '--json'], x.io)).toBe(0);
    const json = JSON.parse(x.out.join('\n'));
    expect(json.plan.headerRow).toBe(2);
    expect(json.plan.valid[0]).toMatchObject({ row: 3, worker: { name: '职工甲', phone: '13812345678' } });
  });

  it('exits 1 on a file it cannot read and 2 without a file', async () => {
    const t = cliTestIo();
    expect(await cliMain(['roster', join(fixtures, 'nope.csv')], t.io)).toBe(1);
    expect(t.err[0]).toContain('nope.csv');
    expect(await cliMain(['roster'], cliTestIo().io)).toBe(2);
  });
});
