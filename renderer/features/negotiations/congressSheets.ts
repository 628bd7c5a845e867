// The sitting as the printed ballot and tally sheet see it (templates/documents/congressSheets.ts). The
// paper is Chinese whatever the screen's language, as every document the app prints.
import i18next from 'i18next';
import type { CongressJudgment, CongressSession } from '../../../shared/procedure/congress';
import { bodyZh, methodZh } from '../../../templates/case/dossierViews';
import type { CongressSheetView } from '../../../templates/documents/congressSheets';


const counted = new Set<CongressJudgment['outcome']>(['noQuorum', 'adopted', 'exactlyHalf', 'notAdopted']);

export function congressSheetView(session: CongressSession, judged: CongressJudgment, enterpriseName: string, agreementTitle: string): CongressSheetView {
  const rollCalled = judged.present > 0;
  const resultText = counted.has(judged.outcome) && (session.count !== null || judged.outcome === 'noQuorum')
    ? i18next.t(`negotiations.congress.result.${judged.outcome}`, {
        lng: 'zh-CN',
        present: judged.present,
        total: judged.total,
        needed: judged.outcome === 'noQuorum' ? judged.quorumNeeded : judged.majorityNeeded,
        for: session.count?.for ?? 0,
      })
    : null;
  return {
    enterpriseName,
    body: bodyZh[session.body],
    agreementTitle,
    date: session.date,
    method: methodZh[session.method],
    secret: session.method === 'secret_ballot',
    roll: session.roll,
    rollCalled,
    present: rollCalled ? judged.present : null,
    count: session.count,
    resultText,
  };
}
