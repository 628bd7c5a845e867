// 协商代表 of a sector round: the representatives of both sides and the recorder, added, edited and
// deleted as on the enterprise's people screen, saved with the round (signed or not) through the facade.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { PersonSide } from '../../../shared/enterprise/model';
import type { SectorAgreement, SectorPerson, SectorPersonInput } from '../../../shared/sector/sectorAgreement';
import type { SectorRoundSave } from './SectorRoundSections';
import { PeopleSides } from '../people/PeopleSides';
import { SectorPersonForm } from './SectorPersonForm';
import { sectorErrorText } from './sectorDraft';

interface SectorPeopleSectionProps {
  readonly agreement: SectorAgreement;
  readonly onSave: SectorRoundSave;
}

/** A fresh id for a new representative, unique in the round. */
function personIdNew(): string {
  return `p-${crypto.randomUUID().replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}`;
}

export function SectorPeopleSection({ agreement, onSave }: SectorPeopleSectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<SectorPerson | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SectorPerson | null>(null);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const people = agreement.people;
  const bySide = (side: PersonSide) => people.filter((p) => p.side === side);
  const memberName = (code: string | null) => agreement.members.find((m) => m.creditCode === code)?.name ?? null;

  /** Saves the list with this person in it; the person's own field errors come back (people.<i>.<field>). */
  async function submit(fields: Omit<SectorPersonInput, 'id'>): Promise<Record<string, string> | null> {
    const target = editing === 'new' || editing === null ? null : editing;
    const person: SectorPersonInput = { ...fields, id: target?.id ?? personIdNew() };
    const next: SectorPersonInput[] = target ? people.map((p) => (p.id === target.id ? person : p)) : [...people, person];
    const index = next.indexOf(person);
    const saved = await onSave({ people: next, procedure: agreement.procedure });
    if (saved.ok) return null;
    if (!saved.error.fields) noticeShow({ tone: 'error', text: sectorErrorText(saved.error) });
    const prefix = `people.${index}.`;
    const own = Object.fromEntries(Object.entries(saved.error.fields ?? {}).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
    return Object.keys(own).length > 0 ? own : { _: 'sector.validation.invalid' };
  }

  /** Deletes one; undo puts the list back as it was (the procedure as it is then). */
  async function remove(target: SectorPerson) {
    const before = people;
    const removed = await onSave({ people: people.filter((p) => p.id !== target.id), procedure: agreement.procedure });
    if (removed.ok) noticeShow({ tone: 'info', text: t('people.deleted', { name: target.name }), undo: async () => void (await onSave({ people: before, procedure: removed.value.procedure })) });
  }

  return (
    <section aria-labelledby="sector-people-title">
      <div className="toolbar">
        <h2 id="sector-people-title">{t('sectorRound.tabs.people')}</h2>
        <span className="muted">{t('people.balance', { workers: bySide('workers').length, employer: bySide('employer').length })}</span>
        <span className="spacer" />
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>{t('people.add')}</button>
      </div>
      {editing ? (
        <SectorPersonForm key={editing === 'new' ? 'new' : editing.id} person={editing === 'new' ? null : editing} members={agreement.members} onSubmit={submit} onDone={() => setEditing(null)} />
      ) : null}
      <PeopleSides
        people={people}
        idPrefix="sector-side-"
        detail={(p) => [memberName(p.memberCreditCode), p.post].filter(Boolean).join(' · ')}
        onEdit={setEditing}
        onDelete={setDeleting}
      />
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
            void remove(target);
          }}
        />
      ) : null}
    </section>
  );
}
