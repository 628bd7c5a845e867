// The procedure record of a round in brief, as a bundle carries it to the federation (record-summary.json):
// the dated steps, each tagged with the round's agreement so the registry can tell whether that agreement
// was filed (FIL-01) and when the next round was asked for (TRM-03). Minutes and names stay at home.
import type { RecordSummary } from '../bundle/contents';
import type { ProcedureRecord } from '../procedure/record';

type RecordEvent = RecordSummary['events'][number];

const sideZh = { workers: '职工方', employer: '企业方' } as const;
const bodyZh = { workers_congress: '职工代表大会', all_workers_meeting: '全体职工大会' } as const;

/** `agreementId`: the round's own agreement (the template the round is about). */
export function recordSummaryOf(record: ProcedureRecord, agreementId: string): RecordSummary {
  const events: RecordEvent[] = [];
  const add = (date: string | null, kind: RecordEvent['kind'], summary: string, extra: Partial<RecordEvent> = {}) => {
    if (date !== null) events.push({ date, kind, summary, agreementId, ...extra });
  };
  const r = record;
  if (r.request) add(r.request.sentAt, 'request', `${sideZh[r.request.from]}书面提出协商要约。`);
  if (r.reply) add(r.reply.repliedAt, 'reply', r.reply.accepted ? '对方书面答复同意协商。' : '对方答复拒绝协商。');
  r.meetings.forEach((m, i) => add(m.date, 'meeting', `第${i + 1}次协商会议${m.place ? `（${m.place}）` : ''}。`));
  r.votes.forEach((v) =>
    add(v.date, 'congress', `${bodyZh[v.body]}审议协议草案：应到${v.total}人，实到${v.present}人，赞成${v.for}票。`, {
      vote: { delegates: v.total, present: v.present, inFavour: v.for },
    }),
  );
  if (r.signing) add(r.signing.date, 'signing', '双方首席代表签字。');
  if (r.filing) {
    add(r.filing.submittedAt, 'filing', `报送劳动保障行政部门审查${r.filing.copies > 0 ? `（${r.filing.copies}份）` : ''}。`);
    if (r.filing.receivedAt) add(r.filing.receivedAt, 'review', r.filing.objection ? '劳动保障行政部门提出审查意见。' : '劳动保障行政部门收到文本。');
  }
  if (r.publication) add(r.publication.date, 'publication', `向全体职工公布${r.publication.method ? `（${r.publication.method}）` : ''}。`);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events, notes: r.title };
}
