// `npx tsx bench/docx.ts`: the full wage agreement's .docx generation as a ratio to docxtemplater filling
// an equivalent .docx template with the same content, both measured in this run (issue 6, target ≤ 1.0×).
//
// How the template is made equivalent: the sample's wage agreement (its latest round, read through the
// same caseViewModel as any case file) as a Document model is copied with every piece of text (title,
// headings, clause numbers and runs, table cells, signature and filing fields) replaced by a {tN} tag,
// and that model is rendered by our own renderer once, at start. So the template has exactly our
// paragraphs, tables, run fonts and sizes, styles, header, footer and A4 page setup; docxtemplater then
// only has to put the same text back. Its data object is built before timing starts (a head start for
// the baseline: it does not build any content, our path does).
// Our path, timed: wageAgreement(view) → Document model → documentDocxBytes. Baseline, timed: PizZip
// load of the template, Docxtemplater render, generate with DEFLATE (as docx's Packer does).
// Ratios, not milliseconds: these machines are noisy. BENCH_RUNS sets the samples (default 40).
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { performance } from 'node:perf_hooks';
import type { Block, Document, Run, SignatureParty, TableCell } from '../templates/model';
import { amountText } from '../templates/text';
import { caseFileParse } from '../shared/case/caseFile';
import { referenceCaseFile } from '../shared/sample/referenceRounds';
import { caseContextOf, caseDataOf } from '../templates/case/fromFile';
import { caseViewModel } from '../templates/caseViewModel';
import { wageAgreement } from '../templates/documents/wageAgreement';
import { documentDocxBytes } from '../templates/render/docx';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 8;

/** Replaces each text with a fresh tag and remembers the text under it. */
function tagger() {
  const data: Record<string, string> = {};
  let n = 0;
  const tag = (text: string): string => {
    const key = `t${++n}`;
    data[key] = text;
    return `{${key}}`;
  };
  return { data, tag };
}

/** The template model: the same blocks with tags for text, and the data that fills them back in. */
function templateOf(doc: Document): { model: Document; data: Record<string, string> } {
  const { data, tag } = tagger();
  const runs = (rs: readonly Run[]): Run[] => rs.map((r) => ({ ...r, text: r.text === '\n' ? r.text : tag(r.text) }));
  const cell = (c: TableCell): TableCell => ({ ...c, text: typeof c.text === 'string' ? c.text.split('\n').map(tag).join('\n') : runs(c.text) });
  const party = (p: SignatureParty): SignatureParty => ({
    ...p,
    sideLabel: tag(p.sideLabel),
    partyName: tag(p.partyName),
    signerRole: tag(p.signerRole),
    ...(p.signerName ? { signerName: tag(p.signerName) } : {}),
    dateLabel: tag(p.dateLabel),
    ...(p.dateText ? { dateText: tag(p.dateText) } : {}),
  });
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'heading':
        return { ...b, text: tag(b.text) };
      case 'paragraph':
        return { ...b, runs: runs(b.runs) };
      case 'clause':
        return { ...b, number: tag(b.number), ...(b.heading ? { heading: tag(b.heading) } : {}), paragraphs: b.paragraphs.map((p) => ({ ...p, runs: runs(p.runs) })) };
      case 'table':
        return { ...b, rows: b.rows.map((r) => r.map(cell)) };
      case 'amount':
        // Rendered as the amount block is: label, the bold amount, the note, in one indented paragraph.
        return { kind: 'paragraph', indent: true, runs: [{ text: tag(`${b.label}：`) }, { text: tag(amountText(b.amount)), bold: true }, ...(b.note ? [{ text: tag(b.note) }] : [])] };
      case 'signatureBlock':
        return { ...b, parties: b.parties.map(party), ...(b.witness ? { witness: party(b.witness) } : {}) };
      case 'filingBlock':
        // The field labels stay literal: the renderer draws the tall 审查意见 box by its label.
        return { ...b, authority: tag(b.authority) };
      case 'pageBreak':
        return b;
    }
  };
  const model: Document = { ...doc, title: tag(doc.title), ...(doc.subtitle ? { subtitle: tag(doc.subtitle) } : {}), blocks: doc.blocks.map(block) };
  return { model, data };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The sample's latest round's wage agreement view, read as a case file is. */
function sampleWageAgreementView() {
  const file = caseFileParse(referenceCaseFile());
  if (!file.ok) throw new Error(`${file.error.code}: ${file.error.message}`);
  const ctx = caseContextOf(file.value);
  if (!ctx.ok) throw new Error(`${ctx.error.code}: ${ctx.error.message}`);
  const { vm, missing } = caseViewModel(caseDataOf(file.value), ctx.value);
  if (!vm.wageAgreement) throw new Error(`the sample's wage agreement cannot be made: ${missing['wage-agreement'].map((m) => m.what).join(', ')}`);
  return vm.wageAgreement;
}

async function main(): Promise<void> {
  const view = sampleWageAgreementView();
  const { model, data } = templateOf(wageAgreement(view));
  const templateBytes = await documentDocxBytes(model);

  const ours = () => documentDocxBytes(wageAgreement(view));
  const baseline = () => {
    const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };

  // Same content check: both outputs carry the same text in word/document.xml.
  const textOf = (bytes: Uint8Array) => new PizZip(bytes).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
  const [oursBytes, baseBytes] = [await ours(), baseline()];
  if (textOf(oursBytes) !== textOf(baseBytes)) throw new Error('the template does not reproduce the same text');

  const timesOurs: number[] = [];
  const timesBase: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Alternate which goes first, so neither always runs on a warmer heap.
    const pair: [() => unknown, number[]][] = [
      [ours, timesOurs],
      [baseline, timesBase],
    ];
    if (i % 2) pair.reverse();
    for (const [run, times] of pair) {
      const t0 = performance.now();
      await run();
      if (i >= WARMUP) times.push(performance.now() - t0);
    }
  }

  const mOurs = median(timesOurs);
  const mBase = median(timesBase);
  console.log(`wage agreement .docx: ours ${mOurs.toFixed(2)} ms, docxtemplater ${mBase.toFixed(2)} ms (medians of ${RUNS}, ${Object.keys(data).length} tags)`);
  console.log(`sizes: ours ${oursBytes.byteLength} B, docxtemplater ${baseBytes.byteLength} B`);
  console.log(`ratio ours / docxtemplater: ${(mOurs / mBase).toFixed(2)}× (target ≤ 1.0×)`);
}

// An async main: tsx runs this file as CommonJS, which has no top-level await.
void main();
