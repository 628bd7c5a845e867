// Add or edit one participant. A recorder is neutral (CCR 33): choosing the role sets the side.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { personRoles, personSides, type Person, type PersonRole, type PersonSide } from '../../../shared/enterprise/model';

interface PersonFormProps {
  readonly enterpriseId: string;
  readonly person: Person | null;
  readonly onDone: () => void;
}

export function PersonForm({ enterpriseId, person, onDone }: PersonFormProps) {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.personSave);
  const [name, setName] = useState(person?.name ?? '');
  const [side, setSide] = useState<PersonSide>(person?.side ?? 'workers');
  const [role, setRole] = useState<PersonRole>(person?.role ?? 'member');
  const [post, setPost] = useState(person?.post ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [hasAuthorization, setHasAuthorization] = useState(person?.hasAuthorization ?? false);
  const [note, setNote] = useState(person?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  function onRole(next: PersonRole) {
    setRole(next);
    if (next === 'recorder') setSide('neutral');
    else if (side === 'neutral') setSide('workers');
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await save(enterpriseId, person?.id ?? null, { name, side, role, post, phone, hasAuthorization, note });
    setSaving(false);
    if (outcome.ok) onDone();
    else setErrors(outcome.fields ?? {});
  }

  const err = (f: string) => (errors[f] ? t(errors[f]) : undefined);
  const errorCount = Object.keys(errors).length;
  return (
    <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="person-form-title">
      <h3 id="person-form-title">{person ? t('people.editTitle') : t('people.addTitle')}</h3>
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
