// 导入花名册 from .xlsx or .csv (UTF-8 or GBK): pick a file → check the column mapping against a
// preview → see every problem with its Excel row number → nothing is written until the user confirms.
// By default it is all rows or none; "只导入有效行" is an explicit choice. Decoding (exceljs, papaparse)
// loads only when a file is picked.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RosterColumnMapping, type RosterField, rosterColumnGuess, rosterFields, rosterHeaderRowGuess, rosterRequiredFields } from '../../../shared/roster/columns';
import { type RosterImportChoice, rosterImportApply, rosterImportPlan } from '../../../shared/roster/importPlan';
import { maskIdNumber, maskPhone } from '../../../shared/roster/mask';
import type { Worker } from '../../../shared/roster/worker';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../app/store';
import { send } from '../../data/send';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { columnLetter, rosterProblemKey } from './rosterImportText';
import { termsErrorText } from './termsErrorText';

interface Picked {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  readonly encoding: string | null;
}

interface Props {
  readonly enterpriseId: string;
  readonly existing: readonly Worker[];
  readonly onDone: (added: number) => Promise<void>;
  readonly onCancel: () => void;
}

const PREVIEW_ROWS = 5;

export function RosterImport({ enterpriseId, existing, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const fileId = useId();
  const headerId = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [headerRow, setHeaderRow] = useState(1);
  const [mapping, setMapping] = useState<RosterColumnMapping>({});
  const [choice, setChoice] = useState<RosterImportChoice>('all');
  const [applyError, setApplyError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const header = picked?.rows[headerRow - 1] ?? [];
  const planned = useMemo(() => (picked ? rosterImportPlan(picked.rows, mapping, { existing, headerRow }) : null), [picked, mapping, existing, headerRow]);
  const plan = planned?.ok ? planned.value : null;

  async function pick(file: File | undefined) {
    setReadError(null);
    setApplyError(null);
    setPicked(null);
    if (!file) return;
    setBusy(true);
    try {
      const { rosterRowsFromFile } = await import('../../../shared/roster/files/rosterRows');
      const read = await rosterRowsFromFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) return setReadError(termsErrorText(read.error));
      const row = rosterHeaderRowGuess(read.value.rows);
      setPicked({ name: file.name, rows: read.value.rows, encoding: read.value.encoding });
      setHeaderRow(row);
      setMapping(rosterColumnGuess(read.value.rows[row - 1] ?? []).mapping);
      setChoice('all');
    } finally {
      setBusy(false);
    }
  }

  function headerRowSet(text: string) {
    const row = Number(text);
    if (!picked || !Number.isInteger(row) || row < 1 || row > picked.rows.length) return;
    setHeaderRow(row);
    setMapping(rosterColumnGuess(picked.rows[row - 1] ?? []).mapping);
    setApplyError(null);
  }

  function mappingSet(field: RosterField, value: string) {
    const next: RosterColumnMapping = { ...mapping };
    if (value === '') delete next[field];
    else {
      const column = Number(value);
      // A column feeds one field: taking it here releases it elsewhere.
      for (const f of rosterFields) if (next[f] === column) delete next[f];
      next[field] = column;
    }
    setMapping(next);
    setApplyError(null);
  }

  async function confirm() {
    if (!plan) return;
    const workers = rosterImportApply(plan, choice);
    if (!workers.ok) return setApplyError(termsErrorText(workers.error));
    setBusy(true);
    const saved = await send('rosterAdd', { enterpriseId: enterpriseId as EnterpriseId, workers: workers.value });
    setBusy(false);
    if (!saved.ok) return setApplyError(termsErrorText(saved.error));
    noticeShow({ tone: 'info', text: t('terms.import.done', { count: saved.value.added }) });
    await onDone(saved.value.added);
  }

  const mappedFields = rosterFields.filter((f) => mapping[f] !== undefined);
  const cellShown = (field: RosterField, value: string) => (field === 'idNumber' && value.length >= 8 ? maskIdNumber(value) : field === 'phone' && value.length >= 7 ? maskPhone(value) : value);
  const planError: AppError | null = planned && !planned.ok ? planned.error : null;

  return (
    <section className="card terms-import" aria-labelledby="terms-import-title">
      <div className="card-head">
        <h2 id="terms-import-title">{t('terms.import.title')}</h2>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
      <p className="muted">{t('terms.import.intro')}</p>
      {/* The native file button speaks the browser's language; this label speaks the app's. */}
      <div className="terms-file">
        <input id={fileId} className="visually-hidden" type="file" accept=".xlsx,.csv,.txt" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
        <label htmlFor={fileId} className="terms-file-button">{t('terms.import.file')}</label>
        <span className="muted">{picked?.name ?? t('terms.import.noFile')}</span>
      </div>
      {readError ? <p className="form-summary" role="alert">{readError}</p> : null}
      {picked ? (
        <>
          <p>{t('terms.import.read', { name: picked.name, rows: picked.rows.length })}{picked.encoding ? t('terms.import.encoding', { encoding: picked.encoding.toUpperCase() }) : ''}</p>
          <h3>{t('terms.import.mappingTitle')}</h3>
          <div className="terms-header-row">
            <label htmlFor={headerId}>{t('terms.import.headerRow')}</label>
            <input id={headerId} type="number" min={1} max={picked.rows.length} value={headerRow} onChange={(e) => headerRowSet(e.target.value)} />
          </div>
          <div className="terms-mapping">
            {rosterFields.map((field) => (
              <MappingSelect key={field} field={field} header={header} value={mapping[field]} onChange={(v) => mappingSet(field, v)} />
            ))}
          </div>
          {planError ? <p className="form-summary" role="alert">{termsErrorText(planError)}</p> : null}
          {plan ? (
            <>
              <h3>{t('terms.import.previewTitle')}</h3>
              <div className="table-scroll">
                <table className="data terms-preview">
                  <thead>
                    <tr>
                      <th scope="col">{t('terms.import.rowNumber')}</th>
                      {mappedFields.map((f) => <th key={f} scope="col">{t(`terms.field.${f}`)}</th>)}
                    </tr>
                  </thead>
                  <tbody>
                    {picked.rows.slice(headerRow, headerRow + PREVIEW_ROWS).map((cells, i) => (
                      <tr key={i} className={plan.invalidRows.includes(headerRow + i + 1) ? 'terms-row-bad' : undefined}>
                        <td>{headerRow + i + 1}</td>
                        {mappedFields.map((f) => <td key={f}>{cellShown(f, cells[mapping[f]!] ?? '')}</td>)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className={plan.invalidRows.length > 0 ? 'terms-bad' : 'terms-good'} role="status">
                {t('terms.import.summary', { rows: plan.dataRows, valid: plan.valid.length, invalid: plan.invalidRows.length })}
              </p>
              {plan.errors.length > 0 ? (
                <div className="table-scroll">
                  <table className="data terms-errors" aria-label={t('terms.import.errorsTitle')}>
                    <thead>
                      <tr>
                        <th scope="col">{t('terms.import.rowNumber')}</th>
                        <th scope="col">{t('terms.import.column')}</th>
                        <th scope="col">{t('terms.import.problem')}</th>
                        <th scope="col">{t('terms.import.value')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.errors.map((e, i) => (
                        <tr key={i}>
                          <td>{t('terms.import.rowLabel', { row: e.row })}</td>
                          <td>{e.column === null ? t('common.none') : t('terms.import.columnLabel', { letter: columnLetter(e.column), header: e.header ?? '' })}</td>
                          <td>{t(rosterProblemKey(e.code), { defaultValue: e.message })}</td>
                          <td className="mono">{e.value}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              <fieldset className="terms-choice">
                <legend>{t('terms.import.choiceTitle')}</legend>
                <label>
                  <input type="radio" name="terms-import-choice" checked={choice === 'all'} onChange={() => { setChoice('all'); setApplyError(null); }} />
                  {t('terms.import.choiceAll', { count: plan.dataRows })}
                </label>
                <label>
                  <input type="radio" name="terms-import-choice" checked={choice === 'validOnly'} disabled={plan.invalidRows.length === 0} onChange={() => { setChoice('validOnly'); setApplyError(null); }} />
                  {t('terms.import.choiceValidOnly', { count: plan.valid.length, rows: plan.invalidRows.join('、') })}
                </label>
              </fieldset>
              {applyError ? <p className="form-summary" role="alert">{applyError}</p> : null}
              <div className="form-actions">
                <button type="button" className="button-primary" disabled={busy} onClick={() => void confirm()}>
                  {t('terms.import.confirm', { count: choice === 'all' ? plan.dataRows : plan.valid.length })}
                </button>
                <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function MappingSelect({ field, header, value, onChange }: { readonly field: RosterField; readonly header: readonly string[]; readonly value: number | undefined; readonly onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const required = rosterRequiredFields.includes(field);
  return (
    <div className="field">
      <label htmlFor={id}>
        {t(`terms.field.${field}`)}
        {required ? <span className="field-required" aria-hidden="true">{'*'}</span> : null}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)} aria-required={required}>
        <option value="">{t('terms.import.notImported')}</option>
        {header.map((h, i) => (
          <option key={i} value={i}>{t('terms.import.columnLabel', { letter: columnLetter(i), header: h })}</option>
        ))}
      </select>
    </div>
  );
}
