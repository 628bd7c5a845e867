// The user's role (Settings → 我的身份), applied to the audit trail at start and whenever it changes.
import { servicesReady } from '../../app/servicesLazy';
import { auditActorSet } from '../../db/auditTrail';
import { settingsRepo, type ActorRole } from '../../db/settingsRepo';

const asActor = (role: ActorRole) => (role === 'unset' ? null : role);

export async function auditRoleLoad(): Promise<ActorRole> {
  const { db } = await servicesReady();
  const got = await settingsRepo(db).get('role');
  const role = got.ok ? got.value : 'unset';
  auditActorSet(asActor(role));
  return role;
}

export async function auditRoleSave(role: ActorRole): Promise<boolean> {
  const { db } = await servicesReady();
  const saved = await settingsRepo(db).set('role', role);
  if (saved.ok) auditActorSet(asActor(role));
  return saved.ok;
}
