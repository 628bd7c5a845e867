// The reference case's dates that the report does not give (it names months only): placeholders,
// listed in the view models' assumptions. One place, so the request, meeting, congress, signing and
// filing stay in order and inside the deadlines (reply ≤ 15 days in Fujian, filing ≤ 7 days).
import { type IsoDate, isoDate } from '../shared/dates/isoDate';

/** Assumed timeline of the fourth agreement (January 2021) and of the 2020 job-retention agreement. */
export const referenceDates = {
  request: isoDate('2021-01-04'),
  meeting: isoDate('2021-01-08'),
  congress: isoDate('2021-01-14'),
  signing: isoDate('2021-01-15'),
  filing: isoDate('2021-01-19'),
  termFrom: isoDate('2021-02-01'),
  termTo: isoDate('2022-01-31'),
  /** First working day after the 2021 Spring Festival break (2月11日–17日). */
  afterFestival: isoDate('2021-02-18'),
  retentionFrom: isoDate('2020-03-01'),
  retentionTo: isoDate('2020-12-31'),
} satisfies Record<string, IsoDate>;
