import { type RosterField, rosterColumnGuess, rosterHeaderRowGuess } from '../../shared/roster/columns';
import { type RosterImportPlan, rosterImportApply, rosterImportPlan } from '../../shared/roster/importPlan';
import { maskIdNumber, maskPhone } from '../../shared/roster/mask';
import { rosterFieldLabel, rosterProblemLabel } from '../../shared/roster/rosterText';
import type { CliIo } from '../command';
import { type CliCommand, cliArgs } from '../command';
import { type RosterRows, rosterRowsFromFile } from '../../shared/roster/files/rosterRows';
import { fileBytesRead, fileErrorText } from './binaryFiles';
import { textTable } from './textTable';

/** Row errors listed one by one; more are counted. */
const ERRORS_SHOWN = 50;

/** Values of identifying fields are masked even in error lists (the terminal may be on a projector). */
function shownValue(field: RosterField | null, value: string): string {
  if (field === 'idNumber') return maskIdNumber(value);
  if (field === 'phone') return maskPhone(value);
  return value;
}

function printPlan(file: string, read: RosterRows, plan: RosterImportPlan, byColumn: readonly (RosterField | null)[], io: CliIo): void {
  const source = read.kind === 'csv' ? `CSV，编码 ${read.encoding}` : `xlsx，工作表「${read.sheet}」`;
  io.out(`名册导入预览 roster import plan：${file}（${source}），表头在第 ${plan.headerRow} 行`);
  io.out('列对应 column guess：');
  const columns = plan.header.map((h, i) => [`  ${i + 1}. ${h || '（空）'}`, '→', byColumn[i] ? `${rosterFieldLabel(byColumn[i]!, 'zh-CN')} ${byColumn[i]}` : '（不导入 ignored）']);
  for (const line of textTable(columns)) io.out(line);
  io.out(`数据行 ${plan.dataRows}，有效 valid ${plan.valid.length}，无效 invalid ${plan.invalidRows.length}${plan.blankRows > 0 ? `，空行 ${plan.blankRows}` : ''}`);
  if (plan.errors.length > 0) {
    io.out('行错误 row errors（行号同 Excel，表头为第 1 行时数据从第 2 行起）：');
    for (const e of plan.errors.slice(0, ERRORS_SHOWN)) {
      const where = e.field ? `${e.header ?? rosterFieldLabel(e.field, 'zh-CN')}（${e.field}）` : '整行';
      io.out(`  第 ${e.row} 行 row ${e.row} · ${where} · ${rosterProblemLabel(e.code, 'zh-CN')} · ${e.code}${e.value ? ` ·「${shownValue(e.field, e.value)}」` : ''}`);
    }
    if (plan.errors.length > ERRORS_SHOWN) io.out(`  ……另有 ${plan.errors.length - ERRORS_SHOWN} 处`);
  }
  for (const d of plan.duplicates) {
    io.out(`重复身份证号 duplicate ${maskIdNumber(d.idNumber)}：第 ${d.rows.join('、')} 行${d.existingWorkerId ? `（名册已有 ${d.existingWorkerId}）` : ''}`);
  }
}

/**
 * `roster <file.xlsx|file.csv> [--header-row N] [--valid-only] [--json]`: the import plan of a roster
 * file: the column guess, valid and invalid rows, row errors with Excel row numbers, duplicates. Nothing
 * is imported while a row is invalid unless --valid-only is given. Exit 0 when the import would go
 * ahead, 1 when it would not (or the file is unreadable), 2 on bad arguments.
 */
export const rosterCommand: CliCommand = {
  name: 'roster',
  summary: 'preview a roster import from .xlsx or CSV (UTF-8 or GBK): column guess, valid rows, row errors',
  usage: 'roster <file.xlsx|file.csv> [--header-row N] [--valid-only] [--json]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const file = positional[0];
    const headerOption = options.get('header-row');
    const headerRowGiven = typeof headerOption === 'string' && /^[1-9]\d{0,3}$/.test(headerOption) ? Number(headerOption) : null;
    if (file === undefined || (headerOption !== undefined && headerRowGiven === null)) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = await fileBytesRead(file);
    } catch (error) {
      io.err(`错误：无法读取文件 ${file} / error: cannot read ${file}: ${fileErrorText(error)}`);
      return 1;
    }
    const read = await rosterRowsFromFile(file, bytes);
    if (!read.ok) {
      io.err(`错误：无法读取名册文件（${read.error.code}）。/ error: ${read.error.message}`);
      return 1;
    }
    const rows = read.value.rows;
    const headerRow = headerRowGiven ?? rosterHeaderRowGuess(rows);
    const guess = rosterColumnGuess(rows[headerRow - 1] ?? []);
    const planned = rosterImportPlan(rows, guess.mapping, { headerRow });
    if (!planned.ok) {
      const missing = guess.missingRequired.map((f) => rosterFieldLabel(f, 'zh-CN')).join('、');
      io.err(`错误：${missing ? `找不到必填列（${missing}），请检查表头或用 --header-row 指定表头所在行。` : '表头无法使用。'} / error: ${planned.error.code}: ${planned.error.message}`);
      return 1;
    }
    const plan = planned.value;
    const applied = rosterImportApply(plan, options.has('valid-only') ? 'validOnly' : 'all');
    if (options.has('json')) {
      io.out(JSON.stringify({ file, kind: read.value.kind, encoding: read.value.encoding, sheet: read.value.sheet, columnGuess: guess, plan, import: applied.ok ? { workers: applied.value.length } : { error: applied.error } }, null, 2));
      return applied.ok ? 0 : 1;
    }
    printPlan(file, read.value, plan, guess.byColumn, io);
    if (applied.ok) {
      io.out(`可导入 ${applied.value.length} 名职工${plan.invalidRows.length > 0 ? `（按 --valid-only 仅导入有效行，跳过 ${plan.invalidRows.length} 行无效行）` : ''}。`);
      return 0;
    }
    io.out(
      applied.error.code === 'roster.invalidRows'
        ? `不导入 nothing imported：有 ${plan.invalidRows.length} 行无效。请修正后重试，或加 --valid-only 明确选择只导入 ${plan.valid.length} 行有效行。`
        : '不导入 nothing imported：没有有效行。',
    );
    return 1;
  },
};
