// `filing-package`: every part of what the labour administration receives for a signed round, as numbered
// .docx files (01-报送审查登记表.docx …), and the checklist with the filing deadline — the same package as
// the app's 报送材料包 (templates/filing). A round without a recorded signing is refused: the cover sheet,
// the explanatory note and the deadline all count from the signing, and a package made before it would be
// a set of drafts that must not reach the administration (`render --doc all` makes the drafts).
import { join } from 'node:path';
import { type IsoDate, isoDateParse, isoDateToday } from '../../shared/dates/isoDate';
import { clockDueText } from '../../shared/procedure/rules/clock';
import { referenceRoundIds } from '../../shared/sample/referenceRounds';
import { caseDataOf } from '../../templates/case/fromFile';
import type { FilingDeadline } from '../../templates/filing/filingDeadline';
import { type FilingPart, filingFileName, filingPackage } from '../../templates/filing/filingPackage';
import { documentDocxBytes } from '../../templates/render/docx';
import { type CliCommand, type CliIo, cliArgs } from '../command';
import { caseContextInput, caseInput } from './caseSource';
import { missingEn, missingZh } from './missingText';
import { type DocumentWriter, nodeDocumentWriter } from './render';

const USAGE = 'filing-package <case.json> | --sample  --out <dir/> [--round <id>] [--as-of YYYY-MM-DD]';

function usageLines(): string[] {
  return [
    `usage: ${USAGE}`,
    '  <case.json>  a case file (docs/case-format.md) of a signed round, as the app exports it',
    `  --sample     the built-in sample; --round picks its round: ${referenceRoundIds.join(', ')} (default the latest)`,
    '  --round      with a case file: the round id it must hold (a check that the right file was given)',
    '  --out        the directory to write the parts to (created if missing)',
    '  --as-of      the day the deadline is judged on (default today)',
  ];
}

function partLine(p: FilingPart): string {
  const title = p.copies > 1 ? `${p.titleZh}（一式${p.copies}份）` : p.titleZh;
  const head = `  ${p.number}. ${title}`;
  if (p.status === 'ready') return `${head}：齐备 / ready`;
  if (p.status === 'unsigned') return `${head}：不是已签署定稿的文本，打印件带草稿标记（在协议文书中定稿并签署） / not the signed text: prints as a draft`;
  const whats = p.missing.map((m) => m.what);
  return `${head}：缺少 ${missingZh(whats)} / missing ${missingEn(whats)}`;
}

function deadlineLine(d: FilingDeadline): string {
  if (d.kind === 'unsigned') return '报送期限：尚未签字 / filing deadline: not signed yet';
  if (d.kind === 'unknown') return `报送期限：无法计算（${d.error.message}） / filing deadline: cannot be computed`;
  const due = `报送期限：${clockDueText(d.deadline, 'zh-CN')}前，依据${d.source}`;
  const s = d.status;
  switch (s.state) {
    case 'on-time':
      return `${due}；已于 ${s.doneAt} 报送 / filed on ${s.doneAt}, in time`;
    case 'late':
      return `${due}；${s.doneAt} 报送，逾期 ${s.daysLate} 日 / filed ${s.daysLate} days late`;
    case 'overdue':
      return `${due}；警告：已逾期 ${s.daysLate} 日未报送 / warning: ${s.daysLate} days overdue`;
    default:
      return `${due}；还剩 ${s.daysLeft} 日 / ${s.daysLeft} days left`;
  }
}

/** `--as-of`, or today; null (printed) when it is not a real date. */
function asOfOf(option: string | true | undefined, io: CliIo): IsoDate | null {
  if (option === undefined) return isoDateToday();
  const date = typeof option === 'string' ? isoDateParse(option) : null;
  if (date === null) io.err('错误：--as-of 应为真实日期 YYYY-MM-DD / error: --as-of must be a real date YYYY-MM-DD');
  return date;
}

/**
 * Exit 0 when every part is written (a draft agreement is written with a warning); 1 when the case file is
 * bad, names another round, the round is not signed, a part cannot be made yet (the others are written and
 * what it needs is printed) or a file cannot be written; 2 on bad arguments.
 */
export function filingPackageCommandWith(writer: DocumentWriter): CliCommand {
  return {
    name: 'filing-package',
    summary: 'write what the labour administration receives for a signed round as numbered .docx files, with the checklist and deadline',
    usage: USAGE,
    async run(args, io) {
      const { positional, options } = cliArgs(args);
      const out = options.get('out');
      if (typeof out !== 'string') {
        for (const line of usageLines()) io.err(line);
        return 2;
      }
      // --round picks a round of the sample; with a case file it only checks the file holds that round.
      const wanted = positional.length > 0 ? options.get('round') : undefined;
      if (wanted !== undefined) options.delete('round');
      const today = asOfOf(options.get('as-of'), io);
      if (today === null) return 2;
      const file = await caseInput(positional, options, io, usageLines());
      if (typeof file === 'number') return file;
      if (wanted !== undefined && wanted !== file.round.id) {
        io.err(`错误：案例文件中的协商轮次是 ${file.round.id}（${file.round.title}），不是 ${String(wanted)} / error: the file holds round ${file.round.id}, not ${String(wanted)}`);
        return 1;
      }
      if (file.round.procedure.signing === null) {
        io.err(`错误：协商轮次「${file.round.title}」尚未记录签字，报送材料在双方首席代表签字后生成；草稿可用 render --doc all 生成 / error: the round is not signed yet; the filing package follows the signing`);
        return 1;
      }
      const ctx = caseContextInput(file, io);
      if (typeof ctx === 'number') return ctx;
      const pkg = filingPackage(caseDataOf(file), ctx, { agreements: file.agreements, today });
      try {
        await writer.makeDirectory(out);
        for (const p of pkg.parts) {
          if (!p.doc) continue;
          const path = join(out, filingFileName(p));
          const bytes = await documentDocxBytes(p.doc);
          await writer.writeFile(path, bytes);
          io.out(`${path}\t${p.titleZh}\t${bytes.byteLength} bytes`);
        }
      } catch (error) {
        io.err(`错误：无法写出文件 ${out} / error: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      io.out(`报送材料清单：${file.enterprise.name}《${file.round.title}》 / filing checklist`);
      for (const p of pkg.parts) io.out(partLine(p));
      io.out(deadlineLine(pkg.deadline));
      const missing = pkg.parts.filter((p) => p.status === 'missing');
      if (missing.length > 0) io.err(`未齐备：${missing.map((p) => p.titleZh).join('、')}未生成 / incomplete: ${missing.length} part(s) not written`);
      return missing.length > 0 ? 1 : 0;
    },
  };
}

export const filingPackageCommand: CliCommand = filingPackageCommandWith(nodeDocumentWriter);
