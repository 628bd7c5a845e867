// The people on each side of the table, with their roles; add, edit and (undoable) delete.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Person, PersonSide } from '../../../shared/enterprise/model';
import { PeopleSides } from './PeopleSides';
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
      <PeopleSides people={people} idPrefix="side-" detail={(p) => p.post} onEdit={setEditing} onDelete={setDeleting} />
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
