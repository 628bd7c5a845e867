// The refusal for a sector round whose procedure record would gain a block it cannot carry
// (shared/procedure/rules/recordGuard.ts), judged as the round's 协商程序 section judges it: today, the
// shipped tables, the round's own representatives and the sector rule adjustments.
import { isoDateToday } from '../../shared/dates/isoDate';
import { ruleContextDefault, rulesNewBlocks } from '../../shared/procedure/rules';
import type { SectorAgreement } from '../../shared/sector/sectorAgreement';
import { sectorRuleAdjustments } from '../../shared/sector/sectorRules';
import { repoErr, type RepoResult } from '../db/repoResult';

export function sectorProcedureNewBlocks(stored: SectorAgreement, next: SectorAgreement): RepoResult<never> | null {
  if (next.procedure === null) return null;
  const context = ruleContextDefault(isoDateToday(), {
    people: next.people.map((p) => ({ id: p.id, name: p.name, side: p.side })),
    adjustments: sectorRuleAdjustments,
  });
  const added = rulesNewBlocks(stored.procedure, next.procedure, context);
  if (added.length === 0) return null;
  const rules = [...new Set(added.map((f) => f.ruleId))].join(', ');
  const first = added[0]!;
  return repoErr('procedure.blocked', `the procedure record would gain blocks: ${rules}`, { rules, detailZh: first.messageZh, detailEn: first.messageEn });
}
