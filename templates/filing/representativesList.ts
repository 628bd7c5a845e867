// 双方协商代表名单: filed with the agreement (rules.md §2.1 dossier item 2). One table per side, the chief
// first; the recorder under it, apart, since the recorder is not a negotiator (REP-09). Signed off by the
// enterprise and the union with their seals.
import type { Block, Document, TableCell } from '../model';
import { paragraphBlock } from '../model';
import type { RepresentativeRowView, RepresentativesListView } from './views';

const head = ['序号', '姓名', '代表身份', '职务或岗位', '产生方式', '联系电话'];

function sideTable(rows: readonly RepresentativeRowView[]): Block {
  const cell = (text: string, bold = false): TableCell => ({ text: text || '\u3000', bold, align: 'center' });
  return {
    kind: 'table',
    header: true,
    widths: [1.2, 2.2, 2.6, 3, 3.4, 2.8],
    rows: [
      head.map((h) => cell(h, true)),
      ...rows.map((r, i) => [
        cell(String(i + 1)),
        cell(r.name),
        cell(r.role),
        cell(r.post),
        cell(r.authorization ? `${r.chosenBy}（有委托书）` : r.chosenBy),
        cell(r.phoneMasked),
      ]),
    ],
  };
}

export function representativesList(v: RepresentativesListView): Document {
  const p = v.parties;
  return {
    title: '工资集体协商双方协商代表名单',
    subtitle: `《${v.agreementTitle}》`,
    meta: { draft: true },
    blocks: [
      { kind: 'heading', level: 3, text: `一、企业方协商代表（${v.employer.length}人）` },
      sideTable(v.employer),
      { kind: 'heading', level: 3, text: `二、职工方协商代表（${v.workers.length}人）` },
      sideTable(v.workers),
      paragraphBlock(`记录员：${v.recorder ?? '\u3000'.repeat(4)}（不担任协商代表）`, { indent: false }),
      paragraphBlock('注：联系电话按个人信息保护要求隐去中间数字；授权委托书附后。', { indent: false }),
      {
        kind: 'signatureBlock',
        parties: [
          { sideLabel: '企业方', partyName: p.enterprise.name, seal: true, signerRole: '首席代表（签字）', signerName: p.employer.chief.name, dateLabel: '日期' },
          { sideLabel: '职工方', partyName: p.unionName, seal: true, signerRole: '首席代表（签字）', signerName: p.workers.chief.name, dateLabel: '日期' },
        ],
      },
    ],
  };
}
