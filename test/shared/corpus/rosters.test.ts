// Rosters: a sheet with a bad row is planned with that row's Excel number and problem, and importing
// "all" is refused; a file that cannot be read, or a sheet without a usable header, is refused with its
// code. Nothing throws. Every problem has its Chinese and English label (shared/roster/rosterText.ts,
// used by the CLI and printouts), and the CLI's `roster` command says what happened in both languages.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rosterCommand } from '../../../cli/commands/roster';
import { rosterColumnGuess, rosterHeaderRowGuess } from '../../../shared/roster/columns';
import { rosterRowsFromFile } from '../../../shared/roster/files/rosterRows';
import { type RosterImportPlan, rosterImportApply, rosterImportPlan } from '../../../shared/roster/importPlan';
import { rosterProblemLabel } from '../../../shared/roster/rosterText';
import type { Result } from '../../../shared/result';
import { cliLineProblems } from '../../corpus/appMessages';
import { rosterFileCases, rosterRowsCases, rosterSheet } from '../../corpus/rosters';
import { cliTestIo } from '../../cli/cliTestIo';
import { outcomeOf, refusal, stableCode } from './corpusRun';

/** What the import screen and the CLI do with decoded rows: find the header, guess the columns, plan, import all. */
function rosterPipeline(rows: readonly (readonly string[])[]): { plan: RosterImportPlan | null; result: Result<unknown> } {
  const headerRow = rosterHeaderRowGuess(rows);
  const guess = rosterColumnGuess(rows[headerRow - 1] ?? []);
  const planned = rosterImportPlan(rows, guess.mapping, { headerRow });
  if (!planned.ok) return { plan: null, result: planned };
  return { plan: planned.value, result: rosterImportApply(planned.value, 'all') };
}

function labelled(code: string): void {
  const zh = rosterProblemLabel(code, 'zh-CN');
  const en = rosterProblemLabel(code, 'en');
  expect(zh, `${code} has no Chinese label`).not.toBe(code);
  expect(en, `${code} has no English label`).not.toBe(code);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).toMatch(/[A-Za-z]{2,}/);
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wagedesk-corpus-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `roster <file>` on the bytes and checks that it refuses in both languages. */
async function cliRefuses(fileName: string, bytes: Uint8Array, code: string): Promise<string[]> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${fileName}`);
  await writeFile(path, bytes);
  const { io, out, err } = cliTestIo();
  expect(await rosterCommand.run([path], io)).toBe(1);
  const refusalLine = err.length > 0 ? err.join('\n') : out[out.length - 1]!;
  expect(cliLineProblems(refusalLine)).toEqual([]);
  if (err.length > 0 && code.startsWith('roster.') && !['roster.empty', 'roster.mappingMissing'].includes(code)) expect(refusalLine).toContain(code);
  return out;
}

describe('the valid sheet imports (so each case breaks exactly one thing)', () => {
  it('three workers', () => {
    const { result } = rosterPipeline(rosterSheet());
    expect(result).toMatchObject({ ok: true });
  });
});

describe('roster sheets', () => {
  it.each(rosterRowsCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const outcome = await outcomeOf(() => rosterPipeline(c.input).result);
    const error = refusal(outcome);
    expect(error.code).toBe(c.code);
    expect(error.code).toMatch(stableCode);
    const { plan } = rosterPipeline(c.input);
    if (c.rowError) {
      expect(plan).not.toBeNull();
      expect(plan!.errors).toContainEqual(expect.objectContaining({ row: c.rowError.row, code: c.rowError.code }));
      expect(plan!.invalidRows).toContain(c.rowError.row);
      expect(plan!.valid.map((v) => v.row)).not.toContain(c.rowError.row);
      for (const e of plan!.errors) labelled(e.code);
      expect(error.params?.rows).toBeDefined();
    }
    const csv = new TextEncoder().encode(Papa.unparse(c.input.map((r) => [...r]), { quotes: true }));
    const out = await cliRefuses('roster.csv', csv, c.code);
    if (c.rowError) {
      const { row, code } = c.rowError;
      expect(out.some((line) => line.includes(`第 ${row} 行 row ${row}`) && line.includes(rosterProblemLabel(code, 'zh-CN')))).toBe(true);
    }
  });
});

describe('roster files', () => {
  it.each(rosterFileCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const outcome = await outcomeOf(async () => {
      const read = await rosterRowsFromFile(c.input.fileName, c.input.bytes);
      return read.ok ? rosterPipeline(read.value.rows).result : read;
    });
    const error = refusal(outcome);
    expect(error.code).toBe(c.code);
    expect(error.code).toMatch(stableCode);
    await cliRefuses(c.input.fileName, c.input.bytes, c.code);
  });
});
