// 工资集体协商会议记录 (MTG-02, MTG-04; CCR 33–34): the law names no fields, so these follow practice
// (rules.md §2.1 dossier item 3): date, place, chair, attendees, note-taker, each side's points,
// agreed and open items, signatures of both chiefs and the note-taker.
import type { Block, Document, TableCell } from '../model';
import { paragraphBlock } from '../model';
import { dateText, itemLabel } from '../text';
import type { MeetingMinutesView } from '../viewModel';
import { sideNames } from './common';

export function meetingMinutes(v: MeetingMinutesView): Document {
  const p = v.parties;
  const label = (text: string): TableCell => ({ text, bold: true });
  const list = (items: readonly string[]): Block[] =>
    items.length > 0 ? items.map((t, i) => paragraphBlock(`${itemLabel(i + 1)}${t}`)) : [paragraphBlock('无。')];
  const sideLabel = { workers: '职工方', employer: '企业方' } as const;
  return {
    title: '工资集体协商会议记录',
    subtitle: `${p.enterprise.name}\u3000第${v.sequence}次协商会议`,
    meta: { draft: true },
    blocks: [
      {
        kind: 'table',
        widths: [2, 4, 2, 4],
        rows: [
          [label('会议议题'), { text: v.topic, span: 3 }],
          [label('时间'), { text: `${dateText(v.date)}${v.time}` }, label('地点'), { text: v.place }],
          [label('执行主席'), { text: v.chair }, label('记录员'), { text: p.recorder ?? '' }],
          [label('企业方出席'), { text: sideNames(p.employer), span: 3 }],
          [label('职工方出席'), { text: sideNames(p.workers), span: 3 }],
        ],
      },
      { kind: 'heading', level: 3, text: '一、会议议程' },
      ...list(v.agenda),
      { kind: 'heading', level: 3, text: '二、双方发言要点', covers: ['MTG-02'] },
      ...v.points.map((pt) => paragraphBlock([{ text: `${sideLabel[pt.side]}\u3000${pt.speaker}：`, bold: true }, { text: pt.text }])),
      ...(v.summary ? [paragraphBlock(v.summary)] : []),
      { kind: 'heading', level: 3, text: '三、达成一致的事项' },
      ...list(v.agreed),
      { kind: 'heading', level: 3, text: '四、尚未达成一致的事项' },
      ...list(v.open),
      paragraphBlock('以上记录经双方首席代表核对无误。', { indent: false }),
      {
        kind: 'signatureBlock',
        parties: [
          { sideLabel: '企业方', partyName: p.enterprise.name, seal: false, signerRole: '首席代表（签字）', signerName: p.employer.chief.name, dateLabel: '日期' },
          { sideLabel: '职工方', partyName: p.unionName, seal: false, signerRole: '首席代表（签字）', signerName: p.workers.chief.name, dateLabel: '日期' },
        ],
        witness: { sideLabel: '记录员', partyName: '', seal: false, signerRole: '签字', ...(p.recorder ? { signerName: p.recorder } : {}), dateLabel: '日期' },
      },
    ],
  };
}
