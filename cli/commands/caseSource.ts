// Where a command's case comes from: a case file named on the command line, or a round of the built-in
// sample (--sample [--round <id>]). The sample is first written out as the very text `case export`
// writes and then read back through the same parse as a user's file, so it cannot take a path a user's
// file does not.
import { CASE_FILE_FORMAT, type CaseFile, caseFileParseText } from '../../shared/case/caseFile';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { type Result, resultErr, resultOk } from '../../shared/result';
import { type ReferenceRoundId, referenceCaseFile, referenceRoundIds, referenceRoundLatest } from '../../shared/sample/referenceRounds';
import { caseContextOf } from '../../templates/case/fromFile';
import type { CaseContext } from '../../templates/caseViewModel';
import type { CliIo } from '../command';
import { caseFileErrorLine, caseMinimumWageError } from './caseFileErrors';

export type CaseSource = { readonly kind: 'sample'; readonly round: ReferenceRoundId } | { readonly kind: 'file'; readonly path: string };

/** The case file text of a round of the sample: pretty JSON with a trailing newline, as `case export` writes it. */
export function sampleCaseText(round: ReferenceRoundId = referenceRoundLatest): string {
  return `${JSON.stringify(referenceCaseFile(round), null, 2)}\n`;
}

/** `--round <id>` with --sample: one of the sample's rounds (default the latest). Error: cli.usage. */
export function sampleRoundOf(option: string | true | undefined): Result<ReferenceRoundId> {
  if (option === undefined) return resultOk(referenceRoundLatest);
  if (typeof option === 'string' && (referenceRoundIds as readonly string[]).includes(option)) return resultOk(option as ReferenceRoundId);
  return resultErr('cli.usage', `--round takes one of: ${referenceRoundIds.join(', ')}`);
}

/** The source the arguments name. Error: cli.usage (nothing named, both named, or --round without --sample). */
export function caseSourceOf(positional: readonly string[], options: ReadonlyMap<string, string | true>): Result<CaseSource> {
  const path = positional[0];
  if (options.has('sample')) {
    if (path !== undefined) return resultErr('cli.usage', 'give a case file or --sample, not both');
    const round = sampleRoundOf(options.get('round'));
    return round.ok ? resultOk({ kind: 'sample', round: round.value }) : round;
  }
  if (options.has('round')) return resultErr('cli.usage', '--round picks a round of the sample: use it with --sample');
  return path === undefined ? resultErr('cli.usage', 'give a case file or --sample') : resultOk({ kind: 'file', path });
}

/** The source's text. Error: cli.unreadable (params.path). */
export async function caseSourceText(source: CaseSource, io: CliIo): Promise<Result<string>> {
  if (source.kind === 'sample') return resultOk(sampleCaseText(source.round));
  try {
    return resultOk(await io.readText(source.path));
  } catch (error) {
    return resultErr('cli.unreadable', `cannot read ${source.path}: ${error instanceof Error ? error.message : String(error)}`, { path: source.path });
  }
}

/** The text as JSON (a leading byte-order mark dropped, as Windows editors write one), or why not. */
export function jsonFromText(text: string): Result<unknown> {
  try {
    return resultOk(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return resultErr('json', `not JSON: ${error instanceof Error ? error.message : String(error)}`, { field: '' });
  }
}

/**
 * Whether parsed JSON says it is a case file (of any version, so a newer one is refused as a case file).
 * `model` and `check` read older kinds of file too: a wage-model file or a bare procedure record has no such format.
 */
export function jsonIsCaseFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as Record<string, unknown>).format === CASE_FILE_FORMAT;
}

/** The line for a file that cannot be read. */
export function unreadableLine(error: { readonly message: string; readonly params?: Readonly<Record<string, string | number>> }): string {
  return `错误：无法读取文件 ${error.params?.path ?? ''} / error: ${error.message}`;
}

/**
 * The case the arguments name, checked, or the exit code once the error is printed: 2 on bad usage,
 * 1 when the file cannot be read or is not a valid case file.
 */
export async function caseInput(positional: readonly string[], options: ReadonlyMap<string, string | true>, io: CliIo, usage: readonly string[]): Promise<CaseFile | number> {
  const source = caseSourceOf(positional, options);
  if (!source.ok) {
    io.err(`错误 / error: ${source.error.message}`);
    for (const line of usage) io.err(line);
    return 2;
  }
  const text = await caseSourceText(source.value, io);
  if (!text.ok) {
    io.err(unreadableLine(text.error));
    return 1;
  }
  const parsed = caseFileParseText(text.value);
  if (!parsed.ok) {
    io.err(caseFileErrorLine(parsed.error));
    return 1;
  }
  return parsed.value;
}

/** The reference data the case's documents and checks use (its own minimum-wage tables merged in), or exit 1 once printed. */
export function caseContextInput(file: CaseFile, io: CliIo, calendar?: HolidayCalendar): CaseContext | number {
  const ctx = caseContextOf(file, calendar);
  if (ctx.ok) return ctx.value;
  io.err(caseFileErrorLine(caseMinimumWageError(ctx.error)));
  return 1;
}
