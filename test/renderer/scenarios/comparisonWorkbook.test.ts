import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import i18next from 'i18next';
import { i18nInit } from '../../../renderer/i18n';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { comparisonWorkbook } from '../../../renderer/features/scenarios/comparisonWorkbook';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';

beforeAll(async () => {
  await i18nInit('zh-CN');
});

async function workbookOf(): Promise<ExcelJS.Workbook> {
  const model = caseModelRun(wageCaseFileSchema.parse(referenceWageCase()));
  if (!model.ok) throw new Error(model.error.message);
  const bytes = await comparisonWorkbook(model.result, i18next.t, 'zh-CN');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer);
  return book;
}

describe('comparisonWorkbook', () => {
  it('writes the comparison with Chinese headers and amounts as numbers in 元 with 2 decimals', async () => {
    const sheet = (await workbookOf()).getWorksheet('方案比较')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('季度');
    expect(sheet.getRow(1).getCell(3).value).toBe('每月基本工资（元）');
    // Row 2: 2020-Q1, first scenario; row 4: 2020-Q2, first scenario (two scenarios a quarter).
    const q2 = sheet.getRow(4);
    expect(q2.getCell(1).value).toBe('2020年第2季度');
    expect(q2.getCell(3).value).toBe(1570);
    expect(q2.getCell(3).numFmt).toBe('#,##0.00');
    expect(q2.getCell(4).value).toBe(536_940);
    expect(q2.getCell(5).value).toBeCloseTo(0.0249, 10);
    expect(q2.getCell(7).value).toBe(89.71);
    expect(q2.getCell(8).value).toBe(24);
    // The second scenario's difference from the first.
    expect(sheet.getRow(5).getCell(9).value).toBe(180);
    expect(sheet.rowCount).toBe(1 + 4 * 2);
  });

  it('adds the output and headcount, and the minimum-wage findings', async () => {
    const book = await workbookOf();
    const output = book.getWorksheet('产值与人数')!;
    expect(output.getRow(5).getCell(2).value).toBe(4492.8); // 万元
    expect(output.getRow(3).getCell(6).value).toBe(30); // on leave in Q2
    const findings = book.getWorksheet('最低工资核对')!;
    expect(findings.getRow(2).getCell(3).value).toBe('恰好等于最低工资');
    expect(findings.getRow(2).getCell(4).value).toBe(1570);
    expect(findings.getRow(2).getCell(5).value).toBe(1570);
  });
});
