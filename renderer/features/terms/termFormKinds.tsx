// The fields of each kind of term, and the text field every part of the term form is built from
// (state key = error key, so a field's problem shows next to it).
import { useTranslation } from 'react-i18next';
import { commitmentAreas, commitmentStatuses } from '../../../shared/terms/term';
import { Field } from '../../components/Field';
import type { CommitmentArea, TermFormField, TermFormState, TravelRuleKind } from './termFormState';

type TextKey = { [K in keyof TermFormState]: TermFormState[K] extends string ? K : never }[keyof TermFormState];

export interface TermFormPartProps {
  readonly state: TermFormState;
  readonly set: (patch: Partial<TermFormState>) => void;
  /** The field's problem in the user's language, once the user has tried to submit. */
  readonly err: (field: TermFormField | TextKey) => string | undefined;
}

interface StateFieldProps extends TermFormPartProps {
  readonly name: TextKey;
  readonly label: string;
  readonly required?: boolean;
  readonly hint?: string;
  /** money and number show a decimal keypad on touch screens; textarea for long text. */
  readonly input?: 'text' | 'money' | 'number' | 'date' | 'textarea';
  readonly maxLength?: number;
  readonly list?: string;
}

export function StateField({ state, set, err, name, label, required, hint, input = 'text', maxLength, list }: StateFieldProps) {
  const change = (value: string) => set({ [name]: value } as Pick<TermFormState, TextKey>);
  return (
    <Field label={label} required={required ?? false} hint={hint} error={err(name)}>
      {(p) =>
        input === 'textarea' ? (
          <textarea {...p} value={state[name]} onChange={(e) => change(e.target.value)} maxLength={maxLength} rows={3} />
        ) : (
          <input
            {...p}
            type={input === 'date' ? 'date' : 'text'}
            inputMode={input === 'money' || input === 'number' ? 'decimal' : undefined}
            value={state[name]}
            onChange={(e) => change(e.target.value)}
            maxLength={maxLength}
            list={list}
          />
        )
      }
    </Field>
  );
}

function TravelFields(props: TermFormPartProps) {
  const { t } = useTranslation();
  const { state, set } = props;
  return (
    <>
      <Field label={t('terms.form.travelRule')}>
        {(p) => (
          <select {...p} value={state.travelRule} onChange={(e) => set({ travelRule: e.target.value as TravelRuleKind })}>
            <option value="fixed">{t('terms.form.travelRules.fixed')}</option>
            <option value="fareShare">{t('terms.form.travelRules.fareShare')}</option>
          </select>
        )}
      </Field>
      {state.travelRule === 'fixed' ? (
        <StateField {...props} name="amount" label={t('terms.form.amount')} hint={t('terms.form.amountHint')} input="money" required />
      ) : (
        <>
          <StateField {...props} name="rate" label={t('terms.form.rate')} hint={t('terms.form.rateHint')} input="number" required />
          <StateField {...props} name="cap" label={t('terms.form.cap')} input="money" />
        </>
      )}
    </>
  );
}

function CommitmentFields(props: TermFormPartProps) {
  const { t } = useTranslation();
  const { state, set } = props;
  return (
    <>
      <Field label={t('terms.form.area')}>
        {(p) => (
          <select {...p} value={state.area} onChange={(e) => set({ area: e.target.value as CommitmentArea })}>
            {commitmentAreas.map((a) => <option key={a} value={a}>{t(`terms.form.areas.${a}`)}</option>)}
          </select>
        )}
      </Field>
      <StateField {...props} name="description" label={t('terms.form.description')} input="textarea" maxLength={2000} required />
      <StateField {...props} name="amount" label={t('terms.form.commitmentAmount')} hint={t('terms.form.amountHint')} input="money" />
      <Field label={t('terms.form.status')}>
        {(p) => (
          <select {...p} value={state.status} onChange={(e) => set({ status: e.target.value as TermFormState['status'] })}>
            {commitmentStatuses.map((s) => <option key={s} value={s}>{t(`terms.commitmentStatus.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <StateField {...props} name="statusDate" label={t('terms.form.statusDate')} input="date" />
    </>
  );
}

/** The fields of the state's kind (the common ones are the form's). */
export function TermKindFields(props: TermFormPartProps) {
  const { t } = useTranslation();
  switch (props.state.kind) {
    case 'bonus':
    case 'retention_allowance':
      return <StateField {...props} name="amount" label={t('terms.form.amount')} hint={t('terms.form.amountHint')} input="money" required />;
    case 'travel_subsidy':
      return <TravelFields {...props} />;
    case 'deferred_leave':
      return (
        <>
          <StateField {...props} name="days" label={t('terms.form.days')} input="number" required />
          <StateField {...props} name="takeFrom" label={t('terms.form.takeFrom')} input="date" required />
        </>
      );
    case 'guaranteed_pay':
      return (
        <>
          <StateField {...props} name="months" label={t('terms.form.months')} input="number" required />
          <StateField {...props} name="monthly" label={t('terms.form.monthly')} hint={t('terms.form.amountHint')} input="money" required />
        </>
      );
    case 'overtime_premium':
      return (
        <>
          <StateField {...props} name="monthlyBase" label={t('terms.form.monthlyBase')} hint={t('terms.form.amountHint')} input="money" required />
          <StateField {...props} name="from" label={t('terms.form.from')} input="date" required />
          <StateField {...props} name="to" label={t('terms.form.to')} input="date" required />
          <StateField {...props} name="hours" label={t('terms.form.hours')} input="number" required />
        </>
      );
    case 'commitment':
      return <CommitmentFields {...props} />;
  }
}
