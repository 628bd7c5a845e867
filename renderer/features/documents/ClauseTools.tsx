// Under a clause of the print view, on screen only: the 已修改 marker of an edited clause with its standard
// text on demand, and in 编辑条款措辞 mode the wording editor (保存 / 取消 / 恢复标准文本). Nothing here
// prints (.doc-screen-only): the sheet prints the words alone.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../templates/model';
import { clauseText } from '../../../templates/overrides';
import { clauseTextTooLong } from '../../../shared/text/textLimits';

type ClauseBlock = Extract<Block, { kind: 'clause' }>;

/** The wording as the override stores it: one paragraph a line, blank lines dropped (overrides.ts does the same). */
const wordingNormal = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');

interface Props {
  readonly block: ClauseBlock;
  readonly editing: boolean;
  /** Stores the wording, or the standard text with null; answers whether it was saved. */
  readonly onSave: (text: string | null) => Promise<boolean>;
}

export function ClauseTools({ block, editing, onSave }: Props) {
  const { t } = useTranslation();
  const textId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [showStandard, setShowStandard] = useState(false);
  /** Why the draft was not saved: blank, or longer than a clause may be (shared/text/textLimits.ts). */
  const [problem, setProblem] = useState<'empty' | 'tooLong' | null>(null);
  const [busy, setBusy] = useState(false);
  // After 保存 or 取消 the keyboard goes back to this clause's edit button, not to the top of the page.
  const refocus = useRef(false);
  const editorClose = () => {
    refocus.current = true;
    setDraft(null);
    setProblem(null);
  };
  const standardText = block.overridden?.standardText ?? clauseText(block);
  const number = block.number;

  async function save(text: string | null): Promise<void> {
    const wording = text === null ? null : wordingNormal(text);
    if (wording === '') return setProblem('empty');
    if (wording !== null && clauseTextTooLong(wording)) return setProblem('tooLong');
    setBusy(true);
    try {
      // The standard words typed back in are a restore, not an override.
      const saved = await onSave(wording === null || wording === wordingNormal(standardText) ? null : wording);
      if (saved) editorClose();
    } finally {
      setBusy(false);
    }
  }

  if (!block.overridden && !editing) return null;
  return (
    <div className="doc-clause-tools doc-screen-only">
      {block.overridden ? (
        <p className="doc-clause-edited">
          <span className="doc-clause-marker">{t('documents.clauses.edited')}</span>
          <button type="button" className="doc-clause-link" aria-expanded={showStandard} onClick={() => setShowStandard(!showStandard)}>
            {t(showStandard ? 'documents.clauses.hideStandard' : 'documents.clauses.showStandard')}
          </button>
        </p>
      ) : null}
      {block.overridden && showStandard ? <p className="doc-clause-standard">{t('documents.clauses.standard', { text: standardText })}</p> : null}
      {editing && draft === null ? (
        <button
          type="button"
          ref={(el) => {
            if (el && refocus.current) {
              refocus.current = false;
              el.focus();
            }
          }}
          aria-label={t('documents.clauses.editFor', { number })}
          onClick={() => setDraft(clauseText(block))}
        >
          {t('documents.clauses.edit')}
        </button>
      ) : null}
      {editing && draft !== null ? (
        <div className="doc-clause-editor">
          <label htmlFor={textId}>{t('documents.clauses.textLabel', { number })}</label>
          <textarea
            id={textId}
            value={draft}
            rows={Math.min(12, Math.max(3, draft.split('\n').length + 1))}
            aria-invalid={problem !== null}
            autoFocus
            onChange={(e) => {
              setDraft(e.target.value);
              setProblem(null);
            }}
          />
          {problem ? <p className="doc-clause-error" role="alert">{t(`documents.clauses.${problem}`)}</p> : null}
          <div className="doc-clause-actions">
            <button type="button" className="button-primary" disabled={busy} onClick={() => void save(draft)}>{t('documents.clauses.save')}</button>
            <button type="button" disabled={busy} onClick={editorClose}>{t('documents.clauses.cancel')}</button>
            {block.overridden ? (
              <button type="button" disabled={busy} onClick={() => void save(null)}>{t('documents.clauses.restore')}</button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
