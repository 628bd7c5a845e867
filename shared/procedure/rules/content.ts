// rules.md §1.8, the content checks the record can answer: base wages against the minimum wage (CNT-02,
// delegated to shared/wage/floor.ts) and the required clauses of a wage agreement (CNT-07).
import { type IsoDate } from '../../dates/isoDate';
import { quarterOf } from '../../dates/quarter';
import { formatYuanPlain } from '../../format/yuan';
import { fen } from '../../money/fen';
import { regionByCode } from '../../regions/region';
import { floorCheck } from '../../wage/floor';
import { type ProcedureRecord, type WageClauseKey, wageClauseKeys } from '../record';
import { voteLatestIndex } from './helpers';
import { type FindingDraft, type ProcedureRule, type RuleContext, procedureRule as rule } from './types';

/** The day a base wage is checked on: its own start, else the term's, else the signing or the vote, else today. */
function wageDate(record: ProcedureRecord, from: IsoDate | null, context: RuleContext): IsoDate {
  const vote = voteLatestIndex(record);
  return from ?? record.term?.from ?? record.signing?.date ?? (vote >= 0 ? record.votes[vote]!.date : context.today);
}

export const cnt02 = rule(
  {
    id: 'CNT-02', source: '《最低工资规定》第十二条；《劳动合同法》第五十五条', action: 'block', guards: 'signing',
    titleZh: '基本工资不低于当地最低工资', titleEn: 'Base wages at least the local minimum',
    questionZh: '协议中的各项基本工资都不低于当地适用档次的最低工资标准？', questionEn: "Is every base wage in the agreement at least the local tier's minimum wage?",
    decidable: (record) => (record.draft?.baseWages.length ?? 0) > 0,
  },
  (record, context) => {
    const place = regionByCode(record.regionCode)?.name ?? record.regionCode;
    return (record.draft?.baseWages ?? []).flatMap((w, i): FindingDraft[] => {
      const date = wageDate(record, w.from, context);
      const baseWage = fen(w.monthlyFen);
      const found = floorCheck({ scenario: w.label, quarter: quarterOf(date), date, regionCode: record.regionCode, baseWage }, context.minimumWage);
      if (found === null) return [];
      const path = `draft.baseWages.${i}.monthlyFen`;
      const amountZh = formatYuanPlain(baseWage, 'zh-CN');
      const amountEn = formatYuanPlain(baseWage, 'en');
      if (found.action === 'ask') {
        const whyZh =
          found.reason === 'tier-unknown' ? '该地的最低工资档次未知'
          : found.reason === 'table-superseded' ? `已知的最低工资标准只核实到 ${found.confirmedTo}，此后已另行调整`
          : '没有该日适用的最低工资标准表';
        const whyEn =
          found.reason === 'tier-unknown' ? 'the tier of the region is unknown'
          : found.reason === 'table-superseded' ? `the known table is confirmed only to ${found.confirmedTo} and was adjusted since`
          : 'no minimum-wage table covers the day';
        return [{ action: 'warn', path, incomplete: true, figures: { label: w.label, baseWageFen: baseWage, date, reason: found.reason },
          zh: `无法核对${w.label}月基本工资 ${amountZh}：${place} ${date} ${whyZh}，请核实`,
          en: `Cannot check ${w.label}'s base wage ${amountEn}: ${whyEn} (${place}, ${date})` }];
      }
      const floorZh = formatYuanPlain(found.floor, 'zh-CN');
      const floorEn = formatYuanPlain(found.floor, 'en');
      const unverified = found.table.verified && found.table.tierVerified ? '' : '（标准或档次未经核实，请对照原文）';
      const gross = found.includesSocialInsurance ? '；该最低工资含个人缴纳的社会保险费和住房公积金，应以扣除前的应发工资比较' : '';
      const figures = { label: w.label, baseWageFen: baseWage, floorFen: found.floor, tier: found.tier, date, basis: found.table.basis };
      if (found.action === 'block') {
        return [{ action: 'block', path, figures,
          zh: `${w.label}月基本工资 ${amountZh}，低于${place}第 ${found.tier} 档最低工资 ${floorZh}（${found.table.basis}，${date} 适用）${gross}${unverified}`,
          en: `${w.label}: base wage ${amountEn} is below ${place}'s tier-${found.tier} minimum of ${floorEn} (${found.table.basis}, in force ${date})` }];
      }
      return [{ action: 'warn', path, figures,
        zh: `${w.label}月基本工资 ${amountZh}，恰好等于${place}第 ${found.tier} 档最低工资 ${floorZh}（${found.table.basis}）：合法，但没有余地，任何扣款或新标准都会使其低于最低工资${gross}${unverified}`,
        en: `${w.label}: base wage ${amountEn} equals ${place}'s tier-${found.tier} minimum of ${floorEn} (${found.table.basis}): lawful, with no margin at all` }];
    });
  },
);

