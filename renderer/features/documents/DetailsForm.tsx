// 文书要素: what only the documents need (payday, place of signing, the labour administration, the pay
// structure, the job-retention reason, hazards, a women workers' contract) and the round's name. Checked
// by the round's own schema before anything is saved; saved with the round at once, undoable.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Round, roundDetailsSchema } from '../../../shared/case/round';
import { yuanInputText } from '../../../shared/format/inputText';
import { fenFromYuanText } from '../../../shared/money/fen';
import { textLimits } from '../../../shared/text/textLimits';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { documentsErrorText } from './documentFiles';

type Text = Record<
  | 'title' | 'yearLabel' | 'signingPlace' | 'labourAuthority' | 'payday' | 'payMethod' | 'wageStructure' | 'wageForms' | 'probationShare'
  | 'filingCopies' | 'annualWageBill' | 'annualBasis' | 'congressPlace' | 'retentionReason' | 'retentionCondition' | 'retentionPaidWith'
  | 'employerCommitments' | 'workerCommitments' | 'hazards' | 'hazardAllowance' | 'womenExtras',
  string
>;

const lines = (list: readonly string[]) => list.join('\n');
const listOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function textOf(round: Round): Text {
  const d = round.details;
  return {
    title: round.title,
    yearLabel: d.yearLabel,
    signingPlace: d.signingPlace,
    labourAuthority: d.labourAuthority,
    payday: d.payday === null ? '' : String(d.payday),
    payMethod: d.payMethod,
    wageStructure: lines(d.wageStructure),
    wageForms: lines(d.wageForms),
    probationShare: String(d.probationShareBp / 100),
    filingCopies: String(d.filingCopies),
    annualWageBill: d.annualWageBillFen === null ? '' : yuanInputText(d.annualWageBillFen),
    annualBasis: lines(d.annualBasis),
    congressPlace: d.congressPlace,
    retentionReason: d.jobRetention.reason,
    retentionCondition: d.jobRetention.condition,
    retentionPaidWith: d.jobRetention.paidWith,
    employerCommitments: lines(d.jobRetention.employerCommitments),
    workerCommitments: lines(d.jobRetention.workerCommitments),
    hazards: lines(d.occupationalHealth.hazards),
    hazardAllowance: d.occupationalHealth.hazardAllowanceFen === null ? '' : yuanInputText(d.occupationalHealth.hazardAllowanceFen),
    womenExtras: lines(d.womenWorkers.extras),
  };
}

type Errors = Partial<Record<keyof Text, string>>;

/** The details the text gives, or what is wrong with it (i18n keys). */
function detailsOf(text: Text, round: Round, womenIncluded: boolean, payFor: 'previous' | 'current') {
  const errors: Errors = {};
  const int = (value: string, min: number, max: number, key: keyof Text, message: string): number | null => {
    if (value.trim() === '') return null;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < min || n > max) errors[key] = message;
    return n;
  };
  const money = (value: string, key: keyof Text) => {
    if (value.trim() === '') return null;
    const fen = fenFromYuanText(value);
    if (fen === null || fen <= 0) errors[key] = 'documents.details.errors.amount';
    return fen;
  };
  if (text.title.trim() === '') errors.title = 'documents.details.errors.required';
  else if (text.title.trim().length > textLimits.title) errors.title = 'validation.tooLong';
  const payday = int(text.payday, 1, 31, 'payday', 'documents.details.errors.payday');
  const share = Number(text.probationShare.trim());
  if (!Number.isFinite(share) || share < 80 || share > 100 || Math.round(share * 100) !== share * 100) errors.probationShare = 'documents.details.errors.share';
  const copies = int(text.filingCopies, 1, 20, 'filingCopies', 'documents.details.errors.copies');
  if (copies === null) errors.filingCopies = 'documents.details.errors.copies';
  const input = {
    ...round.details,
    yearLabel: text.yearLabel,
    signingPlace: text.signingPlace,
    labourAuthority: text.labourAuthority,
    payday,
    payFor,
    payMethod: text.payMethod,
    wageStructure: listOf(text.wageStructure),
    wageForms: listOf(text.wageForms),
    probationShareBp: Math.round(share * 100),
    filingCopies: copies ?? 3,
    annualWageBillFen: money(text.annualWageBill, 'annualWageBill'),
    annualBasis: listOf(text.annualBasis),
    congressPlace: text.congressPlace,
    jobRetention: {
      reason: text.retentionReason,
      condition: text.retentionCondition,
      paidWith: text.retentionPaidWith,
      employerCommitments: listOf(text.employerCommitments),
      workerCommitments: listOf(text.workerCommitments),
    },
    occupationalHealth: { hazards: listOf(text.hazards), hazardAllowanceFen: money(text.hazardAllowance, 'hazardAllowance') },
    womenWorkers: { included: womenIncluded, extras: listOf(text.womenExtras) },
  };
  const parsed = roundDetailsSchema.safeParse(input);
  if (!parsed.success && Object.keys(errors).length === 0) {
    const issue = parsed.error.issues[0];
    return { errors: { [issue?.path[0] === 'jobRetention' ? 'retentionReason' : 'signingPlace']: 'documents.details.errors.tooLong' } as Errors, details: null };
  }
  return { errors, details: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null };
}

