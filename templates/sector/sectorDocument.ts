// 行业性工资专项集体合同 / 区域性工资专项集体合同: the sector or regional wage agreement as a document,
// with the standards as articles, the members as an annex (name, credit code, county, headcount) and a
// signature block for every signing party: the union side, the employers' association, and each member's
// representative where the members sign themselves (SEC-02). Unsigned it prints as a draft; signed, it
// carries the fingerprint of the agreement (shared/sector/sectorFingerprint.ts) on every page with its QR
// code, and prints the text frozen at signing (sectorFreeze.ts), not one generated again.
import { regionByCode } from '../../shared/regions/region';
import { sectorEffectiveMinimum, type SectorAgreement } from '../../shared/sector';
import { type Block, type Document, type SignatureParty, paragraphBlock, paragraphOf } from '../model';
import { amountText, dateText, ordinalZh, percentText, yuanText } from '../text';

const county = (code: string) => regionByCode(code)?.name ?? code;

/** 行业性工资专项集体合同 or 区域性工资专项集体合同. */
export function sectorDocumentTitle(agreement: SectorAgreement): string {
  return agreement.kind === 'sector' ? '行业性工资专项集体合同' : '区域性工资专项集体合同';
}

function articles(a: SectorAgreement): { heading: string; lines: string[] }[] {
  const s = a.standards;
  const who = a.kind === 'sector' ? `${a.scope}行业` : a.scope;
  const list: { heading: string; lines: string[] }[] = [
    {
      heading: '适用范围',
      lines: [`本合同适用于${who}的全体成员企业及其职工，成员企业名单见附件。成员企业与职工约定的劳动报酬标准不得低于本合同的标准。`],
    },
    { heading: '合同期限', lines: [`本合同期限自${dateText(a.term.from)}起至${dateText(a.term.to)}止。`] },
  ];
  if (s.minimums.length > 0) {
    list.push({
      heading: '行业最低工资',
      lines: s.minimums.map((m) => {
        const min = sectorEffectiveMinimum(a, m.regionCode, a.term.from);
        const legal = min.from === 'legal' && min.legal !== null ? `；低于当地最低工资标准${amountText(min.legal)}的，按当地最低工资标准执行` : '';
        return `${county(m.regionCode)}的成员企业，职工月最低工资不低于${amountText(m.monthlyFen)}${legal}。`;
      }),
    });
  }
  if (s.raiseRange) {
    list.push({ heading: '工资调整幅度', lines: [`合同期内成员企业职工工资年度增长幅度为${percentText(s.raiseRange.minBp)}至${percentText(s.raiseRange.maxBp)}，由各成员企业在此范围内协商确定。`] });
  }
  if (s.quotas.length > 0) {
    list.push({
      heading: '劳动定额与计件单价',
      lines: s.quotas.map((q) => `${q.job}：劳动定额${q.quota || '由企业与职工方协商确定'}${q.pieceRateFen === null ? '' : `，计件单价每${q.unit || '件'}${yuanText(q.pieceRateFen)}元`}。`),
    });
  }
  if (s.overtimeRules.length > 0) list.push({ heading: '加班加点', lines: [...s.overtimeRules] });
  if (s.restRules.length > 0) list.push({ heading: '休息休假', lines: [...s.restRules] });
  if (s.healthCommitments.length > 0) {
    list.push({ heading: '职业健康', lines: s.healthCommitments.map((c) => `${c.text}（${dateText(c.deadline)}前完成）。`) });
  }
  list.push({
    heading: '通过与备案',
    lines: [
      `本合同草案经${a.kind === 'sector' ? '行业' : '区域'}职工代表大会或成员企业职工代表大会讨论通过${a.adoptedAt ? `（${dateText(a.adoptedAt)}）` : ''}，由双方首席代表签字后报送劳动保障行政部门审查。`,
    ],
  });
  return list;
}

function party(sideLabel: string, partyName: string, signerName: string): SignatureParty {
  return { sideLabel, partyName, seal: true, signerRole: '首席代表（签字）', ...(signerName ? { signerName } : {}), dateLabel: '日期' };
}

/** The agreement as a document; `fingerprint` once signed (the print view marks every page with it). */
export function sectorDocument(a: SectorAgreement, fingerprint: string | undefined = a.fingerprint ?? undefined): Document {
  const blocks: Block[] = [
    paragraphBlock(`职工方：${a.workersParty.name}`, { indent: false }),
    paragraphBlock(`企业方：${a.employersParty.name}${a.employersParty.kind === 'representatives' ? '（成员企业代表）' : ''}`, { indent: false }),
    paragraphBlock(`为维护${a.kind === 'sector' ? `${a.scope}行业` : a.scope}职工和企业的合法权益，根据《中华人民共和国劳动合同法》第五十三条等规定，双方经平等协商，订立本合同。`),
  ];
  articles(a).forEach((art, i) => {
    blocks.push({ kind: 'clause', id: `sector.${i + 1}`, number: `第${ordinalZh(i + 1)}条`, heading: art.heading, paragraphs: art.lines.map((l) => paragraphOf(l)) });
  });
  const parties: SignatureParty[] = [party('职工方', a.workersParty.name, a.workersParty.chief), party('企业方', a.employersParty.name, a.employersParty.chief)];
  // Where the members' own representatives sign, every member has its own signature line.
  if (a.employersParty.kind === 'representatives') for (const m of a.members) parties.push({ ...party('成员企业', m.name, ''), signerRole: '企业代表（签字）' });
  blocks.push({ kind: 'signatureBlock', parties });
  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 2, text: '附件：成员企业名单' });
  blocks.push({
    kind: 'table',
    header: true,
    widths: [1, 5, 5, 3, 2],
    rows: [
      [{ text: '序号' }, { text: '企业名称' }, { text: '统一社会信用代码' }, { text: '所在区县' }, { text: '职工人数' }],
      ...a.members.map((m, i) => [{ text: String(i + 1) }, { text: m.name }, { text: m.creditCode }, { text: county(m.regionCode) }, { text: String(m.headcount), align: 'right' as const }]),
      [{ text: '合计', span: 4 }, { text: String(a.members.reduce((s, m) => s + m.headcount, 0)), align: 'right' as const }],
    ],
  });
  return {
    title: sectorDocumentTitle(a),
    subtitle: a.title,
    meta: fingerprint ? { draft: false, fingerprint } : { draft: a.signedAt === null },
    blocks,
  };
}
