// 职工明白卡: one sheet per roster worker (those who have left get none), or per group where the
// enterprise has no roster. Each sheet is built from the round alone plus the one worker it is for, so
// it cannot carry anyone else's data; the ID number and phone are masked as on every printed roster.
import { roundAgreedStandards } from '../../shared/case/agreedWages';
import type { EarlierRound } from '../../shared/case/caseFile';
import type { AgreedStandard } from '../../shared/case/round';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import type { IsoDate } from '../../shared/dates/isoDate';
import { fen, fenSum } from '../../shared/money/fen';
import { maskIdNumber, maskPhone } from '../../shared/roster/mask';
import type { Worker } from '../../shared/roster/worker';
import type { CaseData } from '../case/caseData';
import { dateText, yuanText } from '../text';
import { termItemsForGroup, termItemsIndex } from './sheetItems';
import type { WorkerSheet, WorkerSheetItem, WorkerSheetPreviousWage, WorkerSheetSet, WorkerSheetWage, WorkerSheetWho } from './sheetModel';
import { previousRoundOf, previousWageFor, wagesFor } from './sheetWages';

/** The group sheet for everyone a named group does not cover; 全体职工 when no group is named at all. */
const OTHERS = '其他职工';
const EVERYONE = '全体职工';

const spanText = (from: IsoDate, to: IsoDate | null) => (to === null ? `${dateText(from)}起` : `${dateText(from)}至${dateText(to)}`);

function changeWords(change: WorkerSheetWage['changeFen']): string {
  if (change === null) return '';
  if (change === 0) return '，与上一份协议相同';
  return change > 0 ? `，比上一份协议每月多${yuanText(change)}` : `，比上一份协议每月少${yuanText(fen(-change))}`;
}

/** The sheet's sentences, in the words a worker would use. */
function plainLines(sheet: Omit<WorkerSheet, 'lines'>, wageMissing: string | null, unionChair: string): string[] {
  const you = sheet.who.kind === 'worker' ? '您' : `${sheet.who.group}`;
  const lines: string[] = [];
  if (sheet.wages.length === 0) lines.push(wageMissing ? '本轮协议的月基本工资还没有确定，确定后再打印本页。' : `本轮协议没有写${you}的月基本工资。`);
  for (const w of sheet.wages) lines.push(`${spanText(w.from, w.to)}，${you}的月基本工资是${yuanText(w.monthlyFen)}${changeWords(w.changeFen)}。`);
  if (sheet.previous) lines.push(`上一份协议（${sheet.previous.roundTitle}）定的月基本工资是${yuanText(sheet.previous.monthlyFen)}（${sheet.previous.period}）。`);
  else lines.push('本企业没有上一份工资协议可以比较。');
  const counted = sheet.items.filter((i) => i.amountFen !== null).length;
  if (sheet.items.length === 0) lines.push(`本轮协议没有另外发给${you}的钱或假期。`);
  else lines.push(`本轮协议另外给${you}${sheet.items.length}项待遇${counted > 0 ? `，能算出金额的${counted}项合计${yuanText(sheet.totalFen)}` : ''}，每项的金额和发放日期见下表。`);
  if (sheet.items.some((i) => i.conditionText.startsWith('须'))) lines.push('写着“须……才能领取”的，要满足条件后才发。');
  lines.push(`有疑问请找本企业工会${unionChair ? `（工会主席${unionChair}）` : ''}。`);
  if (sheet.who.kind === 'worker') lines.push('本页只印有您本人的信息，身份证号和手机号已部分隐去。');
  return lines;
}

interface Common {
  readonly data: CaseData;
  readonly standards: readonly AgreedStandard[];
  readonly groups: ReadonlySet<string>;
  readonly previousRound: ReturnType<typeof previousRoundOf>;
  readonly wageMissing: string | null;
}

function sheetOf(c: Common, key: string, who: WorkerSheetWho, group: string, items: readonly WorkerSheetItem[]): WorkerSheet {
  const previous: WorkerSheetPreviousWage | null = previousWageFor(c.previousRound, group, c.groups);
  const base = {
    key,
    who,
    enterpriseName: c.data.enterprise.name,
    roundTitle: c.data.round.title,
    wages: wagesFor(c.standards, group, c.groups, previous),
    previous,
    items,
    totalFen: fenSum(items.flatMap((i) => (i.amountFen === null ? [] : [i.amountFen]))),
  };
  return { ...base, lines: plainLines(base, c.wageMissing, c.data.enterprise.unionChair ?? '') };
}

function workerWho(w: Worker): WorkerSheetWho {
  return {
    kind: 'worker',
    name: w.name,
    // A roster without 工号 uses the ID number as the id: never print it whole.
    number: w.id === w.idNumber ? null : w.id,
    idNumberMasked: maskIdNumber(w.idNumber),
    phoneMasked: w.phone ? maskPhone(w.phone) : null,
    group: w.group,
  };
}

/** Groups named by the agreed table or the terms, for sheets without a roster. */
function namedGroups(c: Pick<Common, 'standards' | 'data'>): string[] {
  const names = [...c.standards.map((s) => s.appliesTo), ...c.data.round.terms.flatMap((t) => t.eligibility.groups)];
  return [...new Set(names.filter((n) => n !== '' && !n.startsWith('全体')))];
}

/**
 * Every sheet of the round, as of `asOf` (conditions such as "back by" are judged on that day).
 * `previous`: the round this one continues, as read from storage (see previousRoundOf).
 */
export function workerSheets(data: CaseData, calendar: HolidayCalendar, asOf: IsoDate, previous: EarlierRound | null = null): WorkerSheetSet {
  const found = roundAgreedStandards(data.round, data.round.procedure.term);
  const standards = found.ok ? found.value : [];
  const wageMissing = found.ok ? null : found.error.code;
  const previousRound = previousRoundOf(data.round, data.earlier, previous);
  const present = data.roster.filter((w) => w.status !== 'left');
  if (data.roster.length > 0) {
    const c: Common = { data, standards, groups: new Set(data.roster.map((w) => w.group).filter((g) => g !== '')), previousRound, wageMissing };
    const index = termItemsIndex(data.round.terms, present, asOf, calendar);
    const sheets = present.map((w) => sheetOf(c, w.id, workerWho(w), w.group, index.forWorker(w)));
    return { sheets, perGroup: false, leftOut: data.roster.length - present.length, wageMissing };
  }
  const named = namedGroups({ standards, data });
  const c: Common = { data, standards, groups: new Set(named), previousRound, wageMissing };
  const general = named.length === 0 ? EVERYONE : OTHERS;
  const needsGeneral = named.length === 0 || standards.some((s) => !c.groups.has(s.appliesTo)) || data.round.terms.some((t) => t.eligibility.groups.length === 0);
  const groups = needsGeneral ? [...named, general] : named;
  const sheets = groups.map((g) => sheetOf(c, `group:${g}`, { kind: 'group', group: g }, g, termItemsForGroup(data.round.terms, g, calendar)));
  return { sheets, perGroup: true, leftOut: 0, wageMissing };
}
