// `case export --sample [--round <id>] --out <case.json>`: a round of the built-in sample as a case file
// (docs/case-format.md), to read, to edit into one's own case, or to feed the other commands. A user's
// own case is exported from the app; the command line only writes the sample.
import { referenceRoundIds } from '../../shared/sample/referenceRounds';
import { type CliCommand, cliArgs } from '../command';
import { fileBytesWrite, fileErrorText } from './binaryFiles';
import { sampleCaseText, sampleRoundOf } from './caseSource';

const USAGE = 'case export --sample [--round <id>] --out <case.json>';

function usageLines(): string[] {
  return [`usage: ${USAGE}`, `  --round  one of: ${referenceRoundIds.join(', ')} (default the latest)`];
}

/** Exit 0 once written, 1 when the file cannot be written, 2 on bad arguments. */
export const caseCommand: CliCommand = {
  name: 'case',
  summary: 'write a round of the built-in sample as a case file (docs/case-format.md)',
  usage: 'case export --sample [--round <id>] --out <file>',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const out = options.get('out');
    const round = sampleRoundOf(options.get('round'));
    if (positional[0] !== 'export' || positional.length > 1 || !options.has('sample') || typeof out !== 'string' || !round.ok) {
      if (positional[0] === 'export' && !options.has('sample')) io.err('错误：命令行只导出内置样例；自己的个案请在协商台中导出 / error: only the sample is exported here; export your own case from the app');
      if (!round.ok) io.err(`错误 / error: ${round.error.message}`);
      for (const line of usageLines()) io.err(line);
      return 2;
    }
    try {
      await fileBytesWrite(out, sampleCaseText(round.value));
    } catch (error) {
      io.err(`错误：无法写出文件 ${out} / error: cannot write ${out}: ${fileErrorText(error)}`);
      return 1;
    }
    io.out(`已写出个案文件 / case file written: ${out}（${round.value}）`);
    return 0;
  },
};
