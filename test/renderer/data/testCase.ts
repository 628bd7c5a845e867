// Helpers for tests of the data facade: the handlers called directly on a test database with a stepping
// clock, an enterprise with its people, a round made the way the app makes one (roundCreate), workers
// and terms small enough to reason about.
import type { Round, RoundId } from '../../../shared/case/round';
import type { Enterprise, EnterpriseId, EnterpriseInput, Person } from '../../../shared/enterprise/model';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { type Worker, type WorkerInput, workerSchema } from '../../../shared/roster/worker';
import type { TermInput } from '../../../shared/terms/term';
import type { DataContext } from '../../../renderer/data/context';
import { dataHandlers } from '../../../renderer/data/handlers';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDeps, testEnterpriseInput, testPersonInput } from '../db/testDb';

export function testCtx(db: WageDeskDb): DataContext {
  return { db, deps: testDeps() };
}

export interface TestEnterprise {
  readonly enterprise: Enterprise;
  readonly id: EnterpriseId;
  /** The workers' chief, a workers' member and the employer's chief. */
  readonly people: readonly Person[];
}

export async function testEnterpriseWithPeople(ctx: DataContext, overrides: Partial<EnterpriseInput> = {}): Promise<TestEnterprise> {
  const enterprise = okValue(await enterpriseRepo(ctx.db, ctx.deps).create(testEnterpriseInput(overrides)));
  const people = personRepo(ctx.db, ctx.deps);
  const added = [
    okValue(await people.create(enterprise.id, testPersonInput({ name: '吴华贵', side: 'workers', role: 'chief' }))),
    okValue(await people.create(enterprise.id, testPersonInput({ name: '王井全', side: 'workers', role: 'member' }))),
    okValue(await people.create(enterprise.id, testPersonInput({ name: '陈会珍', side: 'employer', role: 'chief' }))),
  ];
  return { enterprise, id: enterprise.id, people: added };
}

/** A round made through the facade, as the new-round dialog makes it. */
export async function testRoundCreate(ctx: DataContext, enterpriseId: EnterpriseId, title = '2022年工资集体协商', copyFrom: RoundId | null = null): Promise<Round> {
  return okValue(await dataHandlers.roundCreate(ctx, { enterpriseId, title, kind: 'wage', copyFrom })).round;
}

/** The round with the people at the table as its representatives (the procedure names them by id). */
export function roundWithRepresentatives(round: Round, people: readonly Person[]): Round {
  const representatives = people.map((p) => ({
    personId: p.id,
    name: p.name,
    side: p.side as 'workers' | 'employer',
    role: p.role === 'chief' ? ('chief' as const) : ('member' as const),
    isUnionChair: false,
    isUnionMainOfficer: false,
    isLegalRepresentative: false,
    isOutsider: false,
    authorizationLetter: false,
    chosenBy: p.side === 'workers' ? ('union' as const) : ('appointment' as const),
  }));
  return { ...round, procedure: { ...round.procedure, representatives } };
}

/** Worker N<n> with a valid ID number; hired long ago and working unless `overrides` say otherwise. */
export function testWorker(n: number, overrides: Partial<WorkerInput> = {}): Worker {
  return workerSchema.parse({ id: `N${n}`, name: `职工${n}`, idNumber: idNumberWithCheckChar(`00000019900101${String(n).padStart(3, '0')}`), ...overrides }) as Worker;
}

/** A 红包 of `amountFen` per eligible worker, due 2022-01-30. */
export function testBonus(id: string, amountFen: number, overrides: Partial<TermInput> = {}): TermInput {
  return { id, kind: 'bonus', title: '2022年春节红包', amountFen, dueDate: '2022-01-30', ...overrides } as TermInput;
}
