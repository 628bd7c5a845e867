// 工资集体协商要约书 (OFR-01: in writing, stating time, place and content; CCR 32, WCM 17), with a
// receipt slip the other side signs, since the reply deadline runs from the day it is received.
import type { Document } from '../model';
import { paragraphBlock } from '../model';
import { BLANK, dateText, itemLabel } from '../text';
import type { RequestLetterView } from '../viewModel';
import { sideNames } from './common';

export function requestLetter(v: RequestLetterView): Document {
  const p = v.parties;
  const fromWorkers = v.fromSide === 'workers';
  const sender = fromWorkers ? p.unionName : p.enterprise.name;
  const addressee = fromWorkers ? p.enterprise.name : p.unionName;
  const ownSide = fromWorkers ? p.workers : p.employer;
  const signer = fromWorkers ? { signerRole: '工会主席（签字）', signerName: p.unionChair } : { signerRole: '法定代表人（签字）', signerName: p.enterprise.legalRepresentative };
  return {
    title: '工资集体协商要约书',
    meta: { draft: true },
    blocks: [
      paragraphBlock(`${addressee}：`, { indent: false }),
      paragraphBlock(
        `根据《集体合同规定》第三十二条和《工资集体协商试行办法》第十七条的规定，${sender}代表${fromWorkers ? '全体职工' : '企业'}，向你方提出就本企业工资分配事项进行集体协商的要约，具体如下：`,
      ),
      { kind: 'heading', level: 3, text: '一、协商时间', covers: ['OFR-01.time'] },
      paragraphBlock(v.meetingWhen),
      { kind: 'heading', level: 3, text: '二、协商地点', covers: ['OFR-01.place'] },
      paragraphBlock(v.meetingPlace),
      { kind: 'heading', level: 3, text: '三、协商内容', covers: ['OFR-01.content'] },
      ...v.topics.map((topic, i) => paragraphBlock(`${itemLabel(i + 1)}${topic}`)),
      { kind: 'heading', level: 3, text: '四、我方协商代表' },
      paragraphBlock(`首席代表：${ownSide.chief.name}（${ownSide.chief.post}）；协商代表：${sideNames(ownSide)}，共${ownSide.members.length + 1}人。`),
      { kind: 'heading', level: 3, text: '五、答复要求' },
      paragraphBlock(`请你方自收到本要约书之日起${v.replyDays}日内以书面形式予以答复。无正当理由不得拒绝进行集体协商。`),
      paragraphBlock(`联系人：${v.contact}`),
      { kind: 'signatureBlock', parties: [{ sideLabel: '要约方', partyName: sender, seal: true, ...signer, dateLabel: '日期', ...(v.date ? { dateText: dateText(v.date) } : {}) }] },
      paragraphBlock('- - - - - - - - - - - - - - - - - - - - 回\u3000执 - - - - - - - - - - - - - - - - - - - -', { align: 'center', indent: false }),
      paragraphBlock(`${sender}：`, { indent: false }),
      paragraphBlock(`你方于${dateText(v.date)}发出的《工资集体协商要约书》已于${dateText(null)}收到，我方将在规定期限内书面答复。`),
      paragraphBlock([{ text: '签收单位（盖章）：' }, { text: BLANK + BLANK, blank: true }, { text: '\u3000签收人：' }, { text: BLANK, blank: true }], { indent: false }),
    ],
  };
}
