// The one way the witness key goes into a backup: ticked here, with its passphrase, for this download
// only. Shown only when this machine holds a key that has a passphrase-sealed copy.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../data/send';
import { Field } from '../../components/Field';

export interface WitnessKeyChoice {
  readonly include: boolean;
  readonly passphrase: string;
}

export function BackupWitnessKeyOption({ choice, onChange }: { readonly choice: WitnessKeyChoice; readonly onChange: (next: WitnessKeyChoice) => void }) {
  const { t } = useTranslation();
  const [exportable, setExportable] = useState(false);

  useEffect(() => {
    let live = true;
    void send('witnessIdentityRead').then((read) => live && setExportable(read.ok && read.value !== null && read.value.exportable));
    return () => {
      live = false;
    };
  }, []);

  if (!exportable) return null;
  return (
    <div className="backup-witness-option">
      <label>
        <input type="checkbox" checked={choice.include} onChange={(e) => onChange({ include: e.target.checked, passphrase: '' })} />
        {t('backup.includeWitnessKey')}
      </label>
      <p className="muted">{t('backup.includeWitnessKeyHint')}</p>
      {choice.include ? (
        <Field label={t('backup.witnessPassphrase')} required>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={choice.passphrase} onChange={(e) => onChange({ include: true, passphrase: e.target.value })} />}
        </Field>
      ) : null}
    </div>
  );
}
