// Dates and quarters for people. The Date built here is internal to Intl and always read in UTC, the
// same frame as the epoch days it comes from, so the user's time zone cannot shift the day.
import { type IsoDate, isoDateToEpochDay } from '../dates/isoDate';
import { type Quarter, quarterParts } from '../dates/quarter';
import type { DisplayLocale } from './locale';

const MS_PER_DAY = 86_400_000;
const formatters = new Map<DisplayLocale, Intl.DateTimeFormat>();

function formatter(locale: DisplayLocale): Intl.DateTimeFormat {
  let df = formatters.get(locale);
  if (!df) {
    // English uses en-GB for day-month-year ("12 Feb 2021"): US month-first order misreads easily
    // next to Chinese year-month-day documents.
    const intlLocale = locale === 'en' ? 'en-GB' : locale;
    df = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, df);
  }
  return df;
}

/** zh-CN "2021年2月12日" (as in contracts), en "12 Feb 2021". */
export function formatDateLong(date: IsoDate, locale: DisplayLocale): string {
  return formatter(locale).format(new Date(isoDateToEpochDay(date) * MS_PER_DAY));
}

/** zh-CN "2020年第1季度", en "Q1 2020". Intl has no quarter field, and years are never digit-grouped. */
export function formatQuarter(q: Quarter, locale: DisplayLocale): string {
  const { year, quarter } = quarterParts(q);
  return locale === 'zh-CN' ? `${year}年第${quarter}季度` : `Q${quarter} ${year}`;
}
