// Names of term kinds, day kinds, bases and commitment states for the CLI and printouts, in Chinese and
// English (the renderer maps the same keys through its i18n table).
import type { CalendarDayKind } from '../calendar/calendar';
import type { DisplayLocale } from '../format/locale';
import type { CommitmentStatus, TermBasis, TermKind } from './term';

type Label = { readonly zh: string; readonly en: string };

const kindLabels: Readonly<Record<TermKind, Label>> = {
  bonus: { zh: '一次性奖金/红包', en: 'one-off bonus / red packet' },
  travel_subsidy: { zh: '路费补贴', en: 'travel subsidy' },
  deferred_leave: { zh: '递延带薪假', en: 'deferred paid leave' },
  guaranteed_pay: { zh: '放假期间保底工资', en: 'guaranteed pay during leave' },
  retention_allowance: { zh: '返岗/留岗补贴', en: 'return / retention allowance' },
  overtime_premium: { zh: '加班工资', en: 'overtime premium' },
  commitment: { zh: '非货币承诺', en: 'non-monetary commitment' },
};

const dayKindLabels: Readonly<Record<CalendarDayKind, Label>> = {
  statutory_holiday: { zh: '法定节假日', en: 'statutory holiday' },
  rest_day: { zh: '休息日', en: 'rest day' },
  workday: { zh: '工作日', en: 'workday' },
};

const basisLabels: Readonly<Record<TermBasis, Label>> = {
  one_off: { zh: '一次性', en: 'one-off' },
  base_building: { zh: '计入基数', en: 'base-building' },
};

const commitmentStatusLabels: Readonly<Record<CommitmentStatus, Label>> = {
  planned: { zh: '未开始', en: 'planned' },
  in_progress: { zh: '进行中', en: 'in progress' },
  done: { zh: '已完成', en: 'done' },
  dropped: { zh: '已取消', en: 'dropped' },
};

const pick = (label: Label, locale: DisplayLocale) => (locale === 'en' ? label.en : label.zh);

export function termKindLabel(kind: TermKind, locale: DisplayLocale): string {
  return pick(kindLabels[kind], locale);
}

export function dayKindLabel(kind: CalendarDayKind, locale: DisplayLocale): string {
  return pick(dayKindLabels[kind], locale);
}

export function termBasisLabel(basis: TermBasis, locale: DisplayLocale): string {
  return pick(basisLabels[basis], locale);
}

export function commitmentStatusLabel(status: CommitmentStatus, locale: DisplayLocale): string {
  return pick(commitmentStatusLabels[status], locale);
}
