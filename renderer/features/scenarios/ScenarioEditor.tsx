// The base-wage scenarios: each has a name and a monthly base wage per quarter, typed in 元 or set with
// a slider; the county's minimum wage stands beside each quarter. Scenarios can be added and removed.
// The figures here come from the model, a render behind an edit (CaseView): a row being dragged shows
// its own value until the model has caught up with it.
import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import type { Quarter } from '../../../shared/dates/quarter';
import { formatQuarter } from '../../../shared/format/date';
import { formatPercent } from '../../../shared/format/ratio';
import { formatYuanNumber, formatYuanPlain } from '../../../shared/format/yuan';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { useLocale } from '../../i18n/useLocale';
import { roundScenarioRemoved, roundScenarioRenamed } from '../../../shared/case/roundEdits';
import { AgreedToggle } from './AgreedPanel';
import { caseScenarioAdd, caseScenarioNameSet, caseScenarioRemove, caseScenarioWageSet } from './caseEdits';
import type { CaseModel } from './caseModel';
import { caseQuarters } from './caseQuarters';
import { FigureInput } from './FigureInput';
import { yuanRead, yuanText } from './figureReads';

const NAME_MAX = 100;
/** Slider steps of 10 元 (in 分). */
const SLIDER_STEP_FEN = 1_000;

/** The slider's range: half to three times the county's minimum (or the wage itself), in whole 100 元, always holding the wage. */
function sliderRange(basis: number, wage: number): { min: number; max: number } {
  const hundred = 10_000;
  const min = Math.max(hundred, Math.floor((basis * 0.5) / hundred) * hundred);
  const max = Math.ceil((basis * 3) / hundred) * hundred;
  return { min: Math.min(min, Math.floor(wage / SLIDER_STEP_FEN) * SLIDER_STEP_FEN), max: Math.max(max, Math.ceil(wage / SLIDER_STEP_FEN) * SLIDER_STEP_FEN) };
}

function ScenarioName({ file, s }: { readonly file: WageCaseFile; readonly s: number }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useAppStore((st) => st.roundUpdate);
  const fieldErrorSet = useAppStore((st) => st.roundFieldErrorSet);
  const [draft, setDraft] = useState(file.scenarios[s]?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const field = `scenario.${s}.name`;

  function onChange(next: string) {
    setDraft(next);
    const name = next.trim();
    const key =
      name === '' ? 'scenarios.errors.nameRequired'
      : name.length > NAME_MAX ? 'scenarios.errors.nameTooLong'
      : file.scenarios.some((other, k) => k !== s && other.name === name) ? 'scenarios.errors.nameDuplicate'
      : null;
    setError(key);
    fieldErrorSet(field, key);
    // The agreed scenario follows its new name (shared/case/roundEdits.ts).
    if (key === null) {
      update((r) => (r.wage === null ? r : roundScenarioRenamed({ ...r, wage: caseScenarioNameSet(r.wage, s, name) }, r.wage.scenarios[s]?.name, name)), { coalesce: field });
    }
  }

  return (
    <div className={error ? 'figure figure-invalid scenario-name' : 'figure scenario-name'}>
      <label htmlFor={id}>{t('scenarios.scenarioName')}</label>
      <input id={id} type="text" value={draft} maxLength={NAME_MAX + 20} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)} />
      {error ? <div className="field-error" id={`${id}-error`} role="alert">{t(error)}</div> : null}
    </div>
  );
}

type ScenarioFile = WageCaseFile['scenarios'][number];

interface WageRowProps {
  readonly scenario: ScenarioFile;
  readonly s: number;
  readonly i: number;
  readonly quarter: Quarter;
  readonly wage: Fen;
  readonly resolved: readonly Fen[];
  readonly floor: Fen | null;
}

/** A row renders again only when what it shows changes: a step of one slider re-renders that scenario's rows, not all. */
function wageRowSame(a: WageRowProps, b: WageRowProps): boolean {
  return (
    a.scenario === b.scenario && a.s === b.s && a.i === b.i && a.quarter === b.quarter && a.wage === b.wage && a.floor === b.floor &&
    a.resolved.length === b.resolved.length && a.resolved.every((v, k) => v === b.resolved[k])
  );
}

