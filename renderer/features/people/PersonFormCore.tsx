// The form for one participant at the table, whoever keeps the list: an enterprise's people (PersonForm)
// or a sector round's representatives (sector/SectorPersonForm, which adds the member enterprise). A
// recorder is neutral (CCR 33): choosing the role sets the side. The caller saves; its field errors come back.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { personRoles, personSides, type PersonRole, type PersonSide } from '../../../shared/enterprise/model';

/** What the form edits. */
export interface PersonFields {
  readonly name: string;
  readonly side: PersonSide;
  readonly role: PersonRole;
  readonly post: string;
  readonly phone: string;
  readonly hasAuthorization: boolean;
  readonly note: string;
}

interface PersonFormCoreProps {
  readonly person: PersonFields | null;
  /** The heading's id (the form is labelled by it). */
  readonly titleId: string;
  /** Saves; resolves to field errors keyed by field (empty: failed without one), or null when saved. */
  readonly onSubmit: (fields: PersonFields) => Promise<Record<string, string> | null>;
  readonly onDone: () => void;
  /** Fields of the caller's own, after the side (they may depend on it), with the errors keyed as theirs. */
  readonly extra?: (side: PersonSide, err: (field: string) => string | undefined) => ReactNode;
}

export function PersonFormCore({ person, titleId, onSubmit, onDone, extra }: PersonFormCoreProps) {
  const { t } = useTranslation();
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

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = await onSubmit({ name, side, role, post, phone, hasAuthorization, note });
    setSaving(false);
    if (fields === null) onDone();
    else setErrors(fields);
  }

  const err = (f: string) => (errors[f] ? t(errors[f]) : undefined);
  const errorCount = Object.keys(errors).length;
  return (
    <form className="form card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <h3 id={titleId}>{person ? t('people.editTitle') : t('people.addTitle')}</h3>
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
        {extra?.(side, err)}
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
