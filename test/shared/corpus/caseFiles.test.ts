// Case files: every malformed wage case, negotiation record and terms file is refused with its stable
// code, never thrown on; the app's message (wage cases, shown by the scenarios screen) and the CLI's
// error line (model, check, ledger) speak Chinese and English.
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../cli/commands/check';
import { ledgerCommand } from '../../../cli/commands/ledger';
import { modelCommand } from '../../../cli/commands/model';
import { wageCaseErrorCodes, wageCaseParse, wageCaseParseText } from '../../../shared/wage/caseFile';
import { procedureRecordParseText } from '../../../shared/procedure/record';
import { termsCaseParseText } from '../../../shared/terms/termsCase';
import { cliLineProblems, errorMessage, messageProblems } from '../../corpus/appMessages';
import { procedureCases, termsCases, validWageCase, wageCaseCases } from '../../corpus/caseFiles';
import { cliTestIo } from '../../cli/cliTestIo';
import type { CliCommand } from '../../../cli/command';
import { outcomeOf, refusal, stableCode } from './corpusRun';

const BOM = '\uFEFF';

/**
 * The command line drops a leading byte-order mark (Windows editors write one), as a case file's reader
 * does; the parsers below still refuse it. So a file with one runs exactly as the same file without.
 */
async function cliRun(command: CliCommand, text: string, extra: readonly string[]) {
  const { io, err, out } = cliTestIo({ 'input.json': text });
  const code = await command.run(['input.json', ...extra], io);
  return { code, err, out };
}

describe('the valid starting points are valid (so each case breaks exactly one thing)', () => {
  it('wage case', () => {
    expect(wageCaseParse(validWageCase()).ok).toBe(true);
  });
});

describe('wage case files', () => {
  it.each(wageCaseCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const outcome = await outcomeOf(() => ('text' in c.input ? wageCaseParseText(c.input.text) : wageCaseParse(c.input.value)));
    const error = refusal(outcome);
    expect(error.code).toBe(c.code);
    expect(wageCaseErrorCodes).toContain(error.code);
    expect(error.params).toHaveProperty('field');
    expect(messageProblems(errorMessage(error.code), error.params)).toEqual([]);
    if ('text' in c.input && c.input.text.startsWith(BOM)) {
      expect(await cliRun(modelCommand, c.input.text, [])).toEqual(await cliRun(modelCommand, c.input.text.slice(1), []));
    } else if ('text' in c.input) {
      const { io, err, out } = cliTestIo({ 'case.json': c.input.text });
      expect(await modelCommand.run(['case.json'], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(cliLineProblems(err[0]!)).toEqual([]);
    }
  });
});

describe('negotiation records', () => {
  it.each(procedureCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const error = refusal(await outcomeOf(() => procedureRecordParseText(c.input)));
    expect(error.code).toBe(c.code);
    expect(error.code).toMatch(stableCode);
    if (c.input.startsWith(BOM)) {
      expect(await cliRun(checkCommand, c.input, ['--as-of', '2021-01-10'])).toEqual(await cliRun(checkCommand, c.input.slice(1), ['--as-of', '2021-01-10']));
      return;
    }
    const { io, err, out } = cliTestIo({ 'record.json': c.input });
    expect(await checkCommand.run(['record.json', '--as-of', '2021-01-10'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(cliLineProblems(err[0]!)).toEqual([]);
    if (error.code === 'record.invalid') expect(err[0]).toContain(String(error.params?.field));
  });
});

describe('terms files', () => {
  it.each(termsCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const error = refusal(await outcomeOf(() => termsCaseParseText(c.input)));
    expect(error.code).toBe(c.code);
    expect(error.code).toMatch(stableCode);
    const { io, err, out } = cliTestIo({ 'terms.json': c.input });
    expect(await ledgerCommand.run(['terms.json', '--as-of', '2021-03-01'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(cliLineProblems(err[0]!)).toEqual([]);
  });
});
