// A date typed as year-month-day. Not <input type="date">: its display follows the browser's own
// language (mm/dd/yyyy in an English Chromium), while every date on these screens and in the findings
// is written 2021-01-28; formKit's dateRead also accepts 2021/1/28, 2021.1.28 and 2021年1月28日.
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

export function DateInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const { t } = useTranslation();
  return <input type="text" autoComplete="off" placeholder={t('negotiations.datePlaceholder')} className="date-input" {...props} />;
}
