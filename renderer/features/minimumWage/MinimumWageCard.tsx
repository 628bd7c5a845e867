// Settings → 最低工资标准: the tables in use (shipped and the user's), the county tiers the user added,
// forms to add a dated table and a county's tier, importing a minimum-wage file and exporting the user's
// entries. Every change is checked as a whole file before it is stored; nothing is saved while invalid.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { MinimumWageTable, TierAssignment } from '../../../shared/regions/minimumWage';
import type { MinimumWageUserData } from '../../../shared/regions/minimumWageFile';
import { regionByCode } from '../../../shared/regions/region';
import { type AppError, type Result, resultOk } from '../../../shared/result';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { minimumWageMessagesEn, minimumWageMessagesZh } from './messages';
import { AssignmentAddForm, TableAddForm } from './MinimumWageForms';
import { MinimumWageCurrency } from './MinimumWageCurrency';
import { minimumWageUserSet, useMinimumWage, useMinimumWageUser } from './minimumWageLoad';
import {
  minimumWageFileText,
  minimumWageUserAssignmentAdd,
  minimumWageUserAssignmentRemove,
  minimumWageUserFromText,
  minimumWageUserTableAdd,
  minimumWageUserTableRemove,
} from './minimumWageUser';
import './minimumWage.css';
import { FilePicker } from '../../components/FilePicker';

featureMessagesRegister('minimumWage', minimumWageMessagesZh, minimumWageMessagesEn);

type Status = { readonly tone: 'ok' | 'error'; readonly text: string } | null;
type T = ReturnType<typeof useTranslation>['t'];

/** A file or data error in Chinese, naming the field of the file it is about. */
function fileErrorText(t: T, error: AppError): string {
  const name = error.code.startsWith('minimumWageFile.') ? error.code.slice('minimumWageFile.'.length) : '';
  const key = name in minimumWageMessagesZh.fileErrors ? `minimumWage.fileErrors.${name}` : 'minimumWage.fileErrors.unknown';
  return t(key, { field: '', ...error.params });
}

/** '35' → 福建省 (35); a county code → its full name. */
function regionLabel(prefix: string): string {
  const region = regionByCode(prefix.padEnd(6, '0'));
  return region ? `${region.fullName} (${prefix})` : prefix;
}

function tiersOf(tables: readonly MinimumWageTable[]): number[] {
  return [...new Set(tables.flatMap((table) => Object.keys(table.monthly).map(Number)))].sort((a, b) => a - b);
}