/** WCM 7 (一)–(九), as written there. */
const clauseNames: Readonly<Record<WageClauseKey, { no: string; zh: string; en: string }>> = {
  term: { no: '一', zh: '工资协议的期限', en: 'term' },
  'wage-system': { no: '二', zh: '工资分配制度、工资标准和工资分配形式', en: 'wage system, standards and forms' },
  'annual-wage': { no: '三', zh: '职工年度平均工资水平及其调整幅度', en: 'average annual wage and its adjustment' },
  bonuses: { no: '四', zh: '奖金、津贴、补贴等分配办法', en: 'bonuses, allowances and subsidies' },
  payment: { no: '五', zh: '工资支付办法', en: 'payment method' },
  'change-procedure': { no: '六', zh: '变更、解除工资协议的程序', en: 'procedure to change or end it' },
  termination: { no: '七', zh: '工资协议的终止条件', en: 'termination conditions' },
  breach: { no: '八', zh: '工资协议的违约责任', en: 'liability for breach' },
  other: { no: '九', zh: '双方认为应当协商约定的其他事项', en: 'other matters' },
};

/** CNT-07: a missing (一), (三), (五) or (六) blocks; the others warn. */
const clausesRequired: readonly WageClauseKey[] = ['term', 'annual-wage', 'payment', 'change-procedure'];

export const cnt07 = rule(
  {
    id: 'CNT-07', source: '《工资集体协商试行办法》第七条', action: 'block', guards: 'signing',
    titleZh: '工资协议的必备条款', titleEn: 'The clauses a wage agreement must have',
    questionZh: '工资协议草案包含第七条规定的各项内容（期限、年度平均工资及调整幅度、支付办法、变更解除程序等）？',
    questionEn: 'Does the draft wage agreement have the clauses WCM 7 lists (term, annual wage and adjustment, payment, change procedure…)?',
    applies: (record) => record.kind === 'wage-agreement',
    decidable: (record) => record.draft !== null,
  },
  (record) => {
    if (record.kind !== 'wage-agreement' || record.draft === null) return [];
    const present = new Set(record.draft.clauses);
    const missing = wageClauseKeys.filter((k) => !present.has(k));
    const list = (keys: readonly WageClauseKey[]) => ({
      zh: keys.map((k) => `（${clauseNames[k].no}）${clauseNames[k].zh}`).join('、'),
      en: keys.map((k) => clauseNames[k].en).join('; '),
    });
    const drafts: FindingDraft[] = [];
    const blocking = missing.filter((k) => clausesRequired.includes(k));
    const warning = missing.filter((k) => !clausesRequired.includes(k));
    if (blocking.length > 0) {
      const l = list(blocking);
      drafts.push({ action: 'block', path: 'draft.clauses', figures: { missing: blocking.join(',') },
        zh: `草案缺少必备条款：${l.zh}`, en: `The draft lacks required clauses: ${l.en}` });
    }
    if (warning.length > 0) {
      const l = list(warning);
      drafts.push({ action: 'warn', path: 'draft.clauses', figures: { missing: warning.join(',') },
        zh: `草案缺少条款：${l.zh}`, en: `The draft lacks clauses: ${l.en}` });
    }
    return drafts;
  },
);

export const contentRules: readonly ProcedureRule[] = [cnt02, cnt07];
