// The paper of the congress sitting (RAT-02..04): the ballot (表决票) handed to each delegate present, and
// the tally sheet (计票单) the scrutineers fill and sign, with the roll for signing in. Both print from the
// sitting as it stands: a count already entered is printed, one not yet entered is a blank to fill by hand.
// Ballots carry no number or name: a secret ballot must not say whose it is (EDM 20).
import type { Block, Document, TableCell } from '../model';
import { paragraphBlock } from '../model';
import { BLANK_SHORT, countText, dateText } from '../text';
import type { IsoDate } from '../../shared/dates/isoDate';
import { congressMajorityNeeded, congressQuorumNeeded } from '../../shared/procedure/congress';

export interface CongressSheetView {
  readonly enterpriseName: string;
  /** 职工代表大会 or 全体职工大会. */
  readonly body: string;
  /** The agreement put to the vote, without the 《》. */
  readonly agreementTitle: string;
  readonly date: IsoDate | null;
  /** 无记名投票 or 举手表决. */
  readonly method: string;
  readonly secret: boolean;
  readonly roll: readonly { readonly name: string; readonly group: string; readonly present: boolean }[];
  /** Marks taken at the roll call: the tally prints them; without, the column is left to tick by hand. */
  readonly rollCalled: boolean;
  readonly present: number | null;
  readonly count: { readonly for: number; readonly against: number; readonly abstaining: number; readonly invalid: number } | null;
  /** The judged result in words, once counted. */
  readonly resultText: string | null;
}

const BALLOTS_PER_PAGE = 3;

const cell = (text: string, bold = false): TableCell => ({ text, bold, align: 'center' });
/** Who is counted: delegates at a congress, every worker at an all-worker meeting. */
const whoZh = (v: CongressSheetView) => (v.body === '全体职工大会' ? '职工' : '代表');

function ballot(v: CongressSheetView): Block[] {
  return [
    paragraphBlock([{ text: `${v.enterpriseName}${v.body}表决票`, bold: true }], { align: 'center' }),
    paragraphBlock(`关于《${v.agreementTitle}》（草案）的表决`, { align: 'center' }),
    paragraphBlock(`${dateText(v.date)}`, { align: 'center' }),
    {
      kind: 'table',
      header: true,
      rows: [['同意', '反对', '弃权'].map((t) => cell(t, true)), [cell('\u3000'), cell('\u3000'), cell('\u3000')]],
    },
    paragraphBlock('请在选定一栏内划“○”，只能选一项。多选、不选或无法辨认的为废票。本票不写姓名。'),
    paragraphBlock('－ － － － － － － － － － － 沿此线裁开 － － － － － － － － － － －', { align: 'center' }),
  ];
}

/** One ballot for each on the roll, three to an A4 page, to cut apart. */
export function congressBallots(v: CongressSheetView): Document {
  const blocks: Block[] = [];
  const copies = Math.max(1, v.roll.length);
  for (let i = 0; i < copies; i++) {
    if (i > 0 && i % BALLOTS_PER_PAGE === 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...ballot(v));
  }
  return { title: `${v.body}表决票`, subtitle: `共 ${copies} 张（每页 ${BALLOTS_PER_PAGE} 张，沿虚线裁开）`, meta: { draft: false }, blocks };
}

export function congressTally(v: CongressSheetView): Document {
  const who = whoZh(v);
  const c = v.count;
  const n = (x: number | undefined) => countText(x ?? null);
  const countRows: TableCell[][] = v.secret
    ? [
        ['发出选票', '收回选票', '同意', '反对', '弃权', '废票'].map((t) => cell(t, true)),
        [cell(`${countText(v.present)} 张`), cell(`${c ? c.for + c.against + c.abstaining + c.invalid : BLANK_SHORT} 张`), cell(`${n(c?.for)} 票`), cell(`${n(c?.against)} 票`), cell(`${n(c?.abstaining)} 票`), cell(`${n(c?.invalid)} 票`)],
      ]
    : [['同意', '反对', '弃权'].map((t) => cell(t, true)), [cell(`${n(c?.for)} 人`), cell(`${n(c?.against)} 人`), cell(`${n(c?.abstaining)} 人`)]];
  const mark = (present: boolean) => (v.rollCalled ? (present ? '出席' : '缺席') : '');
  const roll: TableCell[][] = [
    ['序号', '姓名', '代表团／车间', '出席', '签到'].map((t) => cell(t, true)),
    ...v.roll.map((m, i) => [cell(String(i + 1)), cell(m.name), cell(m.group), cell(mark(m.present)), cell('')]),
  ];
  return {
    title: `${v.enterpriseName}${v.body}计票单`,
    subtitle: `关于《${v.agreementTitle}》（草案）的表决`,
    meta: { draft: false },
    blocks: [
      paragraphBlock(`会议日期：${dateText(v.date)}\u3000\u3000表决方式：${v.method}`),
      paragraphBlock(
        `应到${who} ${v.roll.length} 人，实到${who} ${countText(v.present)} 人；法定出席人数 ${congressQuorumNeeded(v.roll.length)} 人（全体${who}的三分之二以上），通过须同意 ${congressMajorityNeeded(v.roll.length)} 票以上（超过全体${who}的半数）。`,
      ),
      { kind: 'heading', level: 3, text: '计票结果', covers: ['RAT-02', 'RAT-03', 'RAT-07'] },
      { kind: 'table', header: true, rows: countRows },
      paragraphBlock(v.resultText ? `表决结果：${v.resultText}` : `表决结果：${'\u3000'.repeat(12)}`),
      {
        kind: 'table',
        rows: [[cell('监票人（签字）', true), cell(''), cell('计票人（签字）', true), cell(''), cell('会议主持人（签字）', true), cell('')]],
        widths: [3, 3, 3, 3, 4, 3],
      },
      { kind: 'heading', level: 3, text: `${who}名册（签到）` },
      { kind: 'table', header: true, rows: roll, widths: [1, 3, 3, 2, 3] },
    ],
  };
}
