// 打印预览 of one document: the A4 sheet, and for agreements the path to a signed text — 定稿并签署
// freezes the text as a version (its fingerprint then prints on every page), the parties sign on
// screen or on paper, and a later change of the data makes a new version that voids the old signatures.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort, type AgreementVersion } from '../../../shared/bundle/agreement';
import type { AgreementSignature } from '../../../shared/bundle/signature';
import type { AppError } from '../../../shared/result';
import type { Enterprise } from '../../../shared/enterprise/model';
import { documentClauses } from '../../../templates/overrides';
import type { TemplateName } from '../../../templates/registry';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { agreementFreeze, agreementIdFor, agreementSign } from '../../../templates/agreement/flow';
import { docxSave, documentsErrorText, versionJsonSave } from './documentFiles';
import { ClauseTools } from './ClauseTools';
import { type ExplanationSource, useExplanationChoice } from './ExplanationAttach';
import { PrintSheet } from './PrintSheet';
import { SignDialog, type SignerSlot } from './SignDialog';
import { documentFileName, rowDocument, type TemplateRow } from './templateRows';
import { templateSignable } from '../../../templates/agreement/content';
import { VersionHistory } from './VersionHistory';
import { AuditSection } from '../audit/AuditSection';

interface Props {
  readonly row: TemplateRow;
  readonly enterprise: Enterprise;
  /** The round the agreement belongs to (its id names the agreement). */
  readonly roundId: string;
  readonly save: (versions: readonly AgreementVersion[]) => Promise<AppError | null>;
  /** Sets a clause's wording for this round, or restores the standard text with null (useClauseOverrides). */
  readonly clauseSave: (name: TemplateName, clauseId: string, text: string | null) => Promise<AppError | null>;
  readonly onBack: () => void;
  /** The request letter only: the round and figures its 测算说明 annex is made from. */
  readonly explain?: ExplanationSource;
}

function signerSlots(row: TemplateRow): SignerSlot[] {
  const p = row.parties;
  if (!p) return [];
  return [
    { role: 'workers_chief', name: p.workers.chief.name, required: true },
    { role: 'employer_chief', name: p.employer.chief.name, required: true },
    ...(p.witness ? [{ role: 'witness' as const, name: '', required: false }] : []),
  ];
}

