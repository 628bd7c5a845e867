// The people at the table as one card per side (workers, employer, the neutral recorder), each with its
// role and a line of detail, and edit and delete buttons: an enterprise's people and a sector round's
// representatives alike.
import { useTranslation } from 'react-i18next';
import { personSides, type PersonRole, type PersonSide } from '../../../shared/enterprise/model';

interface Seated {
  readonly id: string;
  readonly name: string;
  readonly side: PersonSide;
  readonly role: PersonRole;
}

interface PeopleSidesProps<P extends Seated> {
  readonly people: readonly P[];
  /** Prefix of the cards' heading ids, unique on the page. */
  readonly idPrefix: string;
  /** The line under a name (post, member enterprise …), or '' for none. */
  readonly detail: (person: P) => string;
  readonly onEdit: (person: P) => void;
  readonly onDelete: (person: P) => void;
}

export function PeopleSides<P extends Seated>({ people, idPrefix, detail, onEdit, onDelete }: PeopleSidesProps<P>) {
  const { t } = useTranslation();
  return (
    <div className="sides">
      {personSides.map((side) => {
        const seated = people.filter((p) => p.side === side);
        return (
          <div className="card side-card" key={side} aria-labelledby={`${idPrefix}${side}`}>
            <h3 id={`${idPrefix}${side}`}>
              <span>{t(`people.${side}`)}</span>
              <span className="muted">{t('people.count', { count: seated.length })}</span>
            </h3>
            {seated.length === 0 ? <p className="muted">{t('people.empty')}</p> : null}
            <ul className="people-list">
              {seated.map((p) => (
                <li key={p.id}>
                  <div>
                    <span className="person-name">{p.name}</span>
                    <span className={p.role === 'chief' ? 'badge badge-chief' : 'badge'}>{t(`people.roles.${p.role}`)}</span>
                    {detail(p) ? <div className="person-role">{detail(p)}</div> : null}
                  </div>
                  <div className="row-actions">
                    <button type="button" onClick={() => onEdit(p)} aria-label={`${t('common.edit')} ${p.name}`}>{t('common.edit')}</button>
                    <button type="button" onClick={() => onDelete(p)} aria-label={`${t('common.delete')} ${p.name}`}>{t('common.delete')}</button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
