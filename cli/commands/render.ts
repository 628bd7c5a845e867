// `render`: a round's documents as .docx, from a case file or the built-in sample, through the same
// caseDocuments the app's documents screen uses. Writing goes through a small writer interface so tests
// can capture files; the default writer uses node:fs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { referenceRoundIds } from '../../shared/sample/referenceRounds';
import { documentsWithChosenExplanation, EXPLANATION_LETTER, explanationChosen } from '../../templates/case/explanationChosen';
import { explanationAnnexViewFor } from '../../templates/case/explanationView';
import { caseDataOf } from '../../templates/case/fromFile';
import { type CaseDocument, caseDocuments } from '../../templates/caseViewModel';
import type { Document } from '../../templates/model';
import { isTemplateName, templateNames } from '../../templates/registry';
import { documentDocxBytes } from '../../templates/render/docx';
import type { AppError } from '../../shared/result';
import { type CliCommand, type CliIo, cliArgs } from '../command';
import { caseContextInput, caseInput } from './caseSource';
import { missingLines } from './missingText';

export interface DocumentWriter {
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Creates the directory and its parents if missing. */
  makeDirectory(path: string): Promise<void>;
}

export const nodeDocumentWriter: DocumentWriter = {
  writeFile: (path, bytes) => writeFile(path, bytes),
  makeDirectory: async (path) => {
    await mkdir(path, { recursive: true });
  },
};

const USAGE = 'render <case.json> | render --sample [--round <id>]  --doc <name|all> --out <file.docx|dir/> [--final] [--explain <scenario>]';

function usageLines(): string[] {
  return [
    `usage: ${USAGE}`,
    '  <case.json>  a case file (docs/case-format.md), as the app exports it or `case export` writes it',
    `  --sample     the built-in sample; --round picks its round: ${referenceRoundIds.join(', ')} (default the latest)`,
    '  --doc        one of: ' + [...templateNames, 'all'].join(', '),
    '  --out        the .docx to write, or with --doc all a directory (created if missing), one <name>.docx each',
    '  --final      leave out the draft mark (草稿 · 未签署) to print the copies that will be signed by hand',
    '  --explain    with --doc request-letter: attach 附件：测算说明 of the named scenario of the round\'s wage model,',
    '               with the guideline, CPI and average-wage figures of the file\'s economy section (none: 未知);',
    '               without it, the letter carries the annex the round chose in the app (round.details.explainScenario), if any',
  ];
}

function withoutDraft(doc: Document): Document {
  return { ...doc, meta: { ...doc.meta, draft: false } };
}

/** Writes one document; false (with the missing values printed) when it cannot be made. */
async function documentWrite(made: CaseDocument, path: string, final: boolean, writer: DocumentWriter, io: CliIo): Promise<boolean> {
  if (!made.doc) {
    const whats = made.missing.map((m) => m.what);
    for (const line of missingLines(made.name, made.titleZh, whats, ['未生成', 'skipped'])) io.err(line);
    return false;
  }
  const bytes = await documentDocxBytes(final ? withoutDraft(made.doc) : made.doc);
  await writer.writeFile(path, bytes);
  io.out(`${path}\t${made.titleZh}\t${bytes.byteLength} bytes`);
  if (made.unmatchedOverrides.length > 0) {
    io.err(`提示：${made.name} 有 ${made.unmatchedOverrides.length} 处改写的条款已不在文本中（${made.unmatchedOverrides.join('、')}） / note: edited clauses no longer in the text`);
  }
  return true;
}

function explainErrorLine(error: AppError): string {
  const p = error.params ?? {};
  if (error.code === 'explanation.scenarioUnknown') return `错误：工资模型中没有方案“${p.name}”（有：${p.known}） / error: no scenario "${p.name}" in the wage model (there are: ${p.known})`;
  if (error.code === 'explanation.modelInvalid') return `错误：工资模型无效，无法测算（${p.reason}） / error: the wage model is invalid (${p.reason})`;
  return '错误：本轮没有工资模型，无法附测算说明 / error: the round has no wage model to explain';
}

/**
 * Exit 0 when the document (or with `all`, at least one) was written; 1 when it cannot be made (what is
 * missing is printed), the case file is unreadable or invalid, or nothing could be written; 2 on bad arguments.
 */
export function renderCommandWith(writer: DocumentWriter): CliCommand {
  return {
    name: 'render',
    summary: "write a round's agreement or dossier document as .docx (wage-agreement, job-retention, …, or all)",
    usage: 'render <case.json> | --sample  --doc <name|all> --out <path> [--explain <scenario>]',
    async run(args, io) {
      const { positional, options } = cliArgs(args);
      const doc = options.get('doc');
      const out = options.get('out');
      if (typeof doc !== 'string' || typeof out !== 'string') {
        for (const line of usageLines()) io.err(line);
        return 2;
      }
      if (doc !== 'all' && !isTemplateName(doc)) {
        io.err(`未知的文书 "${doc}" / unknown document "${doc}"; known: ${[...templateNames, 'all'].join(', ')}`);
        return 2;
      }
      const explain = options.get('explain');
      if (explain !== undefined && (doc !== 'request-letter' || typeof explain !== 'string')) {
        io.err('错误：--explain 需要一个方案名称，且只用于 --doc request-letter / error: --explain takes a scenario name and goes with --doc request-letter');
        return 2;
      }
      const file = await caseInput(positional, options, io, usageLines());
      if (typeof file === 'number') return file;
      const ctx = caseContextInput(file, io);
      if (typeof ctx === 'number') return ctx;
      let data = caseDataOf(file);
      if (typeof explain === 'string') {
        // --explain is the choice the app keeps with the round (round.details.explainScenario), made here.
        const annex = explanationAnnexViewFor(data, ctx, explain);
        if (!annex.ok) {
          io.err(explainErrorLine(annex.error));
          return annex.error.code === 'explanation.scenarioUnknown' ? 2 : 1;
        }
        data = { ...data, round: { ...data.round, details: { ...data.round.details, explainScenario: explain } } };
      }
      const chosen = explanationChosen(data, ctx);
      if (chosen && !chosen.made.ok && (doc === 'all' || doc === EXPLANATION_LETTER)) {
        io.err(`提示：要约书不附本轮选定的测算说明（方案“${chosen.scenario}”） / note: the request letter goes without the round's chosen explanation (scenario "${chosen.scenario}")`);
        io.err(explainErrorLine(chosen.made.error).replace(/^错误：/, '原因：').replace(' / error: ', ' / reason: '));
      }
      const documents = documentsWithChosenExplanation(caseDocuments(data, ctx).documents, chosen);
      const final = options.get('final') === true;
      const one = doc === 'all' ? null : documents.find((d) => d.name === doc)!;
      try {
        if (one) return (await documentWrite(one, out, final, writer, io)) ? 0 : 1;
        await writer.makeDirectory(out);
        let written = 0;
        for (const made of documents) if (await documentWrite(made, join(out, `${made.name}.docx`), final, writer, io)) written++;
        if (written === 0) io.err('没有可生成的文书 / no document could be made');
        return written > 0 ? 0 : 1;
      } catch (error) {
        io.err(`错误：无法写出文件 ${out} / error: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
    },
  };
}

export const renderCommand: CliCommand = renderCommandWith(nodeDocumentWriter);
