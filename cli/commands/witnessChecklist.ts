import { type WitnessStatus, witnessChecklist, witnessStatusLabel } from '../../shared/procedure/rules';
import type { CliCommand } from '../command';
import { procedureInput, procedureRecordHeading } from './procedureRecordInput';

const fullUsage = 'witness-checklist <case.json|record.json> | witness-checklist --sample [broken-variant] | --sample --round <id>  [--as-of YYYY-MM-DD] [--calendar <file>] [--json]';

/**
 * `witness-checklist`: the town or district federation's checklist for witnessing a signing, one
 * question per rule, answered from the same checks as `check`. Exit 0 once printed; 2 on unusable input.
 */
export const witnessChecklistCommand: CliCommand = {
  name: 'witness-checklist',
  summary: "print the federation's witness checklist for a negotiation record",
  usage: 'witness-checklist <case.json|record.json> | --sample',
  async run(args, io) {
    const input = await procedureInput(args, io, fullUsage);
    if (typeof input === 'number') return input;
    const { record, context } = input;
    const items = witnessChecklist(record, context);
    if (input.json) {
      io.out(JSON.stringify({ title: record.title, enterpriseName: record.enterpriseName, asOf: context.today, items }, null, 2));
      return 0;
    }
    io.out(`见证核对表：${procedureRecordHeading(record)}`);
    io.out(`核对日期：${context.today}`);
    for (const item of items) {
      io.out(`[${witnessStatusLabel(item.status, 'zh-CN')}] ${item.ruleId} ${item.questionZh}（${item.source}）`);
      for (const f of item.findings) {
        if (item.status !== 'ok' || f.action !== 'info') io.out(`    → ${f.messageZh}`);
      }
    }
    const n = (status: WitnessStatus) => items.filter((i) => i.status === status).length;
    io.out(`合计：符合 ${n('ok')} 项，有问题 ${n('problem')} 项，待核实 ${n('unknown')} 项。`);
    return 0;
  },
};
