// `redline`: what changed since the last agreement, as a .docx with Word tracked changes: the previous
// round's agreement (its signed text when the file carries one) against the new round's, each made as
// `render` makes it. Files are written through render's DocumentWriter so tests can capture them.
import type { CaseFile } from '../../shared/case/caseFile';
import { caseDataOf } from '../../templates/case/fromFile';
import { caseRedline, redlineAuthorDefault, type RedlineSide, redlineTemplateFor } from '../../templates/redline/caseRedline';
import { redlineDocxBytes } from '../../templates/redline/redlineDocx';
import { revisionDateFromMs, revisionDateOf } from '../../templates/redline/revisions';
import { redlineEmpty, redlineSummary } from '../../templates/redline/summary';
import { isTemplateName, type TemplateName, templateNames } from '../../templates/registry';
import { type CliCommand, type CliIo, cliArgs } from '../command';
import { caseContextInput, caseInput } from './caseSource';
import { missingLines } from './missingText';
import { type DocumentWriter, nodeDocumentWriter } from './render';

const USAGE = 'redline <previous.json> <new.json> --out <changes.docx> [--doc <name>] [--author <名字>] [--date <ISO>]';

function usageLines(): string[] {
  return [
    `usage: ${USAGE}`,
    '  <previous.json>  the case file of the round the new one follows (compared as signed when it carries a frozen version)',
    '  <new.json>       the case file of the new round',
    '  --out            the .docx to write: the new text with every change tracked (Word and WPS: 审阅 → 修订)',
    `  --doc            the document (default: the agreement of the new round's kind): ${templateNames.join(', ')}`,
    "  --author         who the changes are by (default: the union's name in the new case file, or 职工方)",
    '  --date           when: 2021-01-20 or an instant with its offset, 2021-01-20T16:00+08:00 (default: now)',
  ];
}

/** An option that takes a value, or the exit code once the error is printed: 2 when it came without one. */
function textOption(options: ReadonlyMap<string, string | true>, key: string, io: CliIo): string | undefined | number {
  const value = options.get(key);
  if (value === undefined || (typeof value === 'string' && value.trim() !== '')) return value?.trim();
  io.err(`错误：--${key} 需要一个值 / error: --${key} needs a value`);
  for (const line of usageLines()) io.err(line);
  return 2;
}

/** The document to compare: --doc, or the agreement of the new round's kind. */
function templateOf(option: string | undefined, next: CaseFile, io: CliIo): TemplateName | number {
  if (option !== undefined) {
    if (isTemplateName(option)) return option;
    io.err(`未知的文书 "${option}" / unknown document "${option}"; known: ${templateNames.join(', ')}`);
    return 2;
  }
  const name = redlineTemplateFor(next.round.kind);
  if (name) return name;
  io.err(`新一轮的类型（${next.round.kind}）没有对应的协议，请用 --doc 指明文书 / the new round's kind (${next.round.kind}) has no agreement of its own: name a document with --doc`);
  return 2;
}

/** Things worth knowing that do not stop the comparison. */
function notes(previous: CaseFile, next: CaseFile, io: CliIo): void {
  if (previous.enterprise.creditCode !== next.enterprise.creditCode) {
    io.err(`提示：两份案卷不是同一家企业（${previous.enterprise.name} / ${next.enterprise.name}） / note: the two case files are of different enterprises`);
  }
  const from = next.round.previousRoundId;
  if (from !== null && from !== previous.round.id) {
    io.err(`提示：新一轮接续的是轮次 ${from}，不是 ${previous.round.id} / note: the new round was copied forward from ${from}, not ${previous.round.id}`);
  }
}

function missingSide(side: RedlineSide, which: readonly [zh: string, en: string], io: CliIo): void {
  if (side.doc) return;
  const whats = side.live.missing.map((m) => m.what);
  for (const line of missingLines(side.live.name, side.live.titleZh, whats, which)) io.err(line);
}

/**
 * Exit 0 when the redline was written; 1 when a file is unreadable or invalid, either round's document
 * cannot be made yet (what is missing is printed), or the file cannot be written; 2 on bad arguments.
 */
export function redlineCommandWith(writer: DocumentWriter, now: () => number = Date.now): CliCommand {
  return {
    name: 'redline',
    summary: 'what changed since the last agreement: a .docx with the changes tracked (Word 修订)',
    usage: 'redline <previous.json> <new.json> --out <changes.docx>',
    async run(args, io) {
      const { positional, options } = cliArgs(args);
      const out = options.get('out');
      if (positional.length !== 2 || typeof out !== 'string') {
        for (const line of usageLines()) io.err(line);
        return 2;
      }
      const [doc, author, dateText] = [textOption(options, 'doc', io), textOption(options, 'author', io), textOption(options, 'date', io)];
      if (typeof doc === 'number' || typeof author === 'number' || typeof dateText === 'number') return 2;
      const date = dateText === undefined ? { ok: true as const, value: revisionDateFromMs(now()) } : revisionDateOf(dateText);
      if (!date.ok) {
        io.err(`错误：--date 不是日期或带时区的时刻（${dateText}） / error: --date is not an ISO date or an instant with its offset: ${dateText}`);
        return 2;
      }
      const files: CaseFile[] = [];
      for (const path of positional) {
        const file = await caseInput([path], new Map(), io, usageLines());
        if (typeof file === 'number') return file;
        files.push(file);
      }
      const [previous, next] = files as [CaseFile, CaseFile];
      const name = templateOf(doc, next, io);
      if (typeof name === 'number') return name;
      const [previousCtx, nextCtx] = [caseContextInput(previous, io), caseContextInput(next, io)];
      if (typeof previousCtx === 'number' || typeof nextCtx === 'number') return 1;
      notes(previous, next, io);
      const made = caseRedline(name, { data: caseDataOf(previous), ctx: previousCtx, agreements: previous.agreements }, { data: caseDataOf(next), ctx: nextCtx });
      if (!made.redline) {
        missingSide(made.previous, ['无法比较：上一轮的', "cannot compare: the previous round's"], io);
        missingSide(made.next, ['无法比较：新一轮的', "cannot compare: the new round's"], io);
        return 1;
      }
      const by = { author: author ?? redlineAuthorDefault(caseDataOf(next)), date: date.value };
      try {
        const bytes = await redlineDocxBytes(made.redline, by);
        await writer.writeFile(out, bytes);
        io.out(`${out}\t${made.next.live.titleZh}（修订稿）\t${bytes.byteLength} bytes`);
      } catch (error) {
        io.err(`错误：无法写出文件 ${out} / error: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      if (made.previous.version !== null) io.out(`上一轮按已定稿的第 ${made.previous.version} 版比较 / the previous round compared as frozen, version ${made.previous.version}`);
      const s = redlineSummary(made.redline);
      const c = s.clauses;
      io.out(
        redlineEmpty(made.redline)
          ? '两轮文本相同 / the two texts are the same'
          : `条款：修改 ${c.reworded}、仅条号变动 ${c.renumbered}、新增 ${c.inserted}、删除 ${c.deleted}；表格单元格 ${s.cells}；其他内容 ${s.otherBlocks} 处 / articles: ${c.reworded} reworded, ${c.renumbered} renumbered, ${c.inserted} added, ${c.deleted} dropped; table cells: ${s.cells}; other blocks: ${s.otherBlocks}`,
      );
      io.out(`修订人 / author: ${by.author}\t${by.date}`);
      return 0;
    },
  };
}

export const redlineCommand: CliCommand = redlineCommandWith(nodeDocumentWriter);
