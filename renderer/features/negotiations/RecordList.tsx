// The enterprise's negotiation records: open one, delete one (asks first, can be undone), start a new
// one, or load the reference case's March 2020 record with its people mapped to this enterprise's.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementKind } from '../../../shared/procedure/deadlineRules';
import { agreementKinds } from '../../../shared/procedure/deadlineRules';
import { agreementKindLabel } from '../../../shared/procedure/deadlineText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import type { StoredNegotiation } from '../../db/negotiationRepo';
import { useLocale } from '../../i18n/useLocale';

interface RecordListProps {
  readonly items: readonly StoredNegotiation[];
  readonly skippedCount: number;
  readonly defaultTitle: string;
  readonly onOpen: (id: string) => void;
  readonly onCreate: (title: string, kind: AgreementKind) => Promise<void>;
  readonly onLoadReference: () => Promise<void>;
  readonly onRemove: (id: string) => Promise<void>;
}

export function RecordList({ items, skippedCount, defaultTitle, onOpen, onCreate, onLoadReference, onRemove }: RecordListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [kind, setKind] = useState<AgreementKind>('wage-agreement');
  const [titleError, setTitleError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<StoredNegotiation | null>(null);

  async function create() {
    if (title.trim() === '') {
      setTitleError(t('negotiations.errors.required'));
      return;
    }
    setTitleError(undefined);
    await onCreate(title.trim(), kind);
    setCreating(false);
  }

  return (
    <>
      <div className="toolbar">
        <h2 className="proc-title">{t('negotiations.listTitle')}</h2>
        <span className="spacer" />
        <button type="button" className="button-primary" onClick={() => setCreating(true)}>{t('negotiations.new')}</button>
        <button type="button" onClick={() => void onLoadReference()}>{t('negotiations.loadReference')}</button>
      </div>
      {skippedCount > 0 ? <p className="form-summary" role="alert">{t('negotiations.skipped', { count: skippedCount })}</p> : null}
      {creating ? (
        <form className="card" aria-label={t('negotiations.newTitle')} noValidate onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <h3>{t('negotiations.newTitle')}</h3>
          <div className="field-grid">
            <Field label={t('negotiations.recordTitle')} required error={titleError}>
              {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
            </Field>
            <Field label={t('negotiations.kind')}>
              {(p) => (
                <select {...p} value={kind} onChange={(e) => setKind(e.target.value as AgreementKind)}>
                  {agreementKinds.map((k) => <option key={k} value={k}>{agreementKindLabel(k, locale)}</option>)}
                </select>
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary">{t('negotiations.create')}</button>
            <button type="button" onClick={() => setCreating(false)}>{t('common.cancel')}</button>
          </div>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p className="empty">{t('negotiations.empty')}</p>
      ) : (
        <ul className="proc-list">
          {items.map((item) => (
            <li key={item.id} className="card proc-list-item">
              <div>
                <button type="button" className="button-link proc-open" onClick={() => onOpen(item.id)}>{item.record.title || t('negotiations.untitled')}</button>
                <p className="muted">{agreementKindLabel(item.record.kind, locale)}</p>
              </div>
              <span className="spacer" />
              <div className="row-actions">
                <button type="button" onClick={() => onOpen(item.id)}>{t('negotiations.open')}</button>
                <button type="button" className="button-danger" onClick={() => setConfirming(item)}>{t('common.delete')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('negotiations.deleteTitle')}
          body={t('negotiations.deleteBody', { title: confirming.record.title })}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const id = confirming.id;
            setConfirming(null);
            void onRemove(id);
          }}
        />
      ) : null}
    </>
  );
}
