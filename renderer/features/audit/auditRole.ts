// The user's role (Settings → 我的身份), applied to the audit trail at start and whenever it changes
// (the handlers record it with every audit entry: data/settingsHandlers.ts).
import { send } from '../../data/send';
import type { ActorRole } from '../../data/types';

export async function auditRoleLoad(): Promise<ActorRole> {
  const got = await send('auditRoleGet');
  return got.ok ? got.value : 'unset';
}

export async function auditRoleSave(role: ActorRole): Promise<boolean> {
  const saved = await send('auditRoleSet', { role });
  return saved.ok;
}
