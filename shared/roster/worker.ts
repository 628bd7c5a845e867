// A worker on the enterprise roster (职工花名册): who is eligible for which term and where their
// payments go. Money is integer 分 (fields end in Fen); dates are ISO. Records read from a file or from
// storage pass `workerSchema` (shape, ID-number check character, restore of defaults).
import { z } from 'zod';
import type { Fen } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';
import { fenField, isoDateField } from './fields';
import { homeProvinceNames } from './homeProvince';
import { idNumberNormalize, idNumberProblem } from './idNumber';

/** working = 在岗; on_leave = 放假/待岗 (sent home in a slump, paid at least CNT-05 stoppage pay); stopped = 停工停产; left = 离职. */
export const workerStatuses = ['working', 'on_leave', 'stopped', 'left'] as const;
export type WorkerStatus = (typeof workerStatuses)[number];

export interface Worker {
  /** 工号 (employee number), or the ID number when the roster has none. Unique in a roster. */
  readonly id: string;
  readonly name: string;
  /** 18 characters, check character verified, upper-case X. */
  readonly idNumber: string;
  readonly phone: string | null;
  /** 班组 / 车间 / 部门; '' when none. */
  readonly group: string;
  readonly status: WorkerStatus;
  readonly hireDate: IsoDate | null;
  /** 返岗日期: back at work after leave (a retention allowance's "back by" condition reads it). */
  readonly returnedOn: IsoDate | null;
  /** 离职日期 (a retention allowance's "still employed on" condition reads it). */
  readonly leftOn: IsoDate | null;
  /** Full GB/T 2260 province name, e.g. 云南省. */
  readonly homeProvince: string | null;
  /** 分: the fare home and back a fare-share travel subsidy applies to. */
  readonly fareFen: Fen | null;
  readonly note: string;
}

/** The status words rosters use, Chinese and English; '' means working. */
const STATUS_WORDS: Readonly<Record<WorkerStatus, readonly string[]>> = {
  working: ['', '在岗', '在职', '正常', '工作', '上班', 'working', 'active'],
  on_leave: ['放假', '休假', '待岗', '轮休', '请假', '带薪休假', 'onleave', 'on_leave', 'leave'],
  stopped: ['停工', '停产', '停工停产', 'stopped'],
  left: ['离职', '已离职', '辞职', '离厂', 'left', 'resigned'],
};

/** The status a roster cell names, or null. */
export function workerStatusFromText(text: string): WorkerStatus | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return workerStatuses.find((s) => STATUS_WORDS[s].includes(t)) ?? null;
}

const nullableDate = isoDateField.nullable().default(null);

export const idNumberField = z
  .string()
  .transform(idNumberNormalize)
  .superRefine((id, ctx) => {
    const problem = idNumberProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.idNumber.${problem}` });
  });

/** A worker as stored or written in a case file; parsing normalises and fills defaults. */
export const workerSchema = z.strictObject({
  id: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(50),
  idNumber: idNumberField,
  phone: z.string().trim().max(30).nullable().default(null),
  group: z.string().trim().max(50).default(''),
  status: z.enum(workerStatuses).default('working'),
  hireDate: nullableDate,
  returnedOn: nullableDate,
  leftOn: nullableDate,
  homeProvince: z.enum(homeProvinceNames() as [string, ...string[]]).nullable().default(null),
  fareFen: fenField.nullable().default(null),
  note: z.string().max(500).default(''),
});

export type WorkerInput = z.input<typeof workerSchema>;
