// 修改记录: the audit trail of one enterprise (its profile, people and every record filed under it).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../data/send';
import type { AuditRow } from '../../data/types';
import { auditChangedFields, auditRowName } from './auditChanges';
import { LoadingNote } from '../../components/LoadingNote';
import { AuditChainStatus } from './AuditChainStatus';
import { auditRestoreRows } from './auditChanges';

const SHOWN = 50;

interface AuditSectionProps {
  readonly enterpriseId: string;
  /** Narrow to one record: the table and the start of its keys (an agreement's versions share one). */
  readonly only?: { readonly table: string; readonly keyPrefix: string };
}

export function AuditSection({ enterpriseId, only }: AuditSectionProps) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<readonly AuditRow[] | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void send('enterpriseAudit', { enterpriseId }).then((listed) => {
      if (!listed.ok) return;
      const all = listed.value;
      const about = (e: AuditRow) => (e.keys ?? [e.key]).some((key) => key.startsWith(only!.keyPrefix));
      const rows = only ? all.filter((e) => e.table === only.table && about(e)) : all;
      if (live) setEntries(rows.slice(0, SHOWN));
    });
    return () => {
      live = false;
    };
  }, [enterpriseId, open, only?.table, only?.keyPrefix]);

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
  const fieldLabel = (table: string, field: string) => {
    const key = table === 'enterprises' ? `enterpriseForm.${field}` : table === 'people' ? `people.${field}` : '';
    return key && i18n.exists(key) ? t(key) : field;
  };

  const fieldsText = (e: AuditRow): string => {
    const restored = e.table === 'backup' ? auditRestoreRows(e) : null;
    if (restored) return t('audit.backupRows', restored);
    return e.action === 'update' ? auditChangedFields(e).map((f) => fieldLabel(e.table, f)).join(t('enterprises.listSeparator')) : t('common.none');
  };

  return (
    <section className="card audit-section" aria-labelledby="audit-title">
      <div className="toolbar">
        <h2 id="audit-title">{t('audit.title')}</h2>
        <span className="spacer" />
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t('audit.hide') : t('audit.show')}
        </button>
      </div>
      {open ? <AuditChainStatus when={when} /> : null}
      {open && entries === null ? <LoadingNote /> : null}
      {open && entries?.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
      {open && entries && entries.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.fields')}</th>
              <th scope="col">{t('audit.role')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{when(e.at)}</td>
                <td>{e.table === 'backup' ? t('audit.backupFile', { name: e.key }) : [i18n.exists(`backup.tables.${e.table}`) ? t(`backup.tables.${e.table}`) : e.table, auditRowName(e), e.keys ? t('audit.rows', { count: e.keys.length }) : ''].filter(Boolean).join(' · ')}</td>
                <td>{e.table === 'backup' ? t('audit.backupRestored') : t(`audit.actions.${e.action}`)}</td>
                <td>{fieldsText(e)}</td>
                <td>{t(`audit.roles.${e.role ?? 'unset'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
