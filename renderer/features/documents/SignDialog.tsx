// Signing a frozen version: each signer draws in a box (or the parties sign the printed copy and their
// paper signatures are recorded here). The chiefs must both sign; the witness signs when there is one.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementSignature, SignatureRole } from '../../../shared/bundle/signature';
import { SignaturePadField } from './SignaturePadField';

export interface SignerSlot {
  readonly role: SignatureRole;
  readonly name: string;
  /** The chiefs must sign; the witness may. */
  readonly required: boolean;
}

interface Props {
  readonly version: number;
  readonly slots: readonly SignerSlot[];
  readonly onSign: (signatures: readonly AgreementSignature[], kind: 'drawn' | 'wet') => void;
  readonly onPrintBlank: () => void;
  readonly onCancel: () => void;
}

export function SignDialog({ version, slots, onSign, onPrintBlank, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [names, setNames] = useState<Readonly<Record<string, string>>>(() => Object.fromEntries(slots.map((s) => [s.role, s.name])));
  const [images, setImages] = useState<Readonly<Record<string, string | null>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  function drawn(): void {
    const signedAt = new Date().toISOString();
    if (slots.some((s) => s.required && !images[s.role])) return setProblem(t('documents.signDialog.needChiefs'));
    const signing = slots.filter((s) => images[s.role]);
    if (signing.some((s) => !(names[s.role] ?? '').trim())) return setProblem(t('documents.signDialog.needName'));
    onSign(signing.map((s) => ({ role: s.role, name: names[s.role]!.trim(), signedAt, kind: 'drawn' as const, imagePng: images[s.role]! })), 'drawn');
  }

  function wet(): void {
    const signedAt = new Date().toISOString();
    const signing = slots.filter((s) => s.required || (names[s.role] ?? '').trim());
    if (signing.some((s) => !(names[s.role] ?? '').trim())) return setProblem(t('documents.signDialog.needName'));
    onSign(signing.map((s) => ({ role: s.role, name: names[s.role]!.trim(), signedAt, kind: 'wet' as const })), 'wet');
  }

  return (
    <dialog ref={ref} className="dialog sign-dialog" aria-labelledby="sign-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="sign-title">{t('documents.signDialog.title', { version })}</h2>
      <p className="muted">{t('documents.signDialog.intro')}</p>
      <div className="sign-slots">
        {slots.map((slot) => {
          const role = t(`documents.roles.${slot.role}`);
          return (
            <fieldset key={slot.role} className="sign-slot">
              <legend>
                {role}
                {slot.required ? null : <span className="muted">{t('documents.signDialog.optional')}</span>}
              </legend>
              <label className="field">
                <span>{t('documents.signDialog.name')}</span>
                <input value={names[slot.role] ?? ''} onChange={(e) => setNames({ ...names, [slot.role]: e.target.value })} />
              </label>
              <SignaturePadField label={t('documents.signDialog.pad', { role })} onChange={(png) => setImages((prev) => ({ ...prev, [slot.role]: png }))} />
            </fieldset>
          );
        })}
      </div>
      {problem ? <p className="form-summary" role="alert">{problem}</p> : null}
      <p className="muted">{t('documents.signDialog.wetIntro')}</p>
      <div className="dialog-actions sign-actions">
        <button type="button" onClick={onPrintBlank}>{t('documents.printBlank')}</button>
        <button type="button" onClick={wet}>{t('documents.recordWet')}</button>
        <span className="spacer" />
        <button type="button" onClick={onCancel}>{t('documents.signDialog.cancel')}</button>
        <button type="button" className="button-primary" onClick={drawn}>{t('documents.signDialog.save')}</button>
      </div>
    </dialog>
  );
}
