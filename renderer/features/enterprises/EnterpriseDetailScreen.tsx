// One enterprise: its profile, its negotiation rounds and its negotiation participants. Deleting asks first and can be undone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PeopleSection } from '../people/PeopleSection';
import { regionLabel } from './regionLabel';
import { formatInteger } from '../../../shared/format/integer';
import { useLocale } from '../../i18n/useLocale';
import { RoundsSection } from '../case/RoundsSection';
import { AuditSection } from '../audit/AuditSection';
import { OwnKeyFingerprint } from '../documents/OwnKeyFingerprint';

export function EnterpriseDetailScreen({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const enterprise = useAppStore((s) => s.enterprises.find((e) => e.id === id));
  const status = useAppStore((s) => s.enterprisesStatus);
  const peopleCount = useAppStore((s) => s.people[id]?.length ?? 0);
  const navigate = useAppStore((s) => s.navigate);
  const remove = useAppStore((s) => s.enterpriseRemove);
  const [confirming, setConfirming] = useState(false);

  if (!enterprise) {
    return <p className={status === 'loading' ? 'muted' : 'empty'}>{status === 'loading' ? t('app.loading') : t('errors.notFound')}</p>;
  }

  const none = t('common.none');
  const facts: [string, string][] = [
    [t('enterpriseForm.creditCode'), enterprise.creditCode],
    [t('enterpriseForm.region'), regionLabel(enterprise.regionCode)],
    [t('enterpriseForm.industry'), enterprise.industry || none],
    [t('enterpriseForm.headcount'), formatInteger(enterprise.headcount, locale)],
    [t('enterpriseForm.womenCount'), enterprise.womenCount === null ? none : formatInteger(enterprise.womenCount, locale)],
    [t('enterpriseForm.legalRepresentative'), enterprise.legalRepresentative],
    [t('enterpriseForm.economicType'), enterprise.economicType || none],
    [t('enterpriseForm.address'), enterprise.address || none],
    [t('enterpriseForm.unionName'), enterprise.unionName || none],
    [t('enterpriseForm.unionChair'), enterprise.unionChair || none],
    [t('enterpriseForm.witnessFederation'), enterprise.witnessFederation || none],
  ];

  return (
    <section aria-labelledby="enterprise-title">
      <div className="toolbar">
        <button type="button" onClick={() => navigate({ area: 'enterprises', view: 'list' })}>{t('common.back')}</button>
        <h1 id="enterprise-title">{enterprise.name}</h1>
        <span className="spacer" />
        <button type="button" onClick={() => navigate({ area: 'enterprises', view: 'edit', id })}>{t('common.edit')}</button>
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>{t('common.delete')}</button>
      </div>
      <div className="card">
        <h2>{t('enterprises.profile')}</h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <OwnKeyFingerprint name={enterprise.name} creditCode={enterprise.creditCode} />
      </div>
      <RoundsSection enterprise={enterprise} />
      <PeopleSection enterpriseId={id} />
      <AuditSection enterpriseId={id} />
      {confirming ? (
        <ConfirmDialog
          title={t('enterprises.deleteTitle')}
          body={t('enterprises.deleteBody', { name: enterprise.name, count: peopleCount })}
          confirmLabel={t('common.delete')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void remove(id);
          }}
        />
      ) : null}
    </section>
  );
}
