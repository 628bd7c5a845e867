// A synthetic roster for the reference case (福鼎, 2020-21). The report names no workers and gives no
// headcount, so every record here is a placeholder, made to be recognised as one:
// - names 职工001 … 职工120; worker numbers W001 … W120;
// - ID numbers 000000 19900101 sss c: address code 000000 belongs to no place, so no real person holds
//   one; the birth date is the same for all, the sequence is the worker's number, and the check character
//   is correct, so the numbers pass validation like real ones;
// - no phone numbers and no hire dates (not invented).
// Shape, following the report where it says something: 120 workers (referenceHeadcountAssumed), 90 %
// migrants from 云南 and 贵州 (W001–W108, alternating), 12 locals from 福建 (W109–W120); W001–W030 are the
// 30 workers who took paid leave in 2020 and came back (assumed back on 2020-06-01).
import { isoDate } from '../dates/isoDate';
import { fenFromYuan } from '../money/fen';
import { referenceHeadcountAssumed } from './referenceEnterprise';
import { idNumberWithCheckChar } from '../roster/idNumber';
import type { Worker } from '../roster/worker';

/** The 30 returning workers of the 2020 job-retention agreement. */
export const REFERENCE_RETURNING_WORKERS = 30;
/** Migrant workers: 90 % of the headcount (report: migrant_share_pct 90). */
export const REFERENCE_MIGRANT_WORKERS = 108;
/** Migrants staying over Spring Festival 2021: 84 of 108 = 77.8 % ("over 77.5 %" in the report). */
export const REFERENCE_STAYING_WORKERS = 84;

/** Assumed one-way fares home → plant, 元 (placeholders for the 100 % fare subsidy). */
const FARE_YUAN: Readonly<Record<string, number>> = { 云南省: 650, 贵州省: 500 };

export function referenceWorkerId(n: number): string {
  return `W${String(n).padStart(3, '0')}`;
}

function group(n: number): string {
  if (n <= 60) return '贴合车间';
  return n <= 100 ? '后整理车间' : '仓储后勤';
}

export function referenceRoster(): Worker[] {
  return Array.from({ length: referenceHeadcountAssumed }, (_, i) => {
    const n = i + 1;
    const migrant = n <= REFERENCE_MIGRANT_WORKERS;
    const homeProvince = migrant ? (n % 2 === 1 ? '云南省' : '贵州省') : '福建省';
    const fare = FARE_YUAN[homeProvince];
    return {
      id: referenceWorkerId(n),
      name: `职工${String(n).padStart(3, '0')}`,
      idNumber: idNumberWithCheckChar(`00000019900101${String(n).padStart(3, '0')}`),
      phone: null,
      group: group(n),
      status: 'working',
      hireDate: null,
      returnedOn: n <= REFERENCE_RETURNING_WORKERS ? isoDate('2020-06-01') : null,
      leftOn: null,
      homeProvince,
      fareFen: fare === undefined ? null : fenFromYuan(fare),
      note: n <= REFERENCE_RETURNING_WORKERS ? '2020年保岗放假返岗职工（样例）' : '',
    };
  });
}
