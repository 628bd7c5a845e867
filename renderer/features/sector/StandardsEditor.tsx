// The sector standards: a minimum per county the members are in (the legal floor shown beside it, and
// said to win where it is higher), the yearly raise range, quotas and piece rates per job, overtime and
// rest rules, occupational-health commitments with deadlines.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { Fen } from '../../../shared/money/fen';
import { regionByCode } from '../../../shared/regions/region';
import { sectorEffectiveMinimum } from '../../../shared/sector/memberCheck';
import { sectorAgreementSchema } from '../../../shared/sector/sectorAgreement';
import { Field } from '../../components/Field';
import { useLocale } from '../../i18n/useLocale';
import { ParsedInput } from './ParsedInput';
import { moneyParse, moneyText, percentParse, percentText, type SectorDraft } from './sectorDraft';

type Standards = NonNullable<SectorDraft['standards']>;

interface Props {
  readonly draft: SectorDraft;
  readonly disabled: boolean;
  readonly onChange: (standards: Standards) => void;
}

const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function StandardsEditor({ draft, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const s: Standards = draft.standards ?? {};
  const minimums = s.minimums ?? [];
  const quotas = s.quotas ?? [];
  const health = s.healthCommitments ?? [];
  const counties = [...new Set((draft.members ?? []).map((m) => m.regionCode))];
  const set = (patch: Partial<Standards>) => onChange({ ...s, ...patch });
  // The legal floor needs the agreement as parsed; a draft that does not parse yet shows none.
  const parsed = sectorAgreementSchema.safeParse({ ...draft, standards: { ...s, raiseRange: null } });
  const yuan = (f: number) => formatYuanPlain(f as Fen, locale);

  function minimumSet(regionCode: string, monthlyFen: number | null) {
    const rest = minimums.filter((m) => m.regionCode !== regionCode);
    set({ minimums: monthlyFen === null ? rest : [...rest, { regionCode, monthlyFen }] });
  }

  return (
    <fieldset className="sector-standards">
      <legend>{t('sector.standards.title')}</legend>
      <h3>{t('sector.standards.minimums')}</h3>
      {counties.map((code) => {
        const own = minimums.find((m) => m.regionCode === code)?.monthlyFen ?? null;
        const min = parsed.success ? sectorEffectiveMinimum(parsed.data, code, draft.term.from as IsoDate) : null;
        return (
          <div key={code} className="sector-row" data-county={code}>
            <ParsedInput
              label={`${regionByCode(code)?.name ?? code}（元/月）`}
              value={own}
              toText={moneyText}
              parse={moneyParse}
              invalidText={t('sector.validation.money')}
              disabled={disabled}
              onChange={(v) => minimumSet(code, v)}
            />
            <span className="muted">{min?.legal != null ? `${t('sector.standards.legal')}：${yuan(min.legal)}` : t('sector.standards.legalUnknown')}</span>
            {own !== null && min?.legal != null && min.legal > own ? (
              <p className="assumptions" role="note">{t('sector.standards.legalWins', { legal: yuan(min.legal), sector: yuan(own) })}</p>
            ) : null}
          </div>
        );
      })}
      <div className="sector-row">
        <ParsedInput label={t('sector.standards.raiseMin')} value={s.raiseRange?.minBp ?? null} toText={percentText} parse={percentParse} invalidText={t('sector.validation.percent')} disabled={disabled}
          onChange={(v) => set({ raiseRange: v === null ? null : { minBp: v, maxBp: s.raiseRange?.maxBp ?? v } })} />
        <ParsedInput label={t('sector.standards.raiseMax')} value={s.raiseRange?.maxBp ?? null} toText={percentText} parse={percentParse} invalidText={t('sector.validation.percent')} disabled={disabled}
          onChange={(v) => set({ raiseRange: v === null ? null : { minBp: s.raiseRange?.minBp ?? v, maxBp: v } })} />
      </div>
      <h3>{t('sector.standards.quotas')}</h3>
      {quotas.map((q, i) => (
        <div key={i} className="sector-row">
          <Field label={t('sector.standards.job')}>{(p) => <input {...p} value={q.job} disabled={disabled} onChange={(e) => set({ quotas: quotas.map((x, j) => (j === i ? { ...x, job: e.target.value } : x)) })} />}</Field>
          <Field label={t('sector.standards.quota')}>{(p) => <input {...p} value={q.quota ?? ''} disabled={disabled} onChange={(e) => set({ quotas: quotas.map((x, j) => (j === i ? { ...x, quota: e.target.value } : x)) })} />}</Field>
          <ParsedInput label={t('sector.standards.pieceRate')} value={q.pieceRateFen ?? null} toText={moneyText} parse={moneyParse} invalidText={t('sector.validation.money')} disabled={disabled}
            onChange={(v) => set({ quotas: quotas.map((x, j) => (j === i ? { ...x, pieceRateFen: v } : x)) })} />
          <Field label={t('sector.standards.unit')}>{(p) => <input {...p} value={q.unit ?? ''} disabled={disabled} onChange={(e) => set({ quotas: quotas.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)) })} />}</Field>
          <button type="button" disabled={disabled} onClick={() => set({ quotas: quotas.filter((_, j) => j !== i) })}>{t('sector.standards.remove')}</button>
        </div>
      ))}
      <button type="button" disabled={disabled} onClick={() => set({ quotas: [...quotas, { job: '', quota: '', pieceRateFen: null, unit: '' }] })}>{t('sector.standards.addQuota')}</button>
      <Field label={t('sector.standards.overtime')}>
        {(p) => <textarea {...p} rows={3} disabled={disabled} defaultValue={(s.overtimeRules ?? []).join('\n')} onChange={(e) => set({ overtimeRules: linesOf(e.target.value) })} />}
      </Field>
      <Field label={t('sector.standards.rest')}>
        {(p) => <textarea {...p} rows={3} disabled={disabled} defaultValue={(s.restRules ?? []).join('\n')} onChange={(e) => set({ restRules: linesOf(e.target.value) })} />}
      </Field>
      <h3>{t('sector.standards.health')}</h3>
      {health.map((c, i) => (
        <div key={i} className="sector-row">
          <Field label={t('sector.standards.healthText')}>{(p) => <input {...p} value={c.text} disabled={disabled} onChange={(e) => set({ healthCommitments: health.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })} />}</Field>
          <Field label={t('sector.standards.deadline')}>{(p) => <input {...p} type="date" value={c.deadline} disabled={disabled} onChange={(e) => set({ healthCommitments: health.map((x, j) => (j === i ? { ...x, deadline: e.target.value } : x)) })} />}</Field>
          <button type="button" disabled={disabled} onClick={() => set({ healthCommitments: health.filter((_, j) => j !== i) })}>{t('sector.standards.remove')}</button>
        </div>
      ))}
      <button type="button" disabled={disabled} onClick={() => set({ healthCommitments: [...health, { text: '', deadline: draft.term.to }] })}>{t('sector.standards.addHealth')}</button>
    </fieldset>
  );
}
