// Add or edit one representative of a sector round (or its recorder) with the enterprise's person form;
// an employers' representative may name the member enterprise they sit for. The caller saves the whole
// list through the data facade and answers with the field errors of this person, if any.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { SectorMember, SectorPerson, SectorPersonInput } from '../../../shared/sector/sectorAgreement';
import { PersonFormCore } from '../people/PersonFormCore';

interface SectorPersonFormProps {
  readonly person: SectorPerson | null;
  readonly members: readonly SectorMember[];
  /** Saves the person; resolves to field errors (keyed as the person's fields), or null when saved. */
  readonly onSubmit: (person: Omit<SectorPersonInput, 'id'>) => Promise<Record<string, string> | null>;
  readonly onDone: () => void;
}

export function SectorPersonForm({ person, members, onSubmit, onDone }: SectorPersonFormProps) {
  const { t } = useTranslation();
  const [member, setMember] = useState(person?.memberCreditCode ?? '');
  return (
    <PersonFormCore
      person={person}
      titleId="sector-person-form-title"
      onDone={onDone}
      // Only the employers' side sits for a member enterprise; the workers' side is the federation's.
      onSubmit={(fields) => onSubmit({ ...fields, memberCreditCode: fields.side === 'employer' && member !== '' ? member : null })}
      extra={(side, err) =>
        side === 'employer' && members.length > 0 ? (
          <Field label={t('sectorRound.member')} error={err('memberCreditCode')}>
            {(p) => (
              <select {...p} name="member" value={member} onChange={(e) => setMember(e.target.value)}>
                <option value="">{t('sectorRound.memberNone')}</option>
                {members.map((m) => <option key={m.creditCode} value={m.creditCode}>{m.name}</option>)}
              </select>
            )}
          </Field>
        ) : null
      }
    />
  );
}
