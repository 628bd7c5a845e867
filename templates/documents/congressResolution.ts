// 职工代表大会决议 (RAT-01..05): how many were entitled and present, the vote, the method, and the
// outcome. With every count known the text states whether the quorum (≥ 2/3 of all) and the majority
// (more than half of all, not of those present) were reached; with any unknown it leaves blanks.
import type { Document, TableCell } from '../model';
import { paragraphBlock } from '../model';
import { countText, dateText } from '../text';
import type { CongressResolutionView, CongressVoteView } from '../viewModel';

export type CongressOutcome = 'passed' | 'failed' | 'noQuorum' | 'unknown';

/** RAT-02 quorum: present ≥ 2/3 of all; RAT-03: for > half of all (exactly half does not pass). */
export function congressOutcome(vote: CongressVoteView): CongressOutcome {
  const { total, present, votesFor } = vote;
  if (total === null || present === null || votesFor === null || total <= 0) return 'unknown';
  if (present * 3 < total * 2) return 'noQuorum';
  return votesFor * 2 > total ? 'passed' : 'failed';
}

export function congressResolution(v: CongressResolutionView): Document {
  const e = v.parties.enterprise;
  const vote = v.vote;
  const outcome = congressOutcome(vote);
  const agreement = `《${v.agreementTitle}》`;
  // An all-worker meeting counts workers, a congress its delegates (RAT-02, RAT-03).
  const who = v.body === '全体职工大会' ? '职工' : '代表';
  const decision =
    outcome === 'passed'
      ? `出席人数达到全体${who}的三分之二以上，赞成票超过全体${who}的半数。会议决定：通过${agreement}，由双方首席代表签字后报送劳动保障行政部门审查。`
      : outcome === 'failed'
        ? `赞成票未超过全体${who}的半数，${agreement}（草案）未获通过，由双方重新协商后再次提交审议。`
        : outcome === 'noQuorum'
          ? `出席人数不足全体${who}的三分之二，本次会议不得进行表决。`
          : null;
  const cell = (text: string, bold = false): TableCell => ({ text, bold, align: 'center' });
  return {
    title: `${e.name}${v.body}决议`,
    subtitle: `关于通过${agreement}的决议`,
    meta: { draft: true },
    blocks: [
      paragraphBlock(
        `${dateText(v.date)}，${e.name}${v.session}在${v.place}召开。会议审议了企业方与职工方经工资集体协商形成的${agreement}（草案），并采取${v.method}方式进行表决。`,
      ),
      { kind: 'heading', level: 3, text: '表决情况', covers: ['RAT-02', 'RAT-03', 'RAT-04'] },
      {
        kind: 'table',
        header: true,
        rows: [
          [`应到${who}`, `实到${who}`, '赞成', '反对', '弃权', '表决方式'].map((t) => cell(t, true)),
          [cell(`${countText(vote.total)} 人`), cell(`${countText(vote.present)} 人`), cell(`${countText(vote.votesFor)} 票`), cell(`${countText(vote.votesAgainst)} 票`), cell(`${countText(vote.abstentions)} 票`), cell(v.method)],
        ],
      },
      paragraphBlock(
        decision ?? [{ text: `会议决定：${agreement}（草案）经表决` }, { text: '\u3000'.repeat(4), blank: true }, { text: '（通过／未通过）。' }],
      ),
      {
        kind: 'signatureBlock',
        parties: [{ sideLabel: '工会', partyName: v.parties.unionName, seal: true, signerRole: '会议主持人（签字）', dateLabel: '日期', ...(v.date ? { dateText: dateText(v.date) } : {}) }],
      },
    ],
  };
}
