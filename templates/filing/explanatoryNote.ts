// 关于《…工资专项集体合同》的情况说明: the note a wage agreement is filed with (WCM 21), in four short
// parts: the negotiation (the procedure record's dates), the ratification, what was agreed, and its reach
// and term. A sentence whose facts the round lacks is left out, never printed with a blank.
import { fen } from '../../shared/money/fen';
import { bp } from '../../shared/money/rate';
import type { Document } from '../model';
import { paragraphBlock } from '../model';
import { amountText, dateText, percentText, yuanText } from '../text';
import type { ExplanatoryNoteView, WageRaiseView } from './views';

function wageSentence(w: WageRaiseView): string {
  if (!w.previous || w.raise === null || w.raiseRate === null) return `本合同约定职工月基本工资标准为${amountText(w.agreed)}。`;
  const change = w.raise >= 0 ? `增加${yuanText(w.raise)}，增幅${percentText(w.raiseRate)}` : `减少${yuanText(fen(-w.raise))}，降幅${percentText(bp(-w.raiseRate))}`;
  return `本合同约定职工月基本工资标准为${amountText(w.agreed)}，比${w.previous.label}约定的${yuanText(w.previous.monthly)}${change}。`;
}

export function explanatoryNote(v: ExplanatoryNoteView): Document {
  const e = v.parties.enterprise;
  const meetings =
    v.meetingDates.length === 0
      ? ''
      : `双方于${v.meetingDates.map((d) => dateText(d)).join('、')}共进行${v.meetingDates.length}次协商，`;
  const reply = v.replyDate ? `对方于${dateText(v.replyDate)}书面回应同意协商；` : '';
  return {
    title: '情况说明',
    subtitle: `关于《${v.agreementTitle}》的订立情况`,
    meta: { draft: true },
    blocks: [
      paragraphBlock(`${v.parties.labourAuthority}：`, { indent: false }),
      { kind: 'heading', level: 3, text: '一、协商过程' },
      paragraphBlock(
        `${e.name}${v.roundTitle}由${v.requestFrom}于${dateText(v.requestDate)}以书面形式提出协商要约，${reply}${meetings}由企业方首席代表${v.parties.employer.chief.name}和职工方首席代表${v.parties.workers.chief.name}率双方协商代表协商一致，形成合同草案。`,
      ),
      { kind: 'heading', level: 3, text: '二、审议通过' },
      paragraphBlock(`合同草案于${dateText(v.voteDate)}提交${v.voteBody}审议，${v.voteSummary}，获得通过；双方首席代表于${dateText(v.signingDate)}签字。`),
      { kind: 'heading', level: 3, text: '三、主要内容' },
      ...(v.wage ? [paragraphBlock(wageSentence(v.wage))] : []),
      ...(v.otherTerms.length > 0 ? [paragraphBlock(`此外约定：${v.otherTerms.join('；')}。`)] : []),
      { kind: 'heading', level: 3, text: '四、适用范围和期限' },
      paragraphBlock(`本合同适用于${e.name}全体职工，共${v.workersCovered}人；期限自${dateText(v.term.from)}起至${dateText(v.term.to)}止。`),
      paragraphBlock('特此说明。'),
      {
        kind: 'signatureBlock',
        parties: [{ sideLabel: '报送单位', partyName: e.name, seal: true, signerRole: '经办人（签字）', dateLabel: '日期' }],
      },
    ],
  };
}