const WageRow = memo(function WageRow({ scenario, s, i, quarter, wage: modelled, resolved, floor }: WageRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useAppStore((st) => st.roundWageUpdate);
  const quarterText = formatQuarter(quarter, locale);
  const field = `scenario.${s}.wage.${i}`;
  const [dragged, setDragged] = useState<number | null>(null);
  const wage = (dragged ?? modelled) as Fen;
  // Let go of the row's own value once the model shows it (an amount step sets the wage exactly).
  useEffect(() => {
    if (dragged !== null && dragged === modelled) setDragged(null);
  }, [dragged, modelled]);
  const commit = (amount: number) => update((f) => caseScenarioWageSet(f, s, i, amount as Fen, resolved), { coalesce: field });
  const slide = (amount: number) => {
    setDragged(amount);
    commit(amount);
  };
  // The range holds still while dragging: it follows the modelled wage, not the thumb.
  const range = sliderRange(floor ?? modelled, modelled);
  const step = scenario.wages.find((w) => w.quarter === quarter);
  const raise =
    step?.kind === 'raiseRate' ? t('scenarios.raiseRate', { rate: formatPercent(step.rateBp as BasisPoints, locale) })
    : step?.kind === 'raiseAmount' ? t('scenarios.raiseAmount', { amount: formatYuanPlain(step.amountFen as Fen, locale) })
    : step === undefined && i > 0 ? t('scenarios.carried')
    : '';
  const below = floor !== null && wage < floor;
  const at = floor !== null && wage === floor;

  return (
    <tr className={below ? 'row-block' : at ? 'row-warn' : undefined}>
      <th scope="row">{quarterText}</th>
      <td>
        <FigureInput
          field={field}
          ariaLabel={t('scenarios.wageLabel', { scenario: scenario.name, quarter: quarterText })}
          value={wage}
          text={yuanText}
          read={yuanRead(false)}
          onCommit={(v) => v !== null && commit(v)}
          className="figure-money"
          hint={raise || undefined}
        />
      </td>
      <td className="slider-cell">
        <input
          type="range"
          min={range.min}
          max={range.max}
          step={SLIDER_STEP_FEN}
          value={wage}
          aria-label={t('scenarios.wageSlider', { scenario: scenario.name, quarter: quarterText })}
          aria-valuetext={formatYuanPlain(wage, locale)}
          onChange={(e) => slide(Number(e.target.value))}
        />
      </td>
      <td className="num floor-cell">
        {floor === null ? t('scenarios.floorUnknown') : formatYuanNumber(floor, locale)}
        {below ? <span className="badge badge-block">{t('scenarios.findings.blockedTag')}</span> : null}
        {at ? <span className="badge badge-warn">{t('scenarios.findings.atFloorTag')}</span> : null}
      </td>
    </tr>
  );
}, wageRowSame);

export function ScenarioEditor({ file, model }: { readonly file: WageCaseFile; readonly model: CaseModel }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useAppStore((s) => s.roundWageUpdate);
  // Removing shifts the scenarios after it: a whole replacement, so every field starts over (and undo is offered).
  const replace = useAppStore((s) => s.roundReplace);
  const quarters = caseQuarters(file);
  const floors = model.ok ? model.result.minimumWage.map((m) => m.monthlyFen) : quarters.map(() => null);

  function addScenario() {
    const taken = new Set(file.scenarios.map((s) => s.name));
    let n = file.scenarios.length + 1;
    while (taken.has(t('scenarios.scenarioDefaultName', { n }))) n++;
    const name = t('scenarios.scenarioDefaultName', { n });
    update((f) => caseScenarioAdd(f, name, model.resolvedWages[0] ?? []));
  }

  return (
    <section className="card" aria-labelledby="scenario-editor-title">
      <div className="card-head">
        <h2 id="scenario-editor-title">{t('scenarios.scenariosTitle')}</h2>
        <button type="button" onClick={addScenario}>{t('scenarios.addScenario')}</button>
      </div>
      <p className="muted">{t('scenarios.scenariosHint')}</p>
      <div className="scenario-list">
        {file.scenarios.map((scenario, s) => {
          const resolved = model.resolvedWages[s] ?? [];
          const linked = scenario.outputLinked;
          return (
            <article key={s} className="scenario-card" aria-label={scenario.name}>
              <div className="scenario-card-head">
                <span className="scenario-swatch" data-index={s % 6} aria-hidden="true" />
                <ScenarioName file={file} s={s} />
                <AgreedToggle name={scenario.name} />
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('scenarios.removeScenario', { name: scenario.name })}
                  disabled={file.scenarios.length <= 1}
                  onClick={() =>
                    replace(
                      (r) => (r.wage === null ? r : roundScenarioRemoved({ ...r, wage: caseScenarioRemove(r.wage, s) }, scenario.name)),
                      t('scenarios.scenarioRemoved', { name: scenario.name }),
                    )
                  }
                >
                  {t('scenarios.removeThis')}
                </button>
              </div>
              {linked ? (
                <p className="muted">
                  {t('scenarios.outputLinked', {
                    threshold: formatPercent(linked.thresholdBp as BasisPoints, locale),
                    share: formatPercent(linked.shareBp as BasisPoints, locale),
                  })}
                </p>
              ) : null}
              <div className="table-scroll">
                <table className="data wage-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('scenarios.quarter')}</th>
                      <th scope="col">{t('scenarios.monthlyBaseWage')}</th>
                      <th scope="col">{t('scenarios.adjust')}</th>
                      <th scope="col" className="num">{t('scenarios.minimumWage')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {quarters.map((quarter, i) => (
                      <WageRow
                        key={quarter}
                        scenario={scenario}
                        s={s}
                        i={i}
                        quarter={quarter}
                        wage={resolved[i] ?? (0 as Fen)}
                        resolved={resolved}
                        floor={(floors[i] ?? null) as Fen | null}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}
