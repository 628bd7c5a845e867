// 附测算说明 on the request letter: the user picks one of the round's scenarios (default none) and the
// choice is kept with the round (round.details.explainScenario), so the letter's print view, the documents
// list's Word download and the command line all carry 附件：测算说明 for it (templates/case/explanationChosen.ts
// puts it on the letter, from the same figures as the scenarios screen's card).
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import type { CaseData } from '../../../templates/caseViewModel';
import type { ExplanationChoice } from '../../../templates/case/explanationChosen';
import { explanationScenarioNames } from '../../../templates/case/explanationView';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { explainLetterEn, explainLetterZh } from './explainMessages';

featureMessagesRegister('explainLetter', explainLetterZh, explainLetterEn);

/** The round on screen, the annex its choice made (explanationChosen, made once for the letter too) and how a choice is kept. */
export interface ExplanationSource {
  readonly data: CaseData;
  readonly chosen: ExplanationChoice | null;
  /** Keeps the choice with the round ('' for none); an error when it could not be saved. */
  readonly choose: (scenario: string) => Promise<AppError | null>;
}

/** The control that chooses the annex, and the line that says what the letter carries. */
export function useExplanationChoice(source: ExplanationSource | undefined): { readonly control: ReactNode; readonly note: ReactNode } {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [saving, setSaving] = useState(false);
  const names = useMemo(() => (source ? explanationScenarioNames(source.data) : []), [source]);
  const chosen = source?.chosen ?? null;
  if (!source) return { control: null, note: null };

  async function choose(scenario: string) {
    setSaving(true);
    try {
      const failed = await source!.choose(scenario);
      if (failed) noticeShow({ tone: 'error', text: errorText(failed) });
    } finally {
      setSaving(false);
    }
  }

  const value = chosen?.scenario ?? '';
  const gone = chosen !== null && !names.includes(chosen.scenario);
  const control = (
    <label className="doc-explain">
      {t('explainLetter.label')}
      <select value={value} disabled={saving || (names.length === 0 && value === '')} onChange={(ev) => void choose(ev.target.value)}>
        <option value="">{t('explainLetter.none')}</option>
        {names.map((name) => (
          <option key={name} value={name}>{name}</option>
        ))}
        {gone ? <option value={value}>{t('explainLetter.goneOption', { name: value })}</option> : null}
      </select>
    </label>
  );
  const made = chosen?.made ?? null;
  const noteText =
    made === null ? (names.length === 0 ? t('explainLetter.noModel') : null)
    : made.ok ? t('explainLetter.attached', { name: made.value.scenario })
    : made.error.code === 'explanation.scenarioUnknown' ? t('explainLetter.gone', { name: value })
    : t(made.error.code === 'explanation.modelInvalid' ? 'explainLetter.modelInvalid' : 'explainLetter.noModel');
  const note = noteText ? <p className={`doc-banner${made && !made.ok ? ' doc-banner-warn' : ''}`} aria-live="polite">{noteText}</p> : null;
  return { control, note };
}
