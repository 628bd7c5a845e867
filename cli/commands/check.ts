import {
  type Finding,
  procedureStepLabel,
  procedureSteps,
  ruleActionLabel,
  rulesBlocking,
  rulesCheck,
  rulesFirstBlockedStep,
} from '../../shared/procedure/rules';
import type { CliCommand } from '../command';
import { procedureInput, procedureRecordHeading } from './procedureRecordInput';

const fullUsage = 'check <case.json|record.json> | check --sample [broken-variant] | check --sample --round <id>  [--as-of YYYY-MM-DD] [--calendar <file>] [--json]';

/** "[阻止] RAT-03 《集体合同规定》第三十六条：…" */
export function findingLine(f: Finding): string {
  return `[${ruleActionLabel(f.action, 'zh-CN')}] ${f.ruleId} ${f.source}：${f.messageZh}`;
}

/**
 * `check`: runs every procedure rule over a negotiation record and prints the findings by the step they
 * hold up. Exit 1 when any finding blocks a step, 0 otherwise, 2 when the record or arguments are unusable.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: "check a round's procedure record (case file or bare record) against the procedure rules (exit 1 if anything blocks)",
  usage: 'check <case.json|record.json> | --sample',
  async run(args, io) {
    const input = await procedureInput(args, io, fullUsage);
    if (typeof input === 'number') return input;
    const { record, context } = input;
    const findings = rulesCheck(record, context);
    const count = (action: Finding['action']) => findings.filter((f) => f.action === action).length;
    const blocked = rulesFirstBlockedStep(findings);
    if (input.json) {
      io.out(JSON.stringify({
        title: record.title,
        enterpriseName: record.enterpriseName,
        kind: record.kind,
        regionCode: record.regionCode,
        asOf: context.today,
        counts: { block: count('block'), warn: count('warn'), info: count('info') },
        blocking: Object.fromEntries(procedureSteps.map((step) => [step, rulesBlocking(findings, step)])),
        firstBlockedStep: blocked,
        findings,
      }, null, 2));
      return blocked === null ? 0 : 1;
    }
    io.out(`协商程序检查：${procedureRecordHeading(record)}`);
    io.out(`检查日期：${context.today}`);
    for (const step of procedureSteps) {
      const here = findings.filter((f) => f.step === step);
      if (here.length === 0) continue;
      io.out(`【${procedureStepLabel(step, 'zh-CN')}】`);
      for (const f of here) io.out(findingLine(f));
    }
    const tally = `阻止 ${count('block')} 项，警告 ${count('warn')} 项，提示 ${count('info')} 项`;
    if (blocked === null) io.out(`结论：没有阻止性问题（${tally}）。`);
    else io.out(`结论：有阻止性问题，自「${procedureStepLabel(blocked, 'zh-CN')}」起的步骤不能进行（${tally}）。`);
    return blocked === null ? 0 : 1;
  },
};
