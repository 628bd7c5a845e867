// Add or edit one participant of an enterprise, saved to its people through the store.
import { useAppStore } from '../../app/store';
import type { Person } from '../../../shared/enterprise/model';
import { PersonFormCore } from './PersonFormCore';

interface PersonFormProps {
  readonly enterpriseId: string;
  readonly person: Person | null;
  readonly onDone: () => void;
}

export function PersonForm({ enterpriseId, person, onDone }: PersonFormProps) {
  const save = useAppStore((s) => s.personSave);
  return (
    <PersonFormCore
      person={person}
      titleId="person-form-title"
      onDone={onDone}
      onSubmit={async (fields) => {
        const outcome = await save(enterpriseId, person?.id ?? null, fields);
        return outcome.ok ? null : (outcome.fields ?? {});
      }}
    />
  );
}
