// Settings → 我的身份: which side's role is recorded with every change in the audit trail.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorRoles, type ActorRole } from '../../db/settingsRepo';
import { auditRoleLoad, auditRoleSave } from './auditRole';

export function RoleSetting() {
  const { t } = useTranslation();
  const [role, setRole] = useState<ActorRole>('unset');
  useEffect(() => {
    let live = true;
    void auditRoleLoad().then((r) => live && setRole(r));
    return () => {
      live = false;
    };
  }, []);
  return (
    <label className="field">
      <span>{t('audit.roleSetting')}</span>
      <select
        name="role"
        value={role}
        onChange={(e) => {
          const next = e.target.value as ActorRole;
          setRole(next);
          void auditRoleSave(next);
        }}
      >
        {actorRoles.map((r) => (
          <option key={r} value={r}>{t(`audit.roles.${r}`)}</option>
        ))}
      </select>
    </label>
  );
}
