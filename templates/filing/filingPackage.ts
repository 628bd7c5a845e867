// 报送材料: what the labour administration receives for a signed round (FIL-01; WCM 21; rules.md §2.1
// "Filing"), as ordered parts: 1 the cover sheet, 2 the agreement in the copies the round files (CCR 42 /
// WCM 21: 3, the round's 报送份数 when the parties file more), 3 the congress resolution with its count,
// 4 the representatives' list, 5 the explanatory note. Each part is ready, or says what it still needs
// (templates/case/needs.ts) — the agreement also whether it is the text the parties signed — and the
// package carries the filing deadline from the procedure clock. The app's 报送材料包 and the command line's
// `filing-package` both read this.
import type { AgreementVersion } from '../../shared/bundle/agreement';
import type { AgreementSignature } from '../../shared/bundle/signature';
import type { IsoDate } from '../../shared/dates/isoDate';
import { agreementContentOf, signableFacts } from '../agreement/content';
import { agreementIdFor, agreementState, documentForState } from '../agreement/flow';
import { type CaseContext, type CaseData, roundMainTemplate } from '../case/caseData';
import { Needs, type MissingValue } from '../case/needs';
import { caseDocument, caseViewModel } from '../caseViewModel';
import type { Document } from '../model';
import { explanatoryNote } from './explanatoryNote';
import { type FilingDeadline, filingDeadlineFor } from './filingDeadline';
import { explanatoryNoteViewFor } from './noteView';
import { representativesList } from './representativesList';
import { representativesListViewFor } from './representativesView';

export const filingPartKinds = ['cover', 'agreement', 'resolution', 'representatives', 'note'] as const;
export type FilingPartKind = (typeof filingPartKinds)[number];

/** ready; missing: something to enter first; unsigned: the agreement prints, but as a draft, not the signed text. */
export type FilingPartStatus = 'ready' | 'missing' | 'unsigned';

export interface FilingPart {
  readonly kind: FilingPartKind;
  /** 1–5: the order the administration receives them in, and the file names' prefix. */
  readonly number: number;
  readonly titleZh: string;
  /** How many times it prints: the agreement's filing copies, 1 for the others. */
  readonly copies: number;
  /** What prints; null when something is missing. */
  readonly doc: Document | null;
  readonly missing: readonly MissingValue[];
  readonly status: FilingPartStatus;
  /** The signatures of the agreement version filed (the print view draws them); empty for the other parts. */
  readonly signatures: readonly AgreementSignature[];
}

export interface FilingPackage {
  readonly parts: readonly FilingPart[];
  readonly deadline: FilingDeadline;
  /** Every part ready, the agreement the signed text. */
  readonly ready: boolean;
}

export interface FilingOptions {
  /** The round's stored agreement versions: a frozen, signed one is the text filed. */
  readonly agreements: readonly AgreementVersion[];
  readonly today: IsoDate;
}

/**
 * A document of the dossier printed for filing: signed by hand and sealed on paper once the round is
 * signed, so without the draft mark (as `render --final`); before signing it stays a draft.
 */
function dossierCopy(doc: Document | null, signed: boolean): Document | null {
  return doc && signed ? { ...doc, meta: { ...doc.meta, draft: false } } : doc;
}

function part(kind: FilingPartKind, number: number, titleZh: string, doc: Document | null, missing: readonly MissingValue[], copies = 1): FilingPart {
  return { kind, number, titleZh, copies, doc: missing.length === 0 ? doc : null, missing, status: doc && missing.length === 0 ? 'ready' : 'missing', signatures: [] };
}

/** The agreement as filed: the latest signed version's text when its content is today's, else the live draft. */
function agreementPart(data: CaseData, views: ReturnType<typeof caseViewModel>, options: FilingOptions): FilingPart {
  const name = roundMainTemplate[data.round.kind];
  const made = caseDocument(name, data, views);
  const copies = data.round.details.filingCopies;
  const facts = made.doc ? signableFacts(name, views.vm) : null;
  const content = made.doc && facts ? agreementContentOf(name, made.doc, facts, options.today) : null;
  const id = agreementIdFor(name, data.round.id);
  const state = agreementState(options.agreements.filter((v) => v.agreementId === id), content);
  if (!made.doc) {
    // A frozen version still files when today's data no longer makes the text (as the documents list prints it).
    if (state.kind === 'draft') return part('agreement', 2, made.titleZh, null, made.missing, copies);
    const frozen = documentForState({ ...state, kind: 'frozen' }, { title: made.titleZh, meta: { draft: true }, blocks: [] });
    return { ...part('agreement', 2, made.titleZh, frozen.doc, [], copies), status: state.signed && !frozen.unreadable ? 'ready' : 'unsigned', signatures: frozen.version?.signatures ?? [] };
  }
  const shown = documentForState(state, made.doc);
  const signed = state.kind === 'frozen' && state.signed && !shown.unreadable;
  return { ...part('agreement', 2, made.titleZh, shown.doc, [], copies), status: signed ? 'ready' : 'unsigned', signatures: shown.version?.signatures ?? [] };
}

export function filingPackage(data: CaseData, ctx: CaseContext, options: FilingOptions): FilingPackage {
  const views = caseViewModel(data, ctx);
  const signed = data.round.procedure.signing !== null;
  const cover = caseDocument('filing-cover', data, views);
  const resolution = caseDocument('congress-resolution', data, views);
  const repNeeds = new Needs();
  const reps = representativesListViewFor(data, repNeeds);
  const noteNeeds = new Needs();
  const note = explanatoryNoteViewFor(data, views, noteNeeds);
  const parts = [
    part('cover', 1, cover.titleZh, dossierCopy(cover.doc, signed), cover.missing),
    agreementPart(data, views, options),
    part('resolution', 3, resolution.titleZh, dossierCopy(resolution.doc, signed), resolution.missing),
    part('representatives', 4, '协商代表名单', dossierCopy(reps && representativesList(reps), signed), repNeeds.missing),
    part('note', 5, '情况说明', dossierCopy(note && explanatoryNote(note), signed), noteNeeds.missing),
  ];
  return { parts, deadline: filingDeadlineFor(data.round.procedure, ctx, options.today), ready: parts.every((p) => p.status === 'ready') };
}

/** The pages in the order they are handed in: each part once, the agreement once per copy, each copy whole. */
export function filingPrintOrder(pkg: FilingPackage): { readonly part: FilingPart; readonly doc: Document; readonly copy: number }[] {
  return pkg.parts.flatMap((p) => (p.doc ? Array.from({ length: p.copies }, (_, i) => ({ part: p, doc: p.doc!, copy: i + 1 })) : []));
}

/** 01-报送审查登记表.docx, 02-工资专项集体合同（一式3份）.docx: numbered so a folder lists them in filing order. */
export function filingFileName(p: FilingPart): string {
  const copies = p.copies > 1 ? `（一式${p.copies}份）` : '';
  return `${String(p.number).padStart(2, '0')}-${p.titleZh}${copies}.docx`.replace(/[\\/:*?"<>|]/g, '_');
}
