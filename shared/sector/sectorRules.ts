// The rules that differ for a sector or regional agreement from one enterprise's, as dated data with the
// source and whether the article was read in a source. `verified: false` marks what was remembered, not
// read: the screen shows it as such and the user checks it against the text.

import type { RuleAdjustment } from '../procedure/rules/types';

export type SectorRuleTopic = 'scope' | 'signing' | 'adoption' | 'filing' | 'binding' | 'memberStandards';

export interface SectorRule {
  readonly id: string;
  readonly topic: SectorRuleTopic;
  readonly source: string;
  readonly textZh: string;
  readonly textEn: string;
  readonly verified: boolean;
}

export const sectorRules: readonly SectorRule[] = [
  {
    id: 'SEC-01',
    topic: 'scope',
    source: '《劳动合同法》第五十三条',
    textZh: '在县级以下区域内，建筑业、采矿业、餐饮服务业等行业可以由工会与企业方面代表订立行业性集体合同，或者订立区域性集体合同。',
    textEn: 'Below the county level, trades such as construction, mining and catering may sign a sector or a regional collective contract between the union and the employers’ representatives.',
    verified: false,
  },
  {
    id: 'SEC-02',
    topic: 'signing',
    source: '《劳动合同法》第五十三条',
    textZh: '职工一方由区域或行业工会（联合会）签字；企业一方由企业代表组织（行业协会、企业联合会）或各成员企业的代表签字。',
    textEn: 'The area or sector union (federation) signs for the workers; the employers’ organisation (association) or each member’s representative signs for the employers.',
    verified: false,
  },
  {
    id: 'SEC-03',
    topic: 'adoption',
    source: '《集体合同规定》第三十六条（参照）',
    textZh: '草案提交成员企业职工代表大会或区域（行业）职工代表会议讨论通过，而不是由单个企业的职工代表大会通过。',
    textEn: 'The draft goes to the members’ workers’ congresses or an area (sector) delegates’ meeting, not to one enterprise’s congress.',
    verified: false,
  },
  {
    id: 'SEC-04',
    topic: 'filing',
    source: '《集体合同规定》第四十二条（参照）',
    textZh: '签订后报送县级以上劳动保障行政部门审查；跨县的，报送共同的上一级部门。',
    textEn: 'Filed with the labour administration at county level or above; across counties, with the level above both.',
    verified: false,
  },
  {
    id: 'SEC-05',
    topic: 'binding',
    source: '《劳动合同法》第五十四条',
    textZh: '行业性、区域性集体合同对当地本行业、本区域的用人单位和劳动者具有约束力。',
    textEn: 'A sector or regional collective contract binds the employers and workers of that trade or area.',
    verified: false,
  },
  {
    id: 'SEC-06',
    topic: 'memberStandards',
    source: '《劳动合同法》第五十五条',
    textZh: '成员企业的劳动报酬和劳动条件等标准不得低于行业性、区域性集体合同的标准，也不得低于当地最低工资标准。',
    textEn: 'A member’s pay and conditions may not fall below the sector or regional agreement, nor below the local legal minimum wage.',
    verified: false,
  },
];

export function sectorRule(id: string): SectorRule | undefined {
  return sectorRules.find((r) => r.id === id);
}

/**
 * How the enterprise procedure rules (shared/procedure/rules) read for a sector round, each tied to the
 * sector rule above that changes it. Passed to the rules engine as its context's `adjustments`: a skipped
 * rule is not checked, a noted one keeps its findings with the note. As unverified as the rule it rests on.
 */
export const sectorRuleAdjustments: readonly RuleAdjustment[] = [
  {
    ruleId: 'REP-04',
    effect: 'skip',
    by: 'SEC-02',
    noteZh: '企业方由企业代表组织或各成员企业的代表组成，不按单个企业法定代表人的资格核对首席代表。',
    noteEn: 'The employers’ side is their organisation or the members’ representatives; its chief is not checked as one enterprise’s legal representative.',
    verified: false,
  },
  {
    ruleId: 'SIG-01',
    effect: 'note',
    by: 'SEC-02',
    noteZh: '职工一方由区域或行业工会（联合会）签字，企业一方由企业代表组织或各成员企业的代表签字',
    noteEn: 'the area or sector union signs for the workers, the employers’ organisation or each member’s representative for the employers',
    verified: false,
  },
  ...(['RAT-01', 'RAT-02', 'RAT-03', 'RAT-05'] as const).map((ruleId) => ({
    ruleId,
    effect: 'note' as const,
    by: 'SEC-03',
    noteZh: '由成员企业职工代表大会或区域（行业）职工代表会议审议通过',
    noteEn: 'adopted by the members’ congresses or an area (sector) delegates’ meeting',
    verified: false,
  })),
  {
    ruleId: 'FIL-01',
    effect: 'note',
    by: 'SEC-04',
    noteZh: '报送县级以上劳动保障行政部门；跨县的，报送共同的上一级部门',
    noteEn: 'filed with the labour administration at county level or above; across counties, with the level above both',
    verified: false,
  },
];

/** The enterprise rules a sector rule changes, for showing beside it. */
export function sectorRuleAdjustmentsBy(sectorRuleId: string): readonly RuleAdjustment[] {
  return sectorRuleAdjustments.filter((a) => a.by === sectorRuleId);
}
