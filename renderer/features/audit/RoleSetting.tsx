// Settings → 我的身份: which side's role is recorded with every change in the audit trail. Says when the
// choice is stored, so nobody leaves the screen thinking it applies while the write is still under way.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorRoles } from '../../data/lists';
import type { ActorRole } from '../../data/types';
import { auditRoleLoad, auditRoleSave } from './auditRole';

export function RoleSetting() {
  const { t } = useTranslation();
  const [role, setRole] = useState<ActorRole>('unset');
  const [stored, setStored] = useState<{ readonly role: ActorRole; readonly ok: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    // A choice made before the stored role arrives wins over it.
    void auditRoleLoad().then((r) => live && setRole((shown) => (shown === 'unset' ? r : shown)));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="field">
      <label className="field">
        <span>{t('audit.roleSetting')}</span>
        <select
          name="role"
          value={role}
          onChange={(e) => {
            const next = e.target.value as ActorRole;
            setRole(next);
            setStored(null);
            void auditRoleSave(next).then((ok) => setStored({ role: next, ok }));
          }}
        >
          {actorRoles.map((r) => (
            <option key={r} value={r}>{t(`audit.roles.${r}`)}</option>
          ))}
        </select>
      </label>
      <p role="status" className={stored?.ok === false ? 'error' : 'muted'}>
        {stored === null ? '' : stored.ok ? t('audit.roleSaved', { role: t(`audit.roles.${stored.role}`) }) : t('audit.roleNotSaved')}
      </p>
    </div>
  );
}
