// What negotiated terms (red packets, travel subsidies, guaranteed pay, allowances…) cost in a quarter,
// as the wage model sees them. The terms module fills this in; until then a scenario has none.
// One-off and base-building costs stay apart (brief §3): one-off items do not raise the base, base-building
// items roll into next year's base and the overtime base.
import { type Fen, fen } from '../money/fen';
import type { Quarter } from '../dates/quarter';

export interface QuarterTermCosts {
  /** 分 for the whole workforce in the quarter: bonuses, red packets, travel subsidies, allowances. */
  readonly oneOff: Fen;
  /** 分 for the whole workforce in the quarter: items that become part of the base. */
  readonly baseBuilding: Fen;
}

/**
 * Stoppage pay at the CNT-05 floor is already in the wage bill (stoppagePay.ts). A term that guarantees
 * more during leave (the 2020 保岗协议: 1570 a month) reports only what it pays above that floor.
 */
export interface TermCostSource {
  quarterCosts(quarter: Quarter): QuarterTermCosts;
}

export const noTermCosts: TermCostSource = {
  quarterCosts: () => ({ oneOff: fen(0), baseBuilding: fen(0) }),
};