export function DocumentPreview({ row, enterprise, roundId, save, clauseSave, onBack, explain }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [signing, setSigning] = useState<AgreementVersion | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const shown = rowDocument(row);
  const attach = useExplanationChoice(explain);
  if (!shown) return null;
  const { version, unreadable, doc } = shown;
  const state = row.state;
  const signable = templateSignable(row.name) && row.content !== null;

  async function freeze(): Promise<void> {
    if (!row.content) return;
    setBusy(true);
    try {
      const made = await agreementFreeze(row.name, { roundId, creditCode: enterprise.creditCode }, state, row.content);
      if (!made.ok) return noticeShow({ tone: 'error', text: documentsErrorText(made.error) });
      const failed = await save(made.value.write);
      if (failed) return noticeShow({ tone: 'error', text: documentsErrorText(failed) });
      const next = made.value.next;
      noticeShow({
        tone: 'info',
        text: next.version > 1 ? t('documents.versionCreated', { version: next.version, previous: next.version - 1 }) : t('documents.frozen', { version: next.version, short: agreementFingerprintShort(next.fingerprint) }),
      });
      setSigning(next);
    } finally {
      setBusy(false);
    }
  }

  async function sign(target: AgreementVersion, signatures: readonly AgreementSignature[], kind: 'drawn' | 'wet'): Promise<void> {
    const signed = agreementSign(target, signatures);
    if (!signed.ok) return noticeShow({ tone: 'error', text: documentsErrorText(signed.error) });
    const failed = await save([signed.value]);
    if (failed) return noticeShow({ tone: 'error', text: documentsErrorText(failed) });
    setSigning(null);
    noticeShow({ tone: 'info', text: t(kind === 'drawn' ? 'documents.signDialog.saved' : 'documents.signDialog.wetSaved', { version: target.version }) });
  }

  async function clauseWordingSave(id: string, number: string, text: string | null): Promise<boolean> {
    const failed = await clauseSave(row.name, id, text);
    if (failed) {
      noticeShow({ tone: 'error', text: documentsErrorText(failed) });
      return false;
    }
    noticeShow({ tone: 'info', text: t(text === null ? 'documents.clauses.restored' : 'documents.clauses.saved', { number }) });
    return true;
  }

  async function print(): Promise<void> {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: documentsErrorText(printed.error) });
  }

  async function download(): Promise<void> {
    const notice = await docxSave(doc, documentFileName(enterprise.name, row, version, 'docx'));
    if (notice) noticeShow(notice);
  }

  async function exportVersion(v: AgreementVersion): Promise<void> {
    const notice = await versionJsonSave(v, documentFileName(enterprise.name, row, v, 'json'));
    if (notice) noticeShow(notice);
  }

  const banner =
    state.kind === 'outdated'
      ? { tone: 'warn', text: t('documents.outdatedBanner', { version: state.latest.version }) }
      : state.kind === 'frozen' && version
        ? { tone: 'ok', text: t(state.signed ? 'documents.signedBanner' : 'documents.frozenBanner', { version: version.version, short: agreementFingerprintShort(version.fingerprint) }) }
        : { tone: 'draft', text: t('documents.draftBanner') };

  return (
    <div className="doc-preview">
      <div className="doc-preview-chrome">
        <div className="toolbar doc-preview-toolbar">
          <button type="button" onClick={onBack}>{t('documents.back')}</button>
          <h2 className="doc-preview-title">{row.titleZh}</h2>
          <span className="spacer" />
          {documentClauses(doc).length > 0 ? (
            <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>{t('documents.clauses.editMode')}</button>
          ) : null}
          {attach.control}
          <button type="button" onClick={() => void download()}>{t('documents.download')}</button>
          <button type="button" onClick={() => void print()}>{t('documents.print')}</button>
          {signable && state.kind === 'draft' ? (
            <button type="button" className="button-primary" disabled={busy} onClick={() => void freeze()}>{t('documents.freezeAndSign')}</button>
          ) : null}
          {signable && state.kind === 'frozen' && !state.signed && version ? (
            <button type="button" className="button-primary" onClick={() => setSigning(version)}>{t('documents.sign')}</button>
          ) : null}
          {signable && state.kind === 'outdated' ? (
            <button type="button" className="button-primary" disabled={busy} onClick={() => void freeze()}>{t('documents.newVersion', { version: state.latest.version + 1 })}</button>
          ) : null}
        </div>
        <p className={`doc-banner doc-banner-${banner.tone}`} role="status">{banner.text}</p>
        {unreadable ? <p className="doc-banner doc-banner-warn">{t('documents.frozenUnreadable')}</p> : null}
        {editing ? <p className="doc-banner">{t('documents.clauses.editModeHint')}</p> : null}
        {attach.note}
        {row.unmatchedOverrides.length > 0 ? (
          <p className="doc-banner doc-banner-warn">{t('documents.clauses.unmatched', { count: row.unmatchedOverrides.length, ids: row.unmatchedOverrides.join('、') })}</p>
        ) : null}
      </div>
      <PrintSheet
        doc={doc}
        signatures={version?.signatures ?? []}
        clauseTools={(block) => {
          const id = block.id;
          return id === undefined ? null : <ClauseTools key={id} block={block} editing={editing} onSave={(text) => clauseWordingSave(id, block.number, text)} />;
        }}
      />
      {signable ? (
        <div className="doc-preview-chrome">
          <VersionHistory versions={row.versions} onExport={(v) => void exportVersion(v)} />
          <AuditSection enterpriseId={enterprise.id} only={{ table: 'agreements', keyPrefix: `${agreementIdFor(row.name, roundId)}.` }} />
        </div>
      ) : null}
      {signing ? (
        <SignDialog
          version={signing.version}
          slots={signerSlots(row)}
          onSign={(signatures, kind) => void sign(signing, signatures, kind)}
          onPrintBlank={() => {
            setSigning(null);
            // Print once the dialog has closed, so the page prints without it.
            setTimeout(() => void print(), 50);
          }}
          onCancel={() => setSigning(null)}
        />
      ) : null}
    </div>
  );
}
