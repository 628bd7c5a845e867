/// <reference lib="dom" />
// (tsconfig.node.json checks bench/ without DOM types; this module runs in Chromium.)
// Seeds the two cases bench/sliderDrag.mjs drags a slider on, inside the browser edition's own origin
// (the script loads the built app first, then imports this module into that page). Everything is written
// through the app's own data facade on the app's own database — validated and audited as if typed in:
//  - small: the reference case's first round (loaded as the sample is), its wage model, no terms;
//  - large: the size issue 3 names, built like bench/wageModel.ts: 5,000 workers (10 groups, 2 % left),
//    8 quarters, 6 scenarios, 30 terms recurring quarterly (240 term records; every third term for one
//    group, every fourth base-building).
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import type { EnterpriseId, EnterpriseInput } from '../../shared/enterprise/model';
import { type Quarter, quarterRange, quarterStart } from '../../shared/dates/quarter';
import { idNumberWithCheckChar } from '../../shared/roster/idNumber';
import { type Worker, workerSchema } from '../../shared/roster/worker';
import { referenceEnterpriseInput } from '../../shared/sample/referenceEnterprise';
import { referenceRoundIds } from '../../shared/sample/referenceRounds';
import { termSchema, type TermInput } from '../../shared/terms/term';
import { wageCaseFileSchema, type WageCaseFileInput } from '../../shared/wage/caseFile';
import type { RoundId } from '../../shared/case/round';
import { dataHandlers } from '../../renderer/data/handlers';
import { repoDepsDefault } from '../../renderer/db/repoResult';
import { enterpriseRepo } from '../../renderer/db/enterpriseRepo';
import { openWageDeskDb } from '../../renderer/db/schema';

export const WORKERS = 5_000;
export const SCENARIOS = 6;
export const TERMS = 30;
const GROUPS = 10;
const QUARTERS: readonly Quarter[] = quarterRange('2022-Q1' as Quarter, '2023-Q4' as Quarter);
export const LARGE_NAME = '福鼎市大样本测算皮革有限公司';

function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function largeEnterprise(): EnterpriseInput {
  const first17 = '91350982MA0000001';
  return { ...referenceEnterpriseInput(), name: LARGE_NAME, creditCode: first17 + creditCodeCheckChar(first17)!, headcount: WORKERS, unionName: `${LARGE_NAME}工会` };
}

function roster(): Worker[] {
  return Array.from({ length: WORKERS }, (_, w) => {
    // 福鼎 (350982), born 1970-01-01 + w days: unique and valid ID numbers.
    const born = new Date(Date.UTC(1970, 0, 1 + w)).toISOString().slice(0, 10).replaceAll('-', '');
    return workerSchema.parse({
      id: `W${String(w).padStart(5, '0')}`,
      name: `工人${w}`,
      idNumber: idNumberWithCheckChar(`350982${born}${String(w % 1000).padStart(3, '0')}`),
      group: `班组${w % GROUPS}`,
      status: w % 50 === 49 ? 'left' : 'working',
    }) as Worker;
  });
}

function terms(): TermInput[] {
  return QUARTERS.flatMap((q, qi) =>
    Array.from({ length: TERMS }, (_, t): TermInput => ({
      id: `t${t}.${q}`,
      kind: 'bonus',
      title: `条款${t}`,
      amountFen: 1_000 + 101 * t + 13 * qi,
      dueDate: quarterStart(q),
      basis: t % 4 === 0 ? 'base_building' : 'one_off',
      eligibility: t % 3 === 0 ? { groups: [`班组${t % GROUPS}`] } : {},
    })),
  );
}

function largeCase(): WageCaseFileInput {
  return {
    title: LARGE_NAME,
    regionCode: '350982',
    baseQuarter: '2021-Q4',
    output: { kind: 'qoq', baseValueFen: 9_000_000_000, changesBp: QUARTERS.map((_, i) => (i % 2 === 0 ? 300 : -100)) },
    headcount: QUARTERS.map((quarter) => ({ quarter, working: WORKERS })),
    scenarios: Array.from({ length: SCENARIOS }, (_, s) => ({
      name: `方案${s + 1}`,
      wages: QUARTERS.map((quarter, q) => ({ quarter, kind: 'amount' as const, amountFen: 200_000 + 5_000 * s + 1_500 * q })),
    })),
    targetLabourShareBp: 250,
  };
}

export interface SeededRound {
  readonly enterpriseId: string;
  readonly roundId: string;
}

/** Writes both cases (once: a second call finds them and adds nothing); returns where each is. */
export async function sliderSeed(): Promise<{ small: SeededRound; large: SeededRound }> {
  const db = openWageDeskDb();
  const ctx = { db, deps: repoDepsDefault };
  try {
    const sample = must(await dataHandlers.sampleLoad(ctx));
    const small = { enterpriseId: sample.enterpriseId, roundId: referenceRoundIds[0] };

    const enterprises = enterpriseRepo(db);
    const listed = must(await enterprises.list()).items.find((e) => e.name === LARGE_NAME);
    const large = listed ?? must(await enterprises.create(largeEnterprise()));
    const enterpriseId = large.id as EnterpriseId;
    const rounds = must(await dataHandlers.roundsList(ctx, { enterpriseId })).rounds;
    if (rounds.length > 0) return { small, large: { enterpriseId, roundId: rounds[0]!.id } };
    must(await dataHandlers.rosterAdd(ctx, { enterpriseId, workers: roster() }));
    const created = must(await dataHandlers.roundCreate(ctx, { enterpriseId, title: LARGE_NAME, kind: 'wage', copyFrom: null }));
    const round = { ...created.round, wage: wageCaseFileSchema.parse(largeCase()), terms: terms().map((t) => termSchema.parse(t)) };
    must(await dataHandlers.roundSave(ctx, { enterpriseId, round }));
    return { small, large: { enterpriseId, roundId: round.id as RoundId } };
  } finally {
    db.close();
  }
}
