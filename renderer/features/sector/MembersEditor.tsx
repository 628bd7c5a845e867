// The sector round's members: each with its county and headcount (and, when given, output and base wage
// for the scenario); added from the federation's registry (keeping its profile's county) or typed in, the
// county chosen with the region picker. A member that fails the checks is not added, and the form says why.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import { fieldErrors } from '../../../shared/enterprise/model';
import { regionByCode } from '../../../shared/regions/region';
import { memberFactsFromRegistry } from '../../../shared/sector/memberFacts';
import { sectorMemberSchema, type SectorMemberInput } from '../../../shared/sector/sectorAgreement';
import { Field } from '../../components/Field';
import { RegionPicker } from '../enterprises/RegionPicker';
import { moneyParse, moneyText, sectorFieldText } from './sectorDraft';

interface Props {
  readonly members: readonly SectorMemberInput[];
  readonly registry: BundleRegistry | null;
  readonly disabled: boolean;
  readonly onChange: (members: SectorMemberInput[]) => void;
}

const blank = { name: '', creditCode: '', regionCode: '', headcount: '', output: '', baseWage: '' };

export function MembersEditor({ members, registry, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState('');
  // Bumped after a member is added, so the region picker's search box starts empty for the next one.
  const [formKey, setFormKey] = useState(0);
  const held = new Set(members.map((m) => m.creditCode));
  const pickable = registry ? Object.values(registry.enterprises).filter((e) => !held.has(e.creditCode)) : [];
  const workers = members.reduce((s, m) => s + m.headcount, 0);

  function add(candidate: Record<string, unknown>) {
    const parsed = sectorMemberSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return false;
    }
    if (held.has(parsed.data.creditCode)) {
      setErrors({ creditCode: 'sector.validation.memberTwice' });
      return false;
    }
    setErrors({});
    onChange([...members, parsed.data]);
    return true;
  }

  function addTyped() {
    const output = moneyParse(form.output);
    const baseWage = moneyParse(form.baseWage);
    const headcount = form.headcount.trim() === '' ? Number.NaN : Number(form.headcount);
    if (add({ name: form.name, creditCode: form.creditCode, regionCode: form.regionCode.trim(), headcount, annualOutputFen: output === undefined ? -1 : output, baseWageFen: baseWage === undefined ? -1 : baseWage })) {
      setForm(blank);
      setFormKey((k) => k + 1);
    }
  }

  function addPicked() {
    const entry = registry?.enterprises[picked];
    if (!entry || !registry) return;
    const own = memberFactsFromRegistry(registry, entry.creditCode)?.own.filter((o) => o.baseWage !== null).at(-1);
    const { profile } = entry.enterprise;
    if (add({ name: profile.name, creditCode: profile.creditCode, regionCode: profile.regionCode, headcount: profile.headcount, baseWageFen: own?.baseWage ?? null })) setPicked('');
  }

  const err = (field: string) => (errors[field] ? sectorFieldText(errors[field]) : undefined);
  const text = (field: keyof typeof blank, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={err(field === 'output' ? 'annualOutputFen' : field === 'baseWage' ? 'baseWageFen' : field)}>
      {(p) => <input {...p} value={form[field]} disabled={disabled} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />}
    </Field>
  );

  return (
    <fieldset className="sector-members">
      <legend>{t('sector.members.title')}</legend>
      <p>{t('sector.members.count', { count: members.length, workers })}</p>
      {members.length === 0 ? <p className="muted">{t('sector.members.empty')}</p> : (
        <table className="sector-table" aria-label={t('sector.members.title')}>
          <thead>
            <tr>
              <th>{t('sector.members.name')}</th><th>{t('sector.members.creditCode')}</th><th>{t('sector.members.county')}</th>
              <th>{t('sector.members.headcount')}</th><th>{t('sector.members.baseWage')}</th><th>{t('sector.members.output')}</th><th />
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.creditCode}>
                <td>{m.name}</td>
                <td>{m.creditCode}</td>
                <td>{regionByCode(m.regionCode)?.name ?? t('sector.members.unknownCounty')}</td>
                <td className="num">{m.headcount}</td>
                <td className="num">{moneyText(m.baseWageFen)}</td>
                <td className="num">{moneyText(m.annualOutputFen)}</td>
                <td>
                  <button type="button" disabled={disabled} onClick={() => onChange(members.filter((x) => x.creditCode !== m.creditCode))}>{t('sector.members.remove')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {disabled ? null : (
        <>
          <div className="sector-row">
            {pickable.length === 0 ? <span className="muted">{t('sector.members.fromRegistryNone')}</span> : (
              <Field label={t('sector.members.fromRegistry')}>
                {(p) => (
                  <select {...p} value={picked} onChange={(e) => setPicked(e.target.value)}>
                    <option value="">{t('sector.members.pick')}</option>
                    {pickable.map((e) => <option key={e.creditCode} value={e.creditCode}>{e.enterprise.profile.name}</option>)}
                  </select>
                )}
              </Field>
            )}
            {pickable.length > 0 ? <button type="button" disabled={!picked} onClick={addPicked}>{t('sector.members.addPicked')}</button> : null}
          </div>
          <div className="sector-member-form">
            <div className="sector-row">
              {text('name', t('sector.members.name'))}
              {text('creditCode', t('sector.members.creditCode'))}
            </div>
            <div className="sector-row">
              <RegionPicker key={formKey} value={form.regionCode} error={err('regionCode')} onChange={(regionCode) => setForm((f) => ({ ...f, regionCode }))} />
            </div>
            <div className="sector-row">
              {text('headcount', t('sector.members.headcount'))}
              {text('baseWage', t('sector.members.baseWage'))}
              {text('output', t('sector.members.output'))}
              <button type="button" onClick={addTyped}>{t('sector.members.add')}</button>
            </div>
          </div>
        </>
      )}
    </fieldset>
  );
}