export function DetailsForm({ round, onDone }: { readonly round: Round; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const saveWith = useAppStore((s) => s.roundSaveWith);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [text, setText] = useState<Text>(() => textOf(round));
  const [womenIncluded, setWomenIncluded] = useState(round.details.womenWorkers.included);
  const [payFor, setPayFor] = useState(round.details.payFor);
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const { errors, details } = detailsOf(text, round, womenIncluded, payFor);
  const err = (k: keyof Text) => (shown && errors[k] ? t(errors[k]) : undefined);

  const input = (key: keyof Text, label: string, options: { hint?: string; required?: boolean; inputMode?: 'numeric' | 'decimal'; max?: number } = {}) => (
    <Field label={label} hint={options.hint} required={options.required} error={err(key)}>
      {(p) => <input {...p} value={text[key]} inputMode={options.inputMode} maxLength={options.max ?? 200} onChange={(e) => setText({ ...text, [key]: e.target.value })} />}
    </Field>
  );
  const area = (key: keyof Text, label: string) => (
    <Field label={label} error={err(key)}>
      {(p) => <textarea {...p} rows={4} value={text[key]} onChange={(e) => setText({ ...text, [key]: e.target.value })} />}
    </Field>
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setShown(true);
    if (!details) return;
    const failure = await saveWith((r) => ({ ...r, title: text.title.trim(), details }));
    if (failure) return setFailed(documentsErrorText(failure));
    noticeShow({ tone: 'info', text: t('documents.details.saved') });
    onDone();
  }

  return (
    <form className="form card doc-details" onSubmit={(e) => void submit(e)} onKeyDown={(e) => { if (e.key === 'Escape') onDone(); }} noValidate aria-labelledby="doc-details-title">
      <h2 id="doc-details-title">{t('documents.details.title')}</h2>
      <p className="muted">{t('documents.details.intro')}</p>
      <div className="field-grid">
        {input('title', t('documents.details.roundTitle'), { required: true, max: textLimits.title })}
        {input('yearLabel', t('documents.details.yearLabel'), { max: 20 })}
        {input('signingPlace', t('documents.details.signingPlace'))}
        {input('labourAuthority', t('documents.details.labourAuthority'), { hint: t('documents.details.labourAuthorityHint'), max: 100 })}
        {input('payday', t('documents.details.payday'), { inputMode: 'numeric', max: 2 })}
        <Field label={t('documents.details.payFor')}>
          {(p) => (
            <select {...p} value={payFor} onChange={(e) => setPayFor(e.target.value as typeof payFor)}>
              <option value="previous">{t('documents.details.payForPrevious')}</option>
              <option value="current">{t('documents.details.payForCurrent')}</option>
            </select>
          )}
        </Field>
        {input('payMethod', t('documents.details.payMethod'), { max: 50 })}
        {input('probationShare', t('documents.details.probationShare'), { inputMode: 'decimal', max: 6 })}
        {input('filingCopies', t('documents.details.filingCopies'), { inputMode: 'numeric', max: 2 })}
        {input('annualWageBill', t('documents.details.annualWageBill'), { inputMode: 'decimal', max: 20 })}
        {input('congressPlace', t('documents.details.congressPlace'))}
      </div>
      <div className="field-grid">
        {area('wageStructure', t('documents.details.wageStructure'))}
        {area('wageForms', t('documents.details.wageForms'))}
        {area('annualBasis', t('documents.details.annualBasis'))}
      </div>
      <fieldset>
        <legend>{t('documents.details.retention')}</legend>
        {area('retentionReason', t('documents.details.retentionReason'))}
        <div className="field-grid">
          {input('retentionCondition', t('documents.details.retentionCondition'), { max: 500 })}
          {input('retentionPaidWith', t('documents.details.retentionPaidWith'), { max: 500 })}
        </div>
        <div className="field-grid">
          {area('employerCommitments', t('documents.details.employerCommitments'))}
          {area('workerCommitments', t('documents.details.workerCommitments'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('documents.details.ohs')}</legend>
        {area('hazards', t('documents.details.hazards'))}
        {input('hazardAllowance', t('documents.details.hazardAllowance'), { inputMode: 'decimal', max: 20 })}
      </fieldset>
      <fieldset>
        <legend>{t('documents.details.women')}</legend>
        <label className="check">
          <input type="checkbox" checked={womenIncluded} onChange={(e) => setWomenIncluded(e.target.checked)} />
          {t('documents.details.womenIncluded')}
        </label>
        {area('womenExtras', t('documents.details.womenExtras'))}
      </fieldset>
      {failed ? <p className="form-summary" role="alert">{failed}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary">{t('documents.details.save')}</button>
        <button type="button" onClick={onDone}>{t('documents.details.cancel')}</button>
      </div>
    </form>
  );
}
