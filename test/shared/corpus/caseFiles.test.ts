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
import { outcomeOf, refusal, stableCode } from './corpusRun';

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
    if ('text' in c.input) {
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
