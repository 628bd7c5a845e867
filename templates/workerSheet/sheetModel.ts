// 职工明白卡 ("what this agreement means for me"): one printed page per worker, or per group where the
// enterprise has no roster. The sheet carries the worker's own data only (name, group, masked ID and
// phone), the monthly base wage of their group in the previous agreement and in this one, and each term
// they are eligible for with its amount and due date. Its words are Chinese whatever the UI language,
// as every printed document's are (renderer/features/documents/printText.ts).
import type { IsoDate } from '../../shared/dates/isoDate';
import type { Fen } from '../../shared/money/fen';

/** The sheet's reader: one worker on the roster, or everyone in a group when no roster is loaded. */
export type WorkerSheetWho =
  | {
      readonly kind: 'worker';
      readonly name: string;
      /** 工号, or null when the roster has none (its id is then the ID number, never shown). */
      readonly number: string | null;
      /** 420106********1234 */
      readonly idNumberMasked: string;
      readonly phoneMasked: string | null;
      /** '' when the roster gives none. */
      readonly group: string;
    }
  | { readonly kind: 'group'; readonly group: string };

/** One period of this round's monthly base wage for the reader's group. */
export interface WorkerSheetWage {
  /** 合同期内, 2027年第一季度…, as the agreement's wage table names it. */
  readonly period: string;
  readonly from: IsoDate;
  /** Inclusive; null: to the end of the term. */
  readonly to: IsoDate | null;
  readonly monthlyFen: Fen;
  /** Against the previous agreement's wage; null when there is none to compare with. */
  readonly changeFen: Fen | null;
}

/** The previous agreement's monthly base wage for the group: what the change is measured from. */
export interface WorkerSheetPreviousWage {
  readonly roundTitle: string;
  readonly period: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly monthlyFen: Fen;
}

/** One term the reader is eligible for. */
export interface WorkerSheetItem {
  readonly termId: string;
  readonly title: string;
  /** 红包/奖金, 路费补贴, … */
  readonly kindText: string;
  /** 分 for the reader; null when it cannot be said in one figure (a fare share without the fare, leave). */
  readonly amountFen: Fen | null;
  /** The rule in words where there is no single figure ("按往返路费的 50% 报销，最多 600.00 元"), or days of leave. */
  readonly ruleText: string | null;
  /** Days of paid leave rather than money: the due date is the last day to take it. */
  readonly leave: boolean;
  /** Paid by (or, for leave, to be taken by) this day. */
  readonly dueDate: IsoDate;
  /** 须于2027年3月1日前返岗; '' when the term has no condition. */
  readonly conditionText: string;
}

export interface WorkerSheet {
  /** Unique in the set: the worker's id, or `group:<name>`. */
  readonly key: string;
  readonly who: WorkerSheetWho;
  readonly enterpriseName: string;
  readonly roundTitle: string;
  readonly wages: readonly WorkerSheetWage[];
  readonly previous: WorkerSheetPreviousWage | null;
  readonly items: readonly WorkerSheetItem[];
  /** Sum of the items with an amount. */
  readonly totalFen: Fen;
  /** What it means, in plain Chinese, one sentence each. */
  readonly lines: readonly string[];
}

export interface WorkerSheetSet {
  readonly sheets: readonly WorkerSheet[];
  /** Sheets are per group: the enterprise has no roster. */
  readonly perGroup: boolean;
  /** Roster workers left out because they have left (离职). */
  readonly leftOut: number;
  /** The round has no agreed wage table yet (its error code), so the sheets show no wage. */
  readonly wageMissing: string | null;
}
