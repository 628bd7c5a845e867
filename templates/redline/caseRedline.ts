// The redline of two rounds of one enterprise: the previous round's agreement against the new round's,
// each made the way the documents screen and `render` make it (caseDocument, the round's own clause
// wordings applied). On the previous side the text is the one the parties signed when the round carries
// a frozen version of that agreement (shared/bundle/agreement.ts: signed means frozen), since "since the
// last agreement" means since what was signed, whatever that round's data says now.
import type { AgreementVersion } from '../../shared/bundle/agreement';
import type { RoundKind } from '../../shared/case/round';
import { agreementDocument, signableKinds } from '../agreement/content';
import { agreementIdFor } from '../agreement/flow';
import { type CaseContext, type CaseData, type CaseDocument, caseDocument, caseViewModel } from '../caseViewModel';
import type { Document } from '../model';
import { type TemplateName, templateNames } from '../registry';
import { documentRedline, type Redline } from './redline';

export interface RedlineRound {
  readonly data: CaseData;
  readonly ctx: CaseContext;
  /** The round's frozen agreement versions (a case file's `agreements`); none for a round not yet signed. */
  readonly agreements?: readonly AgreementVersion[];
}

export interface RedlineSide {
  /** The round's live document, or what it still needs (`missing`). */
  readonly live: CaseDocument;
  /** The text compared: the frozen version's, the live document's, or null when neither can be had. */
  readonly doc: Document | null;
  /** The frozen version the text is, or null for the live document. */
  readonly version: number | null;
}

export interface CaseRedline {
  readonly previous: RedlineSide;
  readonly next: RedlineSide;
  /** Null when either side's document cannot be made (see its `live.missing`). */
  readonly redline: Redline | null;
}

/** The agreement a round of this kind makes (wage → wage-agreement); null for `other`. */
export function redlineTemplateFor(kind: RoundKind): TemplateName | null {
  return templateNames.find((name) => signableKinds[name] === kind) ?? null;
}

/** Who the revisions are by when the caller does not say: the union's name as entered, or 职工方 (the side that usually drafts). */
export function redlineAuthorDefault(data: CaseData): string {
  return data.enterprise.unionName.trim() || '职工方';
}

/** The latest version not voided of the round's agreement for `name`, as a document, or null. */
function frozenDocumentOf(name: TemplateName, round: RedlineRound): { readonly doc: Document; readonly version: number } | null {
  const id = agreementIdFor(name, round.data.round.id);
  const latest = (round.agreements ?? []).filter((v) => v.agreementId === id && !v.voided).sort((a, b) => b.version - a.version)[0];
  const frozen = latest ? agreementDocument(latest.content) : null;
  return latest && frozen ? { doc: { ...frozen, meta: { draft: false, fingerprint: latest.fingerprint } }, version: latest.version } : null;
}

function sideOf(name: TemplateName, round: RedlineRound, frozenFirst: boolean): RedlineSide {
  const live = caseDocument(name, round.data, caseViewModel(round.data, round.ctx));
  const frozen = frozenFirst ? frozenDocumentOf(name, round) : null;
  return frozen ? { live, doc: frozen.doc, version: frozen.version } : { live, doc: live.doc, version: null };
}

/** The new round's `name` document against the previous round's (its signed text if frozen). */
export function caseRedline(name: TemplateName, previous: RedlineRound, next: RedlineRound): CaseRedline {
  const before = sideOf(name, previous, true);
  const after = sideOf(name, next, false);
  return { previous: before, next: after, redline: before.doc && after.doc ? documentRedline(before.doc, after.doc) : null };
}
