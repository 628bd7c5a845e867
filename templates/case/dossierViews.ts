// The paperwork around a round's agreement, from its procedure record: the written request (要约书), the
// minutes of the latest meeting, the congress resolution with its count, and the filing cover sheet.
import type { RoundKind } from '../../shared/case/round';
import type { Meeting } from '../../shared/procedure/record';
import type { CongressResolutionView, FilingCoverView, MeetingMinutesView, MinutesPointView, PartiesView, RequestLetterView } from '../viewModel';
import { type CaseContext, type CaseData, deadlineDaysFor } from './caseData';
import type { Needs } from './needs';
import { agreementPartiesFor, partiesFor } from './parties';
import { yearLabelFor } from './wageView';

/** The round's agreement as documents name it. */
export const roundAgreementTitles: Readonly<Record<RoundKind, string>> = {
  wage: '工资专项集体合同',
  jobRetention: '保岗协议',
  occupationalHealth: '劳动安全卫生（职业病防治）专项集体合同',
  womenWorkers: '女职工权益保护专项集体合同',
  other: '集体合同',
};

/** 福建某某有限公司2021年度工资专项集体合同. */
export function roundAgreementTitle(data: CaseData): string {
  return `${data.enterprise.name}${yearLabelFor(data)}${roundAgreementTitles[data.round.kind]}`;
}

/** The body and the method as documents name them. */
export const bodyZh = { workers_congress: '职工代表大会', all_workers_meeting: '全体职工大会' } as const;
export const methodZh = { secret_ballot: '无记名投票', show_of_hands: '举手表决' } as const;

/** A vote's count as the cover sheet and the explanatory note print it. */
export function voteCountText(vote: { readonly total: number; readonly present: number; readonly for: number; readonly against: number; readonly abstaining: number }): string {
  return `应到${vote.total}人，实到${vote.present}人，赞成${vote.for}票，反对${vote.against}票，弃权${vote.abstaining}票`;
}

