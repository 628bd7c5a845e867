// What the parties agreed (双方确认的工资方案): one scenario of the model marked as agreed, or the agreed
// figures entered per group and period where the model cannot say it (a wage that changes mid-quarter).
// The panel shows the wage table the agreement will print, from the same function the documents use
// (shared/case/agreedWages.ts), so the screen and the paper cannot disagree.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundAgreedStandards } from '../../../shared/case/agreedWages';
import { roundAgreedScenarioSet, roundAgreedSet } from '../../../shared/case/roundEdits';
import type { AgreedStandard } from '../../../shared/case/round';
import { isoDateParse } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import { formatYuanPlain } from '../../../shared/format/yuan';
import { fenToCapitals } from '../../../shared/money/capitals';
import { fenFromYuanText } from '../../../shared/money/fen';
import { yuanInputText } from '../../../shared/format/inputText';
import { useAppStore } from '../../app/store';
import { useLocale } from '../../i18n/useLocale';

/** The "双方确认" switch on a scenario's card. */
export function AgreedToggle({ name }: { readonly name: string }) {
  const { t } = useTranslation();
  const agreed = useAppStore((s) => s.caseData?.round.agreed);
  const update = useAppStore((s) => s.roundUpdate);
  const on = agreed?.kind === 'scenario' && agreed.scenario === name;
  return (
    <button
      type="button"
      className={on ? 'agreed-toggle agreed-toggle-on' : 'agreed-toggle'}
      aria-pressed={on}
      aria-label={t('scenarios.agreed.toggleFor', { name })}
      onClick={() => update((r) => roundAgreedScenarioSet(r, on ? null : name))}
    >
      {on ? t('scenarios.agreed.on') : t('scenarios.agreed.mark')}
    </button>
  );
}

interface FigureRow {
  readonly period: string;
  readonly appliesTo: string;
  readonly from: string;
  readonly to: string;
  readonly monthly: string;
}

const rowOf = (s: AgreedStandard): FigureRow => ({ period: s.period, appliesTo: s.appliesTo, from: s.from, to: s.to ?? '', monthly: yuanInputText(s.monthlyFen) });
const blankRow: FigureRow = { period: '合同期内', appliesTo: '全体职工', from: '', to: '', monthly: '' };

/** Row → standard, or the i18n key of what is wrong with it. */
function standardOf(row: FigureRow): AgreedStandard | string {
  const from = isoDateParse(row.from);
  const to = row.to === '' ? null : isoDateParse(row.to);
  const monthly = fenFromYuanText(row.monthly);
  if (row.period.trim() === '') return 'scenarios.agreed.errors.period';
  if (from === null) return 'scenarios.agreed.errors.from';
  if (row.to !== '' && to === null) return 'scenarios.agreed.errors.to';
  if (to !== null && to < from) return 'scenarios.agreed.errors.reversed';
  if (monthly === null || monthly <= 0) return 'scenarios.agreed.errors.amount';
  return { period: row.period.trim(), appliesTo: row.appliesTo.trim() || '全体职工', from, to, monthlyFen: monthly };
}

