// The people on each side of the table, with their roles; add, edit and (undoable) delete.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { personSides, type Person, type PersonSide } from '../../../shared/enterprise/model';
import { PersonForm } from './PersonForm';

const EMPTY: readonly Person[] = [];

export function PeopleSection({ enterpriseId }: { readonly enterpriseId: string }) {
  const { t } = useTranslation();
  const people = useAppStore((s) => s.people[enterpriseId] ?? EMPTY);
  const peopleLoad = useAppStore((s) => s.peopleLoad);
  const remove = useAppStore((s) => s.personRemove);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);

  useEffect(() => {
    void peopleLoad(enterpriseId);
  }, [enterpriseId, peopleLoad]);

  const bySide = (side: PersonSide) => people.filter((p) => p.side === side);
  const count = (side: PersonSide) => bySide(side).length;

  return (
    <section aria-labelledby="people-title">
      <div className="toolbar">
        <h2 id="people-title">{t('people.title')}</h2>
        <span className="muted">{t('people.balance', { workers: count('workers'), employer: count('employer') })}</span>
        <span className="spacer" />
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>{t('people.add')}</button>
      </div>
      {editing ? (
        <PersonForm
          enterpriseId={enterpriseId}
          person={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <div className="sides">
        {personSides.map((side) => (
          <div className="card side-card" key={side} aria-labelledby={`side-${side}`}>
            <h3 id={`side-${side}`}>
              <span>{t(`people.${side}`)}</span>
              <span className="muted">{t('people.count', { count: count(side) })}</span>
            </h3>
            {count(side) === 0 ? <p className="muted">{t('people.empty')}</p> : null}
            <ul className="people-list">
              {bySide(side).map((p) => (
                <li key={p.id}>
                  <div>
                    <span className="person-name">{p.name}</span>
                    <span className={p.role === 'chief' ? 'badge badge-chief' : 'badge'}>{t(`people.roles.${p.role}`)}</span>
                    {p.post ? <div className="person-role">{p.post}</div> : null}
                  </div>
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing(p)} aria-label={`${t('common.edit')} ${p.name}`}>{t('common.edit')}</button>
                    <button type="button" onClick={() => setDeleting(p)} aria-label={`${t('common.delete')} ${p.name}`}>{t('common.delete')}</button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('people.deleteTitle')}
          body={t('people.deleteBody', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const target = deleting;
            setDeleting(null);
            void remove(enterpriseId, target.id);
          }}
        />
      ) : null}
    </section>
  );
}
