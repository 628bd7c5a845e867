// Whether the whole change history is as it was written: the hash chain walked from its first checked
// entry to the head the store kept (shared/audit/chain.ts). Said plainly, with the first break if any.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../data/send';
import type { AuditCheck } from '../../data/types';
import { errorText } from '../../app/errorText';

export function AuditChainStatus({ when }: { readonly when: (iso: string) => string }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<AuditCheck | string | null>(null);
  useEffect(() => {
    let live = true;
    void send('auditTrailCheck').then((checked) => live && setCheck(checked.ok ? checked.value : errorText(checked.error)));
    return () => {
      live = false;
    };
  }, []);
  if (check === null) return null;
  let text: string;
  if (typeof check === 'string') text = t('audit.chain.failed', { reason: check });
  else if (check.intact) text = check.unchained > 0 ? t('audit.chain.intactLegacy', { count: check.chained, legacy: check.unchained }) : t('audit.chain.intact', { count: check.chained });
  else text = t(`audit.chain.broken.${check.reason}`, { seq: check.seq ?? '', at: check.at === null ? '' : when(check.at) });
  const whole = typeof check !== 'string' && check.intact;
  return (
    <p role="status" className={whole ? 'audit-chain muted' : 'audit-chain error'} data-intact={whole}>
      {text}
    </p>
  );
}
