// 行业协商: the federation's sector or regional round. Parties, term and the members (from the registry
// or typed in), the standards, the sector scenario, then the agreement printed and, once signed, frozen.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import { agreementFingerprintShort } from '../../../shared/bundle/agreement';
import { isoDateToday, type IsoDate } from '../../../shared/dates/isoDate';
import { sectorAgreementSchema, type SectorAgreement } from '../../../shared/sector/sectorAgreement';
import { sectorRules } from '../../../shared/sector/sectorRules';
import { sectorFreeze } from '../../../templates/sector/sectorFreeze';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { MembersEditor } from './MembersEditor';
import { sectorEn, sectorZh } from './messages';
import { SectorBundleImport } from './SectorBundleImport';
import { SectorConflictBanner } from './SectorConflictBanner';
import { SectorPrintView } from './SectorPrintView';
import { SectorRoundSections } from './SectorRoundSections';
import { SectorScenarioTable } from './SectorScenarioTable';
import { sectorDraftNew, sectorErrorText, sectorFieldText, type SectorDraft } from './sectorDraft';
import { StandardsEditor } from './StandardsEditor';
import './sector.css';

featureMessagesRegister('sector', sectorZh, sectorEn);

export function SectorScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const today = isoDateToday();
  const [list, setList] = useState<readonly SectorAgreement[]>([]);
  const [registry, setRegistry] = useState<BundleRegistry | null>(null);
  const [draft, setDraft] = useState<SectorDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [printing, setPrinting] = useState(false);
  const [conflict, setConflict] = useState<{ readonly stored: SectorAgreement | null } | null>(null);

  const reload = useCallback(async () => {
    const [loaded, reg] = await Promise.all([send('sectorList'), send('registryRead')]);
    if (loaded.ok) setList(loaded.value.items);
    else noticeShow({ tone: 'error', text: t('sector.loadFailed', { reason: sectorErrorText(loaded.error) }) });
    if (reg.ok) setRegistry(reg.value.registry);
  }, [noticeShow, t]);
  useEffect(() => void reload(), [reload]);

  const stored = draft ? list.find((a) => a.id === draft.id) ?? null : null;
  const frozen = stored?.signedAt != null;
  const parsed = draft ? sectorAgreementSchema.safeParse(draft) : null;

  /** `base`: the version the form was read from; a save over one stored since (another window) is refused. */
  async function save(next: SectorDraft = draft!, base: SectorAgreement | null = stored): Promise<SectorAgreement | null> {
    const saved = await send('sectorSave', { agreement: next, base });
    if (!saved.ok) {
      setErrors(saved.error.fields ?? {});
      if (saved.error.code === 'sector.conflict') {
        const fresh = await send('sectorList');
        setConflict({ stored: fresh.ok ? fresh.value.items.find((a) => a.id === next.id) ?? null : null });
      } else noticeShow({ tone: 'error', text: saved.error.fields ? t('sector.notSaved') : sectorErrorText(saved.error) });
      return null;
    }
    setConflict(null);
    setErrors({});
    setDraft(saved.value);
    await reload();
    noticeShow({ tone: 'info', text: t('sector.saved', { title: saved.value.title }) });
    return saved.value;
  }

  async function sign(signedAt: string) {
    if (!stored) return;
    // The text as printed today is frozen with the agreement and covered by its fingerprint.
    const saved = await save(await sectorFreeze(stored, signedAt as IsoDate));
    if (saved?.fingerprint) noticeShow({ tone: 'info', text: t('sector.print.signed', { short: agreementFingerprintShort(saved.fingerprint) }) });
  }

  async function remove(id: string) {
    const removed = await send('sectorRemove', { id });
    if (!removed.ok) noticeShow({ tone: 'error', text: sectorErrorText(removed.error) });
    else {
      setDraft(null);
      await reload();
    }
  }

  async function witnessSign() {
    if (!stored) return;
    const signed = await send('sectorWitnessSign', { id: stored.id });
    if (!signed.ok) noticeShow({ tone: 'error', text: sectorErrorText(signed.error) });
    else noticeShow({ tone: 'info', text: t('sector.print.witnessSigned') });
    await reload();
  }

  if (printing && stored) return <SectorPrintView agreement={stored} today={today} onBack={() => setPrinting(false)} onSign={sign} onWitnessSign={witnessSign} />;

  const set = (patch: Partial<SectorDraft>) => draft && setDraft({ ...draft, ...patch });
  const err = (field: string) => (errors[field] ? sectorFieldText(errors[field]) : undefined);
  const input = (field: string, label: string, value: string, onChange: (v: string) => void, type = 'text') => (
    <Field label={label} error={err(field)}>
      {(p) => <input {...p} type={type} value={value} disabled={frozen} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
  const locale = i18n.language === 'en' ? 'en' : 'zh';

  return (
    <section aria-labelledby="sector-title" className="sector">
      <div className="toolbar">
        <h1 id="sector-title">{t('sector.title')}</h1>
        <span className="spacer" />
        <button type="button" onClick={() => navigate({ area: 'federation' })}>{t('sector.back')}</button>
      </div>
      <p className="muted">{t('sector.intro')}</p>
      <details className="sector-rules">
        <summary>{t('sector.rules.title')}</summary>
        <ul>
          {sectorRules.map((r) => (
            <li key={r.id}>
              <strong>{r.id}</strong> {r.source}：{locale === 'en' ? r.textEn : r.textZh}
              {r.verified ? null : <em className="muted">（{t('sector.rules.unverified')}）</em>}
            </li>
          ))}
        </ul>
      </details>
      <div className="sector-list">
        <h2>{t('sector.list')}</h2>
        {list.length === 0 ? <p className="muted">{t('sector.none')}</p> : (
          <ul>
            {list.map((a) => (
              <li key={a.id}>
                <button type="button" aria-current={draft?.id === a.id ? 'true' : undefined} onClick={() => { setErrors({}); setConflict(null); setDraft(a); }}>
                  {a.title}（{a.term.from} – {a.term.to}）
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={() => { setErrors({}); setConflict(null); setDraft(sectorDraftNew(today, () => crypto.randomUUID())); }}>{t('sector.create')}</button>
        <SectorBundleImport onImported={reload} />
      </div>
      {draft ? (
        <form className="sector-editor" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {conflict ? (
            <SectorConflictBanner
              stored={conflict.stored}
              onTakeStored={() => { setDraft(conflict.stored); setConflict(null); void reload(); }}
              onKeepMine={() => void save(draft, conflict.stored)}
            />
          ) : null}
          {frozen && stored?.fingerprint ? <p className="doc-banner" role="status">{t('sector.signedNote', { date: stored.signedAt, short: agreementFingerprintShort(stored.fingerprint) })}</p> : null}
          <fieldset>
            <legend>{t('sector.title')}</legend>
            <Field label={t('sector.kind.label')}>
              {(p) => (
                <select {...p} value={draft.kind} disabled={frozen} onChange={(e) => set({ kind: e.target.value as SectorDraft['kind'] })}>
                  <option value="sector">{t('sector.kind.sector')}</option>
                  <option value="regional">{t('sector.kind.regional')}</option>
                </select>
              )}
            </Field>
            {input('title', t('sector.fields.title'), draft.title, (v) => set({ title: v }))}
            {input('scope', t('sector.fields.scope'), draft.scope, (v) => set({ scope: v }))}
            {input('workersParty.name', t('sector.fields.workersName'), draft.workersParty.name, (v) => set({ workersParty: { ...draft.workersParty, name: v } }))}
            {input('workersParty.chief', t('sector.fields.workersChief'), draft.workersParty.chief ?? '', (v) => set({ workersParty: { ...draft.workersParty, chief: v } }))}
            {input('employersParty.name', t('sector.fields.employersName'), draft.employersParty.name, (v) => set({ employersParty: { ...draft.employersParty, name: v } }))}
            {input('employersParty.chief', t('sector.fields.employersChief'), draft.employersParty.chief ?? '', (v) => set({ employersParty: { ...draft.employersParty, chief: v } }))}
            <Field label={t('sector.fields.employersKind')}>
              {(p) => (
                <select {...p} value={draft.employersParty.kind ?? 'association'} disabled={frozen} onChange={(e) => set({ employersParty: { ...draft.employersParty, kind: e.target.value as 'association' | 'representatives' } })}>
                  <option value="association">{t('sector.fields.association')}</option>
                  <option value="representatives">{t('sector.fields.representatives')}</option>
                </select>
              )}
            </Field>
            {input('term.from', t('sector.fields.termFrom'), draft.term.from, (v) => set({ term: { ...draft.term, from: v } }), 'date')}
            {input('term.to', t('sector.fields.termTo'), draft.term.to, (v) => set({ term: { ...draft.term, to: v } }), 'date')}
            {input('adoptedAt', t('sector.fields.adoptedAt'), draft.adoptedAt ?? '', (v) => set({ adoptedAt: v === '' ? null : v }), 'date')}
          </fieldset>
          <MembersEditor members={draft.members ?? []} registry={registry} disabled={frozen} onChange={(members) => set({ members })} />
          <StandardsEditor draft={draft} disabled={frozen} onChange={(standards) => set({ standards })} />
          {Object.keys(errors).length > 0 ? (
            <ul className="field-error" role="alert">
              {Object.entries(errors).map(([field, key]) => <li key={field}>{field}：{sectorFieldText(key)}</li>)}
            </ul>
          ) : null}
          <div className="toolbar">
            {frozen ? null : <button type="submit">{t('sector.save')}</button>}
            <button type="button" onClick={() => void (frozen ? Promise.resolve(stored) : save()).then((a) => a && setPrinting(true))}>{t('sector.print.open')}</button>
            {stored && !frozen ? <button type="button" onClick={() => void remove(stored.id)}>{t('sector.remove')}</button> : null}
          </div>
          {parsed?.success && parsed.data.members.length > 0 ? <SectorScenarioTable agreement={parsed.data} /> : null}
        </form>
      ) : null}
      {draft && stored ? <SectorRoundSections key={stored.id} agreement={stored} onSaved={reload} onReload={reload} /> : null}
      {draft && !stored ? <p className="muted">{t('sectorRound.saveFirst')}</p> : null}
    </section>
  );
}