function FiguresEditor({ standards, onDone }: { readonly standards: readonly AgreedStandard[]; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const update = useAppStore((s) => s.roundReplace);
  const [rows, setRows] = useState<FigureRow[]>(() => (standards.length > 0 ? standards.map(rowOf) : [blankRow]));
  const [shown, setShown] = useState(false);
  const parsed = rows.map(standardOf);
  const id = useId();
  const set = (i: number, patch: Partial<FigureRow>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  function save() {
    setShown(true);
    if (parsed.some((p) => typeof p === 'string')) return;
    update((r) => roundAgreedSet(r, { kind: 'figures', standards: parsed as AgreedStandard[] }), t('scenarios.agreed.figuresSaved'));
    onDone();
  }

  return (
    <form className="agreed-figures" onSubmit={(e) => { e.preventDefault(); save(); }} noValidate aria-label={t('scenarios.agreed.figuresTitle')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('scenarios.agreed.period')}</th>
            <th scope="col">{t('scenarios.agreed.appliesTo')}</th>
            <th scope="col">{t('scenarios.agreed.from')}</th>
            <th scope="col">{t('scenarios.agreed.to')}</th>
            <th scope="col">{t('scenarios.agreed.monthly')}</th>
            <th scope="col"><span className="visually-hidden">{t('scenarios.agreed.rowActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const problem = shown && typeof parsed[i] === 'string' ? (parsed[i] as string) : null;
            const n = i + 1;
            return (
              <tr key={i}>
                <td><input aria-label={t('scenarios.agreed.periodOf', { n })} value={row.period} maxLength={50} onChange={(e) => set(i, { period: e.target.value })} /></td>
                <td><input aria-label={t('scenarios.agreed.appliesToOf', { n })} value={row.appliesTo} maxLength={100} onChange={(e) => set(i, { appliesTo: e.target.value })} /></td>
                <td><input aria-label={t('scenarios.agreed.fromOf', { n })} type="date" value={row.from} onChange={(e) => set(i, { from: e.target.value })} /></td>
                <td><input aria-label={t('scenarios.agreed.toOf', { n })} type="date" value={row.to} onChange={(e) => set(i, { to: e.target.value })} /></td>
                <td>
                  <input aria-label={t('scenarios.agreed.monthlyOf', { n })} inputMode="decimal" value={row.monthly} aria-invalid={problem !== null} aria-describedby={problem ? `${id}-${i}` : undefined} onChange={(e) => set(i, { monthly: e.target.value })} />
                  {problem ? <div className="field-error" id={`${id}-${i}`} role="alert">{t(problem)}</div> : null}
                </td>
                <td><button type="button" className="button-link" disabled={rows.length <= 1} onClick={() => setRows(rows.filter((_, k) => k !== i))}>{t('scenarios.agreed.removeRow')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={() => setRows([...rows, blankRow])}>{t('scenarios.agreed.addRow')}</button>
        <button type="submit" className="button-primary">{t('scenarios.agreed.saveFigures')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** The agreed wage table the documents print, and how it was agreed. */
export function AgreedPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const round = useAppStore((s) => s.caseData?.round);
  const update = useAppStore((s) => s.roundUpdate);
  const [editing, setEditing] = useState(false);
  const appliesId = useId();
  if (!round) return null;
  const agreed = round.agreed;
  const table = roundAgreedStandards(round, round.procedure.term);
  const standards = table.ok ? table.value : [];

  return (
    <section className="card agreed-panel" aria-labelledby="agreed-title">
      <div className="card-head">
        <h2 id="agreed-title">{t('scenarios.agreed.title')}</h2>
        {!editing ? <button type="button" onClick={() => setEditing(true)}>{agreed?.kind === 'figures' ? t('scenarios.agreed.editFigures') : t('scenarios.agreed.enterFigures')}</button> : null}
      </div>
      {agreed === null ? <p className="muted">{t('scenarios.agreed.none')}</p> : null}
      {agreed?.kind === 'scenario' ? (
        <div className="agreed-scenario">
          <p>{t('scenarios.agreed.fromScenario', { name: agreed.scenario })}</p>
          <label htmlFor={appliesId}>{t('scenarios.agreed.appliesTo')}</label>
          <input id={appliesId} value={agreed.appliesTo} maxLength={100} onChange={(e) => update((r) => roundAgreedScenarioSet(r, agreed.scenario, e.target.value || '全体职工'), { coalesce: 'agreed.appliesTo' })} />
        </div>
      ) : null}
      {agreed?.kind === 'figures' && !editing ? <p>{t('scenarios.agreed.fromFigures')}</p> : null}
      {editing ? <FiguresEditor standards={agreed?.kind === 'figures' ? agreed.standards : standards} onDone={() => setEditing(false)} /> : null}
      {!table.ok && agreed !== null ? <p className="finding finding-warn" role="status">{t(`scenarios.agreed.problem.${table.error.code.replace('round.', '')}`)}</p> : null}
      {table.ok && standards.length > 0 ? (
        <table className="data agreed-table">
          <caption>{t('scenarios.agreed.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.agreed.period')}</th>
              <th scope="col">{t('scenarios.agreed.appliesTo')}</th>
              <th scope="col">{t('scenarios.agreed.monthly')}</th>
              <th scope="col">{t('scenarios.agreed.capitals')}</th>
            </tr>
          </thead>
          <tbody>
            {standards.map((s, i) => (
              <tr key={i}>
                <td>{`${s.period}（${formatDateLong(s.from, locale)}${s.to ? ` – ${formatDateLong(s.to, locale)}` : t('scenarios.agreed.onwards')}）`}</td>
                <td>{s.appliesTo}</td>
                <td className="num">{formatYuanPlain(s.monthlyFen, locale)}</td>
                <td>{fenToCapitals(s.monthlyFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {agreed !== null ? <button type="button" className="button-link" onClick={() => update((r) => roundAgreedSet(r, null))}>{t('scenarios.agreed.clear')}</button> : null}
    </section>
  );
}
