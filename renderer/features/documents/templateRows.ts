// One row per template for the round: the live document (or exactly what it still needs), the content it
// would freeze, and where its agreement stands against the stored versions. The round's own agreement
// comes first; the documents around it (request, minutes, resolution, filing cover) and the other special
// contracts follow in the registry's order.
import type { AgreementContent, AgreementVersion } from '../../../shared/bundle/agreement';
import type { RoundKind } from '../../../shared/case/round';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { ClauseId, Document } from '../../../templates/model';
import type { CaseDocument, CaseViews, MissingValue } from '../../../templates/caseViewModel';
import { roundMainTemplate } from '../../../templates/case/caseData';
import type { TemplateName } from '../../../templates/registry';
import type { PartiesView } from '../../../templates/viewModel';
import { agreementContentOf, signableFacts } from '../../../templates/agreement/content';
import { agreementIdFor, agreementState, documentForState, type AgreementState } from '../../../templates/agreement/flow';

export interface TemplateRow {
  readonly name: TemplateName;
  readonly titleZh: string;
  /** The round's own agreement (its kind's template). */
  readonly main: boolean;
  /** The live document from today's data; null when something is missing. */
  readonly live: Document | null;
  /** What the document still needs, each with the screen it is entered on. */
  readonly missing: readonly MissingValue[];
  /** Agreements only: what freezing would store, the parties (for the signers' names), the state. */
  readonly content: AgreementContent | null;
  readonly parties: PartiesView | null;
  readonly state: AgreementState;
  /** Every stored version of this agreement, newest first. */
  readonly versions: readonly AgreementVersion[];
  /** Edited clauses the document no longer has (a term was dropped): kept, and said so. */
  readonly unmatchedOverrides: readonly ClauseId[];
}

export function templateRows(
  kind: RoundKind,
  roundId: string,
  documents: readonly CaseDocument[],
  views: CaseViews,
  stored: readonly AgreementVersion[],
  today: IsoDate,
): TemplateRow[] {
  const mainName = roundMainTemplate[kind];
  const rows = documents.map((d): TemplateRow => {
    const facts = d.doc ? signableFacts(d.name, views.vm) : null;
    const content = d.doc && facts ? agreementContentOf(d.name, d.doc, facts, today) : null;
    const id = agreementIdFor(d.name, roundId);
    const versions = stored.filter((v) => v.agreementId === id).sort((a, b) => b.version - a.version);
    return {
      name: d.name,
      titleZh: d.titleZh,
      main: d.name === mainName,
      live: d.doc,
      missing: d.missing,
      content,
      parties: facts?.parties ?? null,
      state: agreementState(versions, content),
      versions,
      unmatchedOverrides: d.unmatchedOverrides,
    };
  });
  return [...rows.filter((r) => r.main), ...rows.filter((r) => !r.main)];
}

/** The document as it prints and downloads now (frozen text with its fingerprint, or a draft). */
export function rowDocument(row: TemplateRow): ReturnType<typeof documentForState> | null {
  // A frozen version prints even when today's data no longer makes the live text (a term was deleted).
  if (row.live) return documentForState(row.state, row.live);
  return row.state.kind === 'frozen' || row.state.kind === 'outdated' ? documentForState({ ...row.state, kind: 'frozen' }, { title: row.titleZh, meta: { draft: true }, blocks: [] }) : null;
}

/** A file name without characters Windows refuses. */
export function documentFileName(enterpriseName: string, row: TemplateRow, version: AgreementVersion | null, extension: string): string {
  const suffix = version ? `第${version.version}版` : '草稿';
  return `${enterpriseName}-${row.titleZh}-${suffix}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
}