export function MinimumWageCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useMinimumWage();
  const user = useMinimumWageUser();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const date = (d: IsoDate) => formatDateLong(d, locale);
  const tiers = tiersOf(data.tables);

  /** Checks and stores `next`; true when stored. */
  async function save(next: Result<MinimumWageUserData>, okText: (value: MinimumWageUserData) => string): Promise<boolean> {
    setStatus(null);
    if (!next.ok) {
      setStatus({ tone: 'error', text: fileErrorText(t, next.error) });
      return false;
    }
    setBusy(true);
    try {
      const stored = await send('minimumWageUserWrite', { data: next.value });
      if (!stored.ok) {
        // A storage failure (storage.*) is not the file's fault: say so as a failed save.
        const storage = stored.error.code.startsWith('storage.');
        setStatus({ tone: 'error', text: storage ? t('minimumWage.saveFailed', { message: stored.error.message }) : fileErrorText(t, stored.error) });
        return false;
      }
      minimumWageUserSet(stored.value);
      setStatus({ tone: 'ok', text: okText(stored.value) });
      return true;
    } catch (error) {
      setStatus({ tone: 'error', text: t('minimumWage.saveFailed', { message: error instanceof Error ? error.message : String(error) }) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  const tableAdd = (table: MinimumWageTable) =>
    save(minimumWageUserTableAdd(user, table), () => t('minimumWage.tableAdded', { region: regionLabel(table.region), from: date(table.effectiveFrom) }));
  const assignmentAdd = (a: TierAssignment) =>
    save(minimumWageUserAssignmentAdd(user, a), () => t('minimumWage.assignmentAdded', { region: regionLabel(a.regionCode), from: date(a.effectiveFrom), tier: a.tier }));
  const removed = () => t('minimumWage.removed');

  async function importFile(file: File) {
    await save(minimumWageUserFromText(await file.text(), user), (v) => t('minimumWage.imported', { tables: v.tables.length, assignments: v.assignments.length }));
  }

  async function exportFile() {
    const saved = await platform().saveFile({
      suggestedName: t('minimumWage.fileName'),
      data: new TextEncoder().encode(minimumWageFileText(user)),
      mimeType: 'application/json',
      extensions: ['json'],
    });
    if (!saved.ok) setStatus({ tone: 'error', text: t('minimumWage.saveFailed', { message: saved.error.message }) });
    else if (saved.value.saved) setStatus({ tone: 'ok', text: t('minimumWage.exported', { path: saved.value.path }) });
  }

  return (
    <section className="card minimum-wage" aria-labelledby="minimum-wage-title">
      <h2 id="minimum-wage-title">{t('minimumWage.title')}</h2>
      <p>{t('minimumWage.intro')}</p>
      <MinimumWageCurrency />
      <h3>{t('minimumWage.tablesTitle')}</h3>
      <div className="table-scroll">
        <table className="data minimum-wage-tables" aria-label={t('minimumWage.tablesTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('minimumWage.tableRegion')}</th>
              <th scope="col">{t('minimumWage.tablePeriod')}</th>
              {tiers.map((tier) => (
                <th scope="col" key={tier}>{t('minimumWage.tableTier', { tier })}</th>
              ))}
              <th scope="col">{t('minimumWage.tableBasis')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {data.tables.map((table) => {
              const index = user.tables.indexOf(table);
              const from = date(table.effectiveFrom);
              return (
                <tr key={`${table.region}|${table.effectiveFrom}`}>
                  <th scope="row">{regionLabel(table.region)}</th>
                  <td>{table.effectiveTo ? t('minimumWage.tableFromTo', { from, to: date(table.effectiveTo) }) : t('minimumWage.tableFrom', { from })}</td>
                  {tiers.map((tier) => {
                    const monthly = table.monthly[tier];
                    const hourly = table.hourly[tier];
                    return (
                      <td key={tier} className="num">
                        {monthly === undefined || hourly === undefined ? null : (
                          <>
                            <span className="minimum-wage-figure">{t('minimumWage.figureMonthly', { amount: formatYuanPlain(monthly, locale) })}</span>
                            <span className="minimum-wage-figure">{t('minimumWage.figureHourly', { amount: formatYuanPlain(hourly, locale) })}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    {table.basis}
                    {table.source ? (
                      <span className="muted minimum-wage-source" title={table.source.readAt}>
                        {' · '}
                        {t(`minimumWage.sourceKind.${table.source.kind}`)}
                      </span>
                    ) : null}
                    <span className={table.verified ? 'muted' : 'minimum-wage-unverified'}>
                      {' · '}
                      {t(table.verified ? 'minimumWage.verified' : 'minimumWage.unverified')}
                      {' · '}
                      {t(index >= 0 ? 'minimumWage.userEntry' : 'minimumWage.shipped')}
                    </span>
                  </td>
                  <td>
                    {index >= 0 ? (
                      <button type="button" disabled={busy} aria-label={t('minimumWage.removeTable', { region: regionLabel(table.region), from })} onClick={() => void save(resultOk(minimumWageUserTableRemove(user, index)), removed)}>
                        {t('minimumWage.remove')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {user.assignments.length > 0 ? (
        <>
          <h3>{t('minimumWage.assignmentsTitle')}</h3>
          <ul aria-label={t('minimumWage.assignmentsTitle')}>
            {user.assignments.map((a, i) => {
              const region = regionByCode(a.regionCode)?.fullName ?? a.regionCode;
              const from = date(a.effectiveFrom);
              return (
                <li key={`${a.regionCode}|${a.effectiveFrom}`}>
                  {t('minimumWage.assignmentItem', { region, from, tier: a.tier })}{' '}
                  <button type="button" disabled={busy} aria-label={t('minimumWage.removeAssignment', { region, from })} onClick={() => void save(resultOk(minimumWageUserAssignmentRemove(user, i)), removed)}>
                    {t('minimumWage.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {status?.tone === 'error' ? <p className="form-summary" role="alert">{status.text}</p> : null}
      {status?.tone === 'ok' ? <p role="status">{status.text}</p> : null}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>{t('minimumWage.import')}</button>
        <button type="button" disabled={busy} onClick={() => void exportFile()}>{t('minimumWage.export')}</button>
        <FilePicker inputRef={fileInput} accept=".json,application/json" label={t('minimumWage.importFile')} onFile={(file) => void importFile(file)} />
      </div>
      <TableAddForm onSave={tableAdd} busy={busy} />
      <AssignmentAddForm onSave={assignmentAdd} busy={busy} />
    </section>
  );
}
