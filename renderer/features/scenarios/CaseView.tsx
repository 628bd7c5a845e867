// One enterprise's case: what the law says about each base wage first, then the scenarios and their
// figures side by side, the charts, and the output and headcount they rest on.
//
// The figures follow the case one render behind (useDeferredValue): an edit — a slider step, a keystroke —
// answers at once in its own field, and the model, the comparison table and the charts catch up in a
// render React may interrupt for the next step, so dragging never waits for them. A field shows its own
// value while the figures are behind (WageRow, FigureInput).
import { lazy, memo, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { errorText } from '../../app/errorText';
import { ExplanationCard } from '../economy/ExplanationCard';
import { useCaseModel } from './caseModel';
import type { TermsData } from './termCostsLoad';
import { CaseAssumptions } from './CaseAssumptions';
import { ComparisonTable } from './ComparisonTable';
import { FindingsPanel } from './FindingsPanel';
import { HeadcountEditor } from './HeadcountEditor';
import { OutputEditor } from './OutputEditor';
import { ScenarioEditor } from './ScenarioEditor';
import { ZoneEditor } from './ZoneEditor';

// recharts is big: the charts load on their own, after the figures are on screen.
const ScenarioCharts = lazy(() => import('./ScenarioCharts').then((m) => ({ default: m.ScenarioCharts })));

interface CaseViewProps {
  readonly file: WageCaseFile;
  readonly enterpriseName: string;
  /** The round's terms, roster and ledger: its negotiated terms count in the wage bill. */
  readonly data?: TermsData | null;
}

export function CaseView({ file, enterpriseName, data = null }: CaseViewProps) {
  const shown = useDeferredValue(file);
  const model = useCaseModel(shown, data);
  return <CaseFigures file={shown} model={model} enterpriseName={enterpriseName} />;
}

interface CaseFiguresProps {
  readonly file: WageCaseFile;
  readonly model: ReturnType<typeof useCaseModel>;
  readonly enterpriseName: string;
}

/** Renders only when the deferred case or its model changes, never in the urgent render of an edit. */
const CaseFigures = memo(function CaseFigures({ file, model, enterpriseName }: CaseFiguresProps) {
  const { t } = useTranslation();
  const result = model.ok ? model.result : null;

  return (
    <div className="case-view">
      <CaseAssumptions file={file} />
      {model.ok ? null : (
        <div className="finding finding-block" role="alert">
          <p className="finding-head">{t('scenarios.caseInvalid')}</p>
          <p>{errorText(model.error)}</p>
        </div>
      )}
      {result ? <FindingsPanel result={result} /> : null}
      <ScenarioEditor file={file} model={model} />
      <ZoneEditor file={file} result={result} />
      {result ? <p className="muted" role="note">{model.termsCounted ? t('scenarios.termsCounted') : t('scenarios.termsNone')}</p> : null}
      {result ? <ComparisonTable result={result} enterpriseName={enterpriseName} /> : null}
      {result ? <ExplanationCard result={result} enterpriseName={enterpriseName} /> : null}
      {result ? (
        <Suspense fallback={<p className="muted">{t('scenarios.charts.loading')}</p>}>
          <ScenarioCharts result={result} enterpriseName={enterpriseName} />
        </Suspense>
      ) : null}
      <OutputEditor file={file} result={result} />
      <HeadcountEditor file={file} />
    </div>
  );
});
