// Names of the steps, actions and checklist answers, in Chinese and English, for the CLI, printed
// checklists and the screens' i18n defaults.
import type { DisplayLocale } from '../../format/locale';
import type { WitnessStatus } from './engine';
import type { ProcedureStep, RuleAction } from './types';

type Labels<K extends string> = Readonly<Record<K, { readonly zh: string; readonly en: string }>>;

const stepLabels: Labels<ProcedureStep> = {
  meeting: { zh: '协商会议', en: 'meetings' },
  vote: { zh: '职代会表决', en: "workers' congress vote" },
  signing: { zh: '签字', en: 'signing' },
  filing: { zh: '报送审查', en: 'filing for review' },
  export: { zh: '导出归档', en: 'export' },
};

const actionLabels: Labels<RuleAction> = {
  block: { zh: '阻止', en: 'block' },
  warn: { zh: '警告', en: 'warn' },
  info: { zh: '提示', en: 'info' },
};

const witnessLabels: Labels<WitnessStatus> = {
  ok: { zh: '符合', en: 'ok' },
  problem: { zh: '有问题', en: 'problem' },
  unknown: { zh: '待核实', en: 'unknown' },
};

const pick = (label: { zh: string; en: string }, locale: DisplayLocale) => (locale === 'en' ? label.en : label.zh);

export function procedureStepLabel(step: ProcedureStep, locale: DisplayLocale): string {
  return pick(stepLabels[step], locale);
}

export function ruleActionLabel(action: RuleAction, locale: DisplayLocale): string {
  return pick(actionLabels[action], locale);
}

export function witnessStatusLabel(status: WitnessStatus, locale: DisplayLocale): string {
  return pick(witnessLabels[status], locale);
}
