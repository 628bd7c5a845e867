import { creditCodeCheckChar, creditCodeNormalize, creditCodeProblem, creditCodeRegion } from '../../shared/enterprise/creditCode';
import { regionByCode } from '../../shared/regions/region';
import type { CliCommand } from '../command';

/** `credit-code <code>`: checks a 统一社会信用代码 (GB 32100) and says why it fails. Exit 1 when invalid. */
export const creditCodeCommand: CliCommand = {
  name: 'credit-code',
  summary: 'check a unified social credit code (GB 32100)',
  usage: 'credit-code <18-character code>',
  async run(args, io) {
    const raw = args[0];
    if (!raw) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const code = creditCodeNormalize(raw);
    const problem = creditCodeProblem(code);
    const result: Record<string, unknown> = { code, valid: problem === null };
    if (problem) result.problem = problem;
    if (problem === 'checksum') result.expectedCheckChar = creditCodeCheckChar(code.slice(0, 17));
    if (problem === null) result.region = regionByCode(creditCodeRegion(code))?.fullName ?? creditCodeRegion(code);
    io.out(JSON.stringify(result, null, 2));
    return problem ? 1 : 0;
  },
};
