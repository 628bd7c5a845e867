// `render`: a document template for a case, written as .docx. Writing goes through a small writer
// interface so tests can capture files; the default writer uses node:fs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../../templates/model';
import { referenceViewModels } from '../../templates/referenceViewModels';
import { isTemplateName, templateNames, templateRegistry, type TemplateName } from '../../templates/registry';
import { documentDocxBytes } from '../../templates/render/docx';
import type { CaseViewModel } from '../../templates/viewModel';
import { type CliCommand, cliArgs } from '../command';

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

const USAGE = 'render --sample --doc <name|all> --out <file.docx|dir/> [--final]';

function usageLines(): string[] {
  return [
    `usage: ${USAGE}`,
    '  --sample   the built-in reference case (福建隆祥皮革有限公司, 2020-21); a case file is not read yet:',
    '             the case-file format has no people or agreed terms so far, so only --sample is accepted',
    '  --doc      one of: ' + [...templateNames, 'all'].join(', '),
    '  --out      the .docx to write, or with --doc all a directory (created if missing), one <name>.docx each',
    '  --final    leave out the draft mark (草稿 · 未签署) to print the copies that will be signed by hand',
  ];
}

function withoutDraft(doc: Document): Document {
  return { ...doc, meta: { ...doc.meta, draft: false } };
}

export function renderCommandWith(writer: DocumentWriter, loadSample: () => CaseViewModel = referenceViewModels): CliCommand {
  return {
    name: 'render',
    summary: 'write an agreement or dossier document as .docx (wage-agreement, job-retention, …)',
    usage: USAGE,
    async run(args, io) {
      const { positional, options } = cliArgs(args);
      const doc = options.get('doc');
      const out = options.get('out');
      if (positional.length > 0) {
        io.err(`reading a case file (${positional[0]}) is not supported yet; use --sample for the reference case`);
        for (const line of usageLines()) io.err(line);
        return 2;
      }
      if (options.get('sample') !== true || typeof doc !== 'string' || typeof out !== 'string') {
        for (const line of usageLines()) io.err(line);
        return 2;
      }
      if (doc !== 'all' && !isTemplateName(doc)) {
        io.err(`unknown document "${doc}"; known: ${[...templateNames, 'all'].join(', ')}`);
        return 2;
      }
      const viewModel = loadSample();
      const names: readonly TemplateName[] = doc === 'all' ? templateNames : [doc];
      if (doc === 'all') await writer.makeDirectory(out);
      for (const name of names) {
        const built = templateRegistry[name].build(viewModel);
        if (!built) {
          io.err(`${name}: the case has no data for ${templateRegistry[name].titleZh}; skipped`);
          continue;
        }
        const path = doc === 'all' ? join(out, `${name}.docx`) : out;
        const bytes = await documentDocxBytes(options.get('final') === true ? withoutDraft(built) : built);
        await writer.writeFile(path, bytes);
        io.out(`${path}\t${templateRegistry[name].titleZh}\t${bytes.byteLength} bytes`);
      }
      return 0;
    },
  };
}

export const renderCommand: CliCommand = renderCommandWith(nodeDocumentWriter);
