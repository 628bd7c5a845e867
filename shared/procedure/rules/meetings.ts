// rules.md §1.3: negotiation meetings. They guard the vote: the congress is asked to adopt a draft that
// came out of talks on record.
import type { ProcedureRecord } from '../record';
import { personName, sideEn, sideZh } from './helpers';
import { type FindingDraft, type ProcedureRule, procedureRule as rule } from './types';

/** Meetings in date order with their index in the record (for paths). */
function meetingsByDate(record: ProcedureRecord) {
  return record.meetings.map((meeting, index) => ({ meeting, index })).sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : a.index - b.index));
}

export const mtg01 = rule(
  {
    id: 'MTG-01', source: '《集体合同规定》第三十四条；《工资集体协商试行办法》第十一条', action: 'warn', guards: 'vote',
    titleZh: '双方首席代表轮流主持会议', titleEn: 'The chiefs chair in turn',
    questionZh: '协商会议由双方首席代表轮流主持？', questionEn: 'Did the two chiefs chair the meetings in turn?',
    decidable: (record) => record.meetings.length > 0,
  },
  (record) => {
    const ordered = meetingsByDate(record);
    const drafts: FindingDraft[] = [];
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1]!.meeting;
      const { meeting, index } = ordered[i]!;
      if (meeting.chair !== previous.chair) continue;
      drafts.push({
        action: 'warn', path: `meetings.${index}.chair`, figures: { previous: previous.date, date: meeting.date, chair: meeting.chair },
        zh: `${previous.date} 与 ${meeting.date} 的会议都由${sideZh[meeting.chair]}首席代表主持：双方首席代表应轮流主持`,
        en: `The meetings of ${previous.date} and ${meeting.date} were both chaired by the ${sideEn[meeting.chair]}'s chief: the chiefs chair in turn`,
      });
    }
    return drafts;
  },
);

export const mtg03 = rule(
  {
    id: 'MTG-03', source: '《集体合同规定》第三十五条', action: 'block', guards: 'vote',
    titleZh: '中止协商须记录期限和下次协商安排', titleEn: 'A suspension records the pause and the next meeting',
    questionZh: '每次中止协商都记录了中止期限，以及下次协商的时间、地点和议题？',
    questionEn: "Does every suspension record the pause and the next meeting's time, place and topics?",
    decidable: () => true,
  },
  (record) =>
    record.suspensions.flatMap((s, i): FindingDraft[] => {
      const path = `suspensions.${i}`;
      const next = s.nextMeeting;
      const drafts: FindingDraft[] = [];
      if (next.date === null) {
        drafts.push({ action: 'block', path: `${path}.nextMeeting.date`, figures: { date: s.date },
          zh: `${s.date} 中止协商，没有记录下次协商的时间`,
          en: `Talks were suspended on ${s.date} with no date for the next meeting` });
      } else if (next.date < s.date) {
        drafts.push({ action: 'block', path: `${path}.nextMeeting.date`, figures: { date: s.date, next: next.date },
          zh: `${s.date} 中止协商，记录的下次协商时间 ${next.date} 早于中止日期`,
          en: `Talks were suspended on ${s.date}, but the next meeting is dated earlier, ${next.date}` });
      }
      const missing = [
        ...(next.place === '' ? [['地点', 'place']] : []),
        ...(next.topics.length === 0 ? [['议题', 'topics']] : []),
        ...(s.lengthDays === null ? [['中止期限', 'length of the pause']] : []),
      ];
      if (missing.length > 0) {
        drafts.push({ action: 'warn', path, figures: { date: s.date },
          zh: `${s.date} 中止协商，未记录${missing.map(([zh]) => zh).join('、')}`,
          en: `The suspension of ${s.date} does not record the ${missing.map(([, en]) => en).join(', ')}` });
      }
      return drafts;
    }),
);

export const mtg04 = rule(
  {
    id: 'MTG-04', source: '《集体合同规定》第三十三条第（五）项', action: 'block', guards: 'vote',
    titleZh: '每次会议都有协商记录', titleEn: 'Minutes of every meeting',
    questionZh: '每次协商会议都有记录员所作的协商记录，载明议题和双方意见？',
    questionEn: "Does every meeting have minutes by the recorder, with the topics and each side's position?",
    decidable: (record) => record.meetings.length > 0,
  },
  (record, context) => {
    if (record.meetings.length === 0) {
      if (record.draft === null && record.votes.length === 0) return [];
      return [{ action: 'block', path: 'meetings', zh: '没有协商会议记录：草案应经协商会议形成', en: 'No negotiation meeting is recorded: a draft comes out of meetings' }];
    }
    const recorderId = record.recorder?.personId ?? null;
    return record.meetings.flatMap((m, i): FindingDraft[] => {
      const path = `meetings.${i}.minutes`;
      if (m.minutes === null) {
        return [{ action: 'block', path, figures: { date: m.date },
          zh: `${m.date} 的协商会议没有协商记录`, en: `The meeting of ${m.date} has no minutes` }];
      }
      const drafts: FindingDraft[] = [];
      if (m.minutes.recorderId === null) {
        drafts.push({ action: 'warn', path: `${path}.recorderId`, figures: { date: m.date },
          zh: `${m.date} 的协商记录没有载明记录人`, en: `The minutes of ${m.date} do not say who recorded them` });
      } else if (recorderId !== null && m.minutes.recorderId !== recorderId) {
        const name = personName(record, context, m.minutes.recorderId);
        drafts.push({ action: 'warn', path: `${path}.recorderId`, figures: { date: m.date, recorderId: m.minutes.recorderId },
          zh: `${m.date} 的协商记录由${name}记录，不是双方确定的记录员`,
          en: `The minutes of ${m.date} were taken by ${name}, not the recorder both sides chose` });
      }
      if (m.minutes.items.length === 0 && m.minutes.text === '') {
        drafts.push({ action: 'warn', path: `${path}.items`, figures: { date: m.date },
          zh: `${m.date} 的协商记录没有载明议题和双方意见`, en: `The minutes of ${m.date} record no topics or positions` });
      }
      return drafts;
    });
  },
);

export const meetingRules: readonly ProcedureRule[] = [mtg01, mtg03, mtg04];
