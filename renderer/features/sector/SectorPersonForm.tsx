// Add or edit one representative of a sector round (or its recorder), as the enterprise's person form
// does; an employers' representative may name the member enterprise they sit for. The caller saves the
// whole list through the data facade and answers with the field errors of this person, if any.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { personRoles, personSides, type PersonRole, type PersonSide } from '../../../shared/enterprise/model';
import type { SectorMember, SectorPerson, SectorPersonInput } from '../../../shared/sector/sectorAgreement';

interface SectorPersonFormProps {
  readonly person: SectorPerson | null;
  readonly members: readonly SectorMember[];
  /** Saves the person; resolves to field errors (keyed as the person's fields), or null when saved. */
  readonly onSubmit: (person: Omit<SectorPersonInput, 'id'>) => Promise<Record<string, string> | null>;
  readonly onDone: () => void;
}

export function SectorPersonForm({ person, members, onSubmit, onDone }: SectorPersonFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(person?.name ?? '');
  const [side, setSide] = useState<PersonSide>(person?.side ?? 'workers');
  const [role, setRole] = useState<PersonRole>(person?.role ?? 'member');
  const [post, setPost] = useState(person?.post ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [member, setMember] = useState(person?.memberCreditCode ?? '');
  const [hasAuthorization, setHasAuthorization] = useState(person?.hasAuthorization ?? false);
  const [note, setNote] = useState(person?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  function onRole(next: PersonRole) {
    setRole(next);
    if (next === 'recorder') setSide('neutral');
    else if (side === 'neutral') setSide('workers');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    // Only the employers' side sits for a member enterprise; the workers' side is the federation's.
    const memberCreditCode = side === 'employer' && member !== '' ? member : null;
    const fields = await onSubmit({ name, side, role, post, phone, hasAuthorization, note, memberCreditCode });
    setSaving(false);
    if (fields === null) onDone();
    else setErrors(fields);
  }

  const err = (f: string) => (errors[f] ? t(errors[f]) : undefined);
  const errorCount = Object.keys(errors).length;
  return (
    <form className="form card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sector-person-form-title">
      <h3 id="sector-person-form-title">{person ? t('people.editTitle') : t('people.addTitle')}</h3>
      {errorCount > 0 ? <div className="form-summary" role="alert">{t('common.fixErrors', { count: errorCount })}</div> : null}
      <div className="field-grid">
        <Field label={t('people.name')} error={err('name')} required>
          {(p) => <input {...p} name="name" value={name} autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('people.role')} error={err('role')} required>
          {(p) => (
            <select {...p} name="role" value={role} onChange={(e) => onRole(e.target.value as PersonRole)}>
              {personRoles.map((r) => <option key={r} value={r}>{t(`people.roles.${r}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('people.side')} error={err('side')} required>
          {(p) => (
            <select {...p} name="side" value={side} onChange={(e) => setSide(e.target.value as PersonSide)}>
              {personSides.map((s) => <option key={s} value={s}>{t(`people.sides.${s}`)}</option>)}
            </select>
          )}
        </Field>
        {side === 'employer' && members.length > 0 ? (
          <Field label={t('sectorRound.member')} error={err('memberCreditCode')}>
            {(p) => (
              <select {...p} name="member" value={member} onChange={(e) => setMember(e.target.value)}>
                <option value="">{t('sectorRound.memberNone')}</option>
                {members.map((m) => <option key={m.creditCode} value={m.creditCode}>{m.name}</option>)}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('people.post')} error={err('post')}>
          {(p) => <input {...p} name="post" value={post} onChange={(e) => setPost(e.target.value)} />}
        </Field>
        <Field label={t('people.phone')} error={err('phone')}>
          {(p) => <input {...p} name="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </Field>
        <Field label={t('people.note')} error={err('note')}>
          {(p) => <input {...p} name="note" value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <label className="field field-check">
        <input type="checkbox" name="hasAuthorization" checked={hasAuthorization} onChange={(e) => setHasAuthorization(e.target.checked)} />
        {t('people.hasAuthorization')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>{saving ? t('common.saving') : t('common.save')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
