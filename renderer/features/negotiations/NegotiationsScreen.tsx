// 协商程序: choose an enterprise, then its negotiation records; open one for its timeline, next deadline,
// findings, forms, item board and witness checklist.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { AgreementKind } from '../../../shared/procedure/deadlineRules';
import { errorText } from '../../app/errorText';
import { useAppStore } from '../../app/store';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { negotiationsEn, negotiationsZh } from './messages';
import { negotiationBlank, negotiationReference } from './recordNew';
import { RecordList } from './RecordList';
import { RecordView } from './RecordView';
import { useNegotiations } from './useNegotiations';
import './negotiations.css';
import { LoadingNote } from '../../components/LoadingNote';

featureMessagesRegister('negotiations', negotiationsZh, negotiationsEn);

export function NegotiationsScreen() {
  const { t } = useTranslation();
  const enterprises = useAppStore((s) => s.enterprises);
  const enterprisesStatus = useAppStore((s) => s.enterprisesStatus);
  const peopleByEnterprise = useAppStore((s) => s.people);
  const peopleLoad = useAppStore((s) => s.peopleLoad);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const navigate = useAppStore((s) => s.navigate);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const pickId = useId();

  const enterprise = enterprises.find((e) => e.id === chosenId) ?? enterprises[0];
  const enterpriseId = enterprise?.id ?? null;
  const people = enterpriseId ? peopleByEnterprise[enterpriseId] : undefined;
  const negotiations = useNegotiations(enterpriseId);

  useEffect(() => {
    if (enterpriseId !== null) void peopleLoad(enterpriseId);
  }, [enterpriseId, peopleLoad]);

  if (!enterprise) {
    return (
      <section aria-labelledby="negotiations-title">
        <h1 id="negotiations-title">{t('negotiations.title')}</h1>
        {enterprisesStatus === 'loading' ? (
          <LoadingNote />
        ) : (
          <div className="empty">
            <p>{t('negotiations.noEnterprises')}</p>
            <a href="#/enterprises" onClick={(e) => { e.preventDefault(); navigate({ area: 'enterprises', view: 'list' }); }}>
              {t('negotiations.goToEnterprises')}
            </a>
          </div>
        )}
      </section>
    );
  }

  async function saveAndOpen(record: Parameters<typeof negotiations.save>[1], message: string) {
    const saved = await negotiations.save(null, record);
    if (!saved.ok) {
      noticeShow({ tone: 'error', text: errorText(saved.error) });
      return;
    }
    setOpenId(saved.value.id);
    noticeShow({ tone: 'info', text: message });
  }

  const open = negotiations.items.find((item) => item.id === openId);
  const year = new Date().getFullYear();
  return (
    <section aria-labelledby="negotiations-title" className="negotiations">
      <div className="toolbar">
        <h1 id="negotiations-title">{t('negotiations.title')}</h1>
        <div className="enterprise-pick">
          <label htmlFor={pickId}>{t('negotiations.enterprise')}</label>
          <select id={pickId} value={enterprise.id} onChange={(e) => { setChosenId(e.target.value); setOpenId(null); }}>
            {enterprises.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </div>
      </div>
      {negotiations.status === 'loading' || people === undefined ? <LoadingNote /> : null}
      {negotiations.status === 'ready' && people !== undefined && open ? (
        <RecordView
          key={open.id}
          enterprise={enterprise}
          people={people}
          stored={open}
          onSave={(next) => negotiations.save(open.id, next)}
          onBack={() => setOpenId(null)}
        />
      ) : null}
      {negotiations.status === 'ready' && people !== undefined && !open ? (
        <RecordList
          items={negotiations.items}
          skippedCount={negotiations.skippedCount}
          defaultTitle={t('negotiations.defaultTitle', { name: enterprise.name, year })}
          onOpen={setOpenId}
          onCreate={(title, kind: AgreementKind) => saveAndOpen(negotiationBlank(enterprise, title, kind), i18next.t('negotiations.created', { title }))}
          onLoadReference={() => saveAndOpen(negotiationReference(enterprise, people), i18next.t('negotiations.referenceLoaded'))}
          onRemove={negotiations.remove}
        />
      ) : null}
    </section>
  );
}
