// 添加红包/奖金条款: a one-off (or base-building) amount per worker for everyone on the roster who has
// not left, with its due date and the clause it came from. Saved with the ledger entries it promises,
// in one transaction; nothing is saved while the form is invalid.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarLoad } from '../calendar/calendarLoad';
import { isoDateParse } from '../../../shared/dates/isoDate';
import { fenFromYuanText } from '../../../shared/money/fen';
import type { Worker } from '../../../shared/roster/worker';
import { termEntitlements } from '../../../shared/terms/entitlement';
import { ledgerEntriesFromEntitlements } from '../../../shared/terms/ledger';
import { type TermBasis, termIsMonetary, termSchema } from '../../../shared/terms/term';
import { useAppStore } from '../../app/store';
import { servicesReady } from '../../app/servicesLazy';
import { termWithLedgerAdd } from '../../db/termsCaseStore';
import { Field } from '../../components/Field';
import { termsErrorText } from './termsErrorText';

type Errors = Partial<Record<'title' | 'amount' | 'dueDate', string>>;

interface Props {
  readonly enterpriseId: string;
  readonly roster: readonly Worker[];
  /** Agreements the enterprise's terms already name, offered as suggestions. */
  readonly agreements: readonly string[];
  readonly onSaved: () => Promise<void>;
  readonly onCancel: () => void;
}

export function BonusTermForm({ enterpriseId, roster, agreements, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [title, setTitle] = useState('');
  const [agreement, setAgreement] = useState('');
  const [clause, setClause] = useState('');
  const [amount, setAmount] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [basis, setBasis] = useState<TermBasis>('one_off');
  const [shown, setShown] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const errors: Errors = {};
  const amountFen = fenFromYuanText(amount);
  if (title.trim() === '') errors.title = 'terms.add.errors.title';
  if (amountFen === null || amountFen <= 0) errors.amount = 'terms.add.errors.amount';
  if (isoDateParse(dueDate) === null) errors.dueDate = 'terms.add.errors.dueDate';
  const err = (k: keyof Errors) => (shown && errors[k] ? t(errors[k]) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setShown(true);
    if (Object.keys(errors).length > 0) return;
    const id = `bonus-${dueDate.replace(/-/g, '')}-${crypto.randomUUID().slice(0, 8)}`;
    const parsed = termSchema.safeParse({ id, kind: 'bonus', title, agreement, clause, amountFen, dueDate, basis });
    if (!parsed.success || !termIsMonetary(parsed.data)) return setSaveError(t('terms.errors.validation'));
    const term = parsed.data;
    const set = termEntitlements(term, { roster, asOf: term.dueDate, calendar: await calendarLoad() });
    if (!set.ok) return setSaveError(termsErrorText(set.error));
    const { db } = await servicesReady();
    const saved = await termWithLedgerAdd(db, enterpriseId, term, ledgerEntriesFromEntitlements(set.value.entitlements));
    if (!saved.ok) return setSaveError(termsErrorText(saved.error));
    noticeShow({ tone: 'info', text: t('terms.add.saved', { title: term.title, count: set.value.entitlements.length }) });
    await onSaved();
  }

  return (
    <form className="form terms-add" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="terms-add-title">
      <h2 id="terms-add-title">{t('terms.add.title')}</h2>
      <p className="muted">{t('terms.add.hint', { count: roster.filter((w) => w.status !== 'left').length })}</p>
      <div className="field-grid">
        <Field label={t('terms.add.name')} required error={err('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} autoFocus />}
        </Field>
        <Field label={t('terms.add.amount')} required error={err('amount')}>
          {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('terms.add.dueDate')} required error={err('dueDate')}>
          {(p) => <input {...p} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
        </Field>
        <Field label={t('terms.list.basis')}>
          {(p) => (
            <select {...p} value={basis} onChange={(e) => setBasis(e.target.value as TermBasis)}>
              <option value="one_off">{t('terms.basis.one_off')}</option>
              <option value="base_building">{t('terms.basis.base_building')}</option>
            </select>
          )}
        </Field>
        <Field label={t('terms.add.agreement')}>
          {(p) => <input {...p} list="terms-agreements" value={agreement} onChange={(e) => setAgreement(e.target.value)} maxLength={200} />}
        </Field>
        <Field label={t('terms.add.clause')}>
          {(p) => <input {...p} value={clause} onChange={(e) => setClause(e.target.value)} maxLength={500} />}
        </Field>
      </div>
      <datalist id="terms-agreements">
        {agreements.map((a) => <option key={a} value={a} />)}
      </datalist>
      {saveError ? <p className="form-summary" role="alert">{saveError}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary">{t('terms.add.save')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
