// One row per template for the chosen enterprise: the live document (or why it cannot be made), the
// content it would freeze, and where its agreement stands against the stored versions.
import type { AgreementContent, AgreementVersion } from '../../../shared/bundle/agreement';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Enterprise } from '../../../shared/enterprise/model';
import type { ClauseId, Document } from '../../../templates/model';
import { documentApplyOverrides, documentUnmatchedOverrides } from '../../../templates/overrides';
import { templateNames, templateRegistry, type TemplateName } from '../../../templates/registry';
import type { CaseViewModel, PartiesView } from '../../../templates/viewModel';
import type { StoredAgreement } from '../../db/agreementRepo';
import { agreementContentOf, signableFacts } from '../../../templates/agreement/content';
import { agreementIdFor, agreementState, documentForState, type AgreementState } from '../../../templates/agreement/flow';
import { templateMissingReason } from './caseViews';
import type { EnterpriseOverrides } from './clauseOverrides';

export interface TemplateRow {
  readonly name: TemplateName;
  readonly titleZh: string;
  /** The live document from today's data; null with `missingKey` when the data is missing. */
  readonly live: Document | null;
  readonly missingKey: string | null;
  /** Agreements only: what freezing would store, the parties (for the signers' names), the state. */
  readonly content: AgreementContent | null;
  readonly parties: PartiesView | null;
  readonly state: AgreementState;
  /** Every stored version of this agreement, newest first. */
  readonly versions: readonly AgreementVersion[];
  /** Edited clauses the document no longer has (a condition dropped them): kept, and said so. */
  readonly unmatchedOverrides: readonly ClauseId[];
}

/**
 * `overrides` are the enterprise's edited clause wordings (clauseOverrides.ts). They are applied here, the
 * one place a template's document is built, so the print view, the .docx and the content a freeze
 * fingerprints all say the same edited words, and an edit after freezing shows as a changed text.
 */
export function templateRows(enterprise: Enterprise, vm: CaseViewModel, stored: readonly StoredAgreement[], today: IsoDate, overrides: EnterpriseOverrides = {}): TemplateRow[] {
  return templateNames.map((name) => {
    const entry = templateRegistry[name];
    const built = entry.build(vm);
    const edits = overrides[name] ?? [];
    const live = built ? documentApplyOverrides(built, edits) : null;
    const facts = live ? signableFacts(name, vm) : null;
    const content = live && facts ? agreementContentOf(name, live, facts, today) : null;
    const id = agreementIdFor(name, enterprise.id);
    const versions = stored.filter((s) => s.version.agreementId === id).map((s) => s.version).sort((a, b) => b.version - a.version);
    return {
      name,
      titleZh: entry.titleZh,
      live,
      missingKey: live ? null : templateMissingReason(name, enterprise),
      content,
      parties: facts?.parties ?? null,
      state: agreementState(versions, content),
      versions,
      unmatchedOverrides: built ? documentUnmatchedOverrides(built, edits) : [],
    };
  });
}

/** The document as it prints and downloads now (frozen text with its fingerprint, or a draft). */
export function rowDocument(row: TemplateRow): ReturnType<typeof documentForState> | null {
  return row.live ? documentForState(row.state, row.live) : null;
}

/** A file name without characters Windows refuses. */
export function documentFileName(enterpriseName: string, row: TemplateRow, version: AgreementVersion | null, extension: string): string {
  const suffix = version ? `第${version.version}版` : '草稿';
  return `${enterpriseName}-${row.titleZh}-${suffix}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
}
