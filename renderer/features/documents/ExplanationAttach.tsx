// 附测算说明 on the request letter: the user picks one of the round's scenarios (default none) and the
// letter's print view and .docx both carry 附件：测算说明 for it, from the same figures as the scenarios
// screen's card (templates/case/explanationView.ts). The choice lasts while the letter is open.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseContext, type CaseData } from '../../../templates/caseViewModel';
import { explanationAnnexViewFor, explanationScenarioNames } from '../../../templates/case/explanationView';
import { documentWithExplanation } from '../../../templates/documents/explanationAnnex';
import type { Document } from '../../../templates/model';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { explainLetterEn, explainLetterZh } from './explainMessages';

featureMessagesRegister('explainLetter', explainLetterZh, explainLetterEn);

/** What the annex is made from: the round on screen and the reference figures in use. */
export interface ExplanationSource {
  readonly data: CaseData;
  readonly ctx: CaseContext;
}

/** The document to show and download (with the annex when one is chosen), and the control that chooses it. */
export function useExplanationAttach(source: ExplanationSource | undefined, doc: Document | null): { readonly doc: Document | null; readonly control: ReactNode; readonly note: ReactNode } {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState('');
  const names = useMemo(() => (source ? explanationScenarioNames(source.data) : []), [source]);
  const made = useMemo(() => (source && scenario ? explanationAnnexViewFor(source.data, source.ctx, scenario) : null), [source, scenario]);
  const shown = useMemo(() => (doc && made?.ok ? documentWithExplanation(doc, made.value) : doc), [made, doc]);
  if (!source) return { doc, control: null, note: null };
  const control = (
    <label className="doc-explain">
      {t('explainLetter.label')}
      <select value={scenario} disabled={names.length === 0} onChange={(ev) => setScenario(ev.target.value)}>
        <option value="">{t('explainLetter.none')}</option>
        {names.map((name) => (
          <option key={name} value={name}>{name}</option>
        ))}
      </select>
    </label>
  );
  const noteText =
    names.length === 0 ? t('explainLetter.noModel')
    : made === null ? null
    : made.ok ? t('explainLetter.attached', { name: made.value.scenario })
    : t(made.error.code === 'explanation.modelInvalid' ? 'explainLetter.modelInvalid' : 'explainLetter.noModel');
  const note = noteText ? <p className={`doc-banner${made && !made.ok ? ' doc-banner-warn' : ''}`} aria-live="polite">{noteText}</p> : null;
  return { doc: shown, control, note };
}
