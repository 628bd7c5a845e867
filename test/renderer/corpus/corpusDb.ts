// The database side of the corpus: a store with data in it, and a snapshot of every table (meta and
// the audit trail included) so a test can say "nothing was written".
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import { personRepo } from '../../../renderer/db/personRepo';
import { dataHandlers } from '../../../renderer/data/handlers';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { type Round, roundSchema } from '../../../shared/case/round';
import type { EnterpriseId, PersonId } from '../../../shared/enterprise/model';
import type { AppError } from '../../../shared/result';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { corpusSeededCreditCode } from '../../corpus/forms';
import { testRoundCreate } from '../data/testCase';
import { okValue, testCreditCode, testDeps, testEnterpriseInput, testPersonInput } from '../db/testDb';

export interface CorpusStore {
  /** Holds corpusSeededCreditCode. */
  readonly holderId: EnterpriseId;
  /** The enterprise the update cases edit, with a person and a round with a wage model. */
  readonly targetId: EnterpriseId;
  readonly personId: PersonId;
  readonly round: Round;
}

export async function corpusStoreFill(db: WageDeskDb): Promise<CorpusStore> {
  const deps = testDeps();
  const enterprises = enterpriseRepo(db, deps);
  const holder = okValue(await enterprises.create(testEnterpriseInput({ name: '已有信用代码的企业', creditCode: corpusSeededCreditCode })));
  const target = okValue(await enterprises.create(testEnterpriseInput({ name: '福建隆祥皮革有限公司', creditCode: testCreditCode('350982', 7) })));
  const person = okValue(await personRepo(db, deps).create(target.id, testPersonInput({ name: '吴华贵', role: 'chief' })));
  okValue(await personRepo(db, deps).create(target.id, testPersonInput({ name: '记录员', side: 'neutral', role: 'recorder' })));
  const blank = await testRoundCreate({ db, deps }, target.id);
  const round = okValue(await dataHandlers.roundSave({ db, deps }, { enterpriseId: target.id, round: roundSchema.parse({ ...blank, wage: referenceWageCase() }) })).round;
  await db.settings.put({ key: 'language', value: 'zh-CN' });
  await db.meta.put({ key: 'lastBackupAt', value: '2021-01-01T00:00:00.000Z' });
  return { holderId: holder.id, targetId: target.id, personId: person.id, round };
}

/** Every row of every table, by table name. */
export async function corpusSnapshot(db: WageDeskDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

/** Runs `work` and answers its error; a throw or an accepted input fails the test. */
export async function corpusRefusal(work: () => Promise<{ ok: boolean; error?: AppError }>): Promise<AppError> {
  let result: { ok: boolean; error?: AppError };
  try {
    result = await work();
  } catch (thrown) {
    throw new Error(`the entry point threw: ${String(thrown)}`, { cause: thrown });
  }
  if (result.ok) throw new Error('the malformed input was accepted');
  return result.error!;
}
