// A case built from placeholders says which figures are placeholders, in plain words; the notes
// themselves (written with the data, in English) are one click away.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WageCaseFile } from '../../../shared/wage/caseFile';

/** The user's word for a field an assumption is about; unknown fields show as they are written. */
function assumptionLabel(field: string, file: WageCaseFile, t: TFunction): string {
  const scenario = /^scenarios\.(\d+)(\.wages)?(\.agreementDate)?$/.exec(field);
  if (scenario) {
    const name = file.scenarios[Number(scenario[1])]?.name ?? '';
    if (scenario[3]) return t('scenarios.assumption.agreementDate');
    return t(scenario[2] ? 'scenarios.assumption.scenarioWages' : 'scenarios.assumption.scenario', { name });
  }
  const known: Record<string, string> = {
    'output.baseValueFen': 'scenarios.assumption.baseValue',
    headcount: 'scenarios.assumption.headcount',
    targetLabourShareBp: 'scenarios.assumption.targetShare',
    offerFen: 'scenarios.assumption.offerAsk',
    askFen: 'scenarios.assumption.offerAsk',
    terms: 'scenarios.assumption.terms',
  };
  return known[field] ? t(known[field]) : field;
}

export function CaseAssumptions({ file }: { readonly file: WageCaseFile }) {
  const { t } = useTranslation();
  const assumptions = file.assumptions ?? [];
  if (assumptions.length === 0) return null;
  const labels = [...new Set(assumptions.map((a) => assumptionLabel(a.field, file, t)))];
  return (
    <div className="card assumptions" role="note">
      <p>{t('scenarios.assumption.intro', { fields: labels.join(t('enterprises.listSeparator')) })}</p>
      <details>
        <summary>{t('scenarios.assumption.notes')}</summary>
        <ul className="assumption-notes" lang="en">
          {assumptions.map((a) => (
            <li key={`${a.field}:${a.note}`}>
              <code>{a.field}</code>
              {' — '}
              {a.note}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