/** Items of the request, one per line or per ；. */
function topicsOf(content: string): string[] {
  return content
    .split(/\n|；|;/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export function requestLetterViewFor(data: CaseData, ctx: CaseContext, needs: Needs): RequestLetterView | null {
  const parties = partiesFor(data, needs);
  const request = needs.need(data.round.procedure.request, 'request', 'negotiations');
  const when = request ? needs.need(request.time, 'requestTime', 'negotiations') : null;
  const place = request ? needs.need(request.place, 'requestPlace', 'negotiations') : null;
  const content = request ? needs.need(request.content, 'requestContent', 'negotiations') : null;
  const replyDays = request
    ? needs.need(
        deadlineDaysFor(ctx.deadlineRules, { kind: data.round.kind, event: 'request-received', due: 'reply', regionCode: data.enterprise.regionCode, date: request.sentAt }),
        'deadlineRules',
        'settings',
      )
    : null;
  if (request?.from === 'workers' && parties) needs.need(parties.unionChair, 'unionChair', 'enterprise');
  if (!parties || !request || when === null || place === null || content === null || replyDays === null) return null;
  const side = request.from === 'workers' ? parties.workers : parties.employer;
  return {
    parties,
    fromSide: request.from,
    date: request.sentAt,
    meetingWhen: when,
    meetingPlace: place,
    topics: topicsOf(content),
    replyDays,
    contact: request.from === 'workers' ? `${side.chief.name}（${parties.unionName}）` : `${side.chief.name}（${parties.enterprise.name}）`,
  };
}

function chiefOf(parties: PartiesView, side: 'workers' | 'employer'): string {
  return side === 'workers' ? parties.workers.chief.name : parties.employer.chief.name;
}

function pointsOf(meeting: Meeting, parties: PartiesView): MinutesPointView[] {
  return (meeting.minutes?.items ?? []).flatMap((item) => [
    ...(item.workersAsk ? [{ side: 'workers' as const, speaker: chiefOf(parties, 'workers'), text: `${item.topic}：${item.workersAsk}` }] : []),
    ...(item.employerOffer ? [{ side: 'employer' as const, speaker: chiefOf(parties, 'employer'), text: `${item.topic}：${item.employerOffer}` }] : []),
  ]);
}

export function meetingMinutesViewFor(data: CaseData, needs: Needs): MeetingMinutesView | null {
  const parties = partiesFor(data, needs);
  const meetings = data.round.procedure.meetings;
  const meeting = needs.need(meetings.at(-1), 'meeting', 'negotiations');
  const place = meeting ? needs.need(meeting.place, 'meetingPlace', 'negotiations') : null;
  if (!parties || !meeting || place === null) return null;
  const items = meeting.minutes?.items ?? [];
  const topics = items.map((i) => i.topic);
  const side = meeting.chair === 'workers' ? parties.workers : parties.employer;
  return {
    parties,
    sequence: meetings.length,
    topic: topics.length > 0 ? topics.join('、') : data.round.title,
    date: meeting.date,
    time: '',
    place,
    chair: `${side.chief.name}（${side.label}首席代表）`,
    agenda: ['宣布会议议程和纪律；', '双方就协商议题阐明意见；', '双方就各项议题进行协商；', '双方首席代表归纳协商意见。'],
    points: pointsOf(meeting, parties),
    summary: meeting.minutes?.text ?? '',
    agreed: items.filter((i) => i.status === 'agreed').map((i) => `${i.topic}：${i.text || i.employerOffer || i.workersAsk}`),
    open: items.filter((i) => i.status === 'open').map((i) => i.topic),
  };
}

export function congressResolutionViewFor(data: CaseData, needs: Needs): CongressResolutionView | null {
  const parties = partiesFor(data, needs);
  const vote = needs.need(data.round.procedure.votes.at(-1), 'vote', 'negotiations');
  const place = needs.need(data.round.details.congressPlace || data.round.procedure.meetings.at(-1)?.place, 'congressPlace', 'details');
  if (!parties || !vote || place === null) return null;
  const body = bodyZh[vote.body];
  return {
    parties,
    body,
    session: `${vote.date.slice(0, 4)}年${body}`,
    date: vote.date,
    place,
    agreementTitle: roundAgreementTitle(data),
    method: methodZh[vote.method],
    vote: { total: vote.total, present: vote.present, votesFor: vote.for, votesAgainst: vote.against, abstentions: vote.abstaining },
  };
}

/** The material filed with the text (FIL-01; WCM 21: with an explanatory note). */
const filingAttachments = ['合同订立情况说明', '职工代表大会（职工大会）决议', '双方协商代表名单及授权委托书', '协商要约书及回应书', '协商会议记录'];

export function filingCoverViewFor(data: CaseData, ctx: CaseContext, needs: Needs): FilingCoverView | null {
  const parties = agreementPartiesFor(data, needs);
  const record = data.round.procedure;
  const term = needs.need(record.term, 'term', 'negotiations');
  const signing = needs.need(record.signing, 'signing', 'negotiations');
  const vote = needs.need(record.votes.at(-1), 'vote', 'negotiations');
  const filingDays = signing
    ? needs.need(deadlineDaysFor(ctx.deadlineRules, { kind: data.round.kind, event: 'signed', due: 'file', regionCode: data.enterprise.regionCode, date: signing.date }), 'deadlineRules', 'settings')
    : null;
  if (!parties || !term || !signing || !vote || filingDays === null) return null;
  return {
    parties,
    agreementTitle: roundAgreementTitle(data),
    agreementKind: roundAgreementTitles[data.round.kind],
    term,
    signingDate: signing.date,
    workersCovered: data.enterprise.headcount,
    congressDate: vote.date,
    voteSummary: voteCountText(vote),
    submitDate: record.filing?.submittedAt ?? null,
    filingDays,
    attachments: [`合同文本一式${data.round.details.filingCopies}份`, ...filingAttachments],
  };
}
