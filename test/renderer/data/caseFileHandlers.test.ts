// A round out of one store as a case file and into another: the same round, people (matched by name and
// side, so the procedure's ids follow them), roster, ledger and agreement versions come back. An import
// is one transaction: refused whole (another enterprise's file, a term id another round uses), or done
// whole and undoable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataContext } from '../../../renderer/data/context';
import { dataHandlers } from '../../../renderer/data/handlers';
import { personRepo } from '../../../renderer/db/personRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { type CaseFile, type CaseFileInput, caseFileParse } from '../../../shared/case/caseFile';
import type { RoundId } from '../../../shared/case/round';
import { isoDate } from '../../../shared/dates/isoDate';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { Fen } from '../../../shared/money/fen';
import type { BasisPoints } from '../../../shared/money/rate';
import type { TierAssignment } from '../../../shared/regions/minimumWage';
import { minimumWageUserDataEmpty } from '../../../shared/regions/minimumWageFile';
import { settingsHandlers } from '../../../renderer/data/settingsHandlers';
import { referenceRoundLatest } from '../../../shared/sample/referenceRounds';
import { agreementFreeze } from '../../../templates/agreement/flow';
import { okValue, testCreditCode, testDbOpen, testDbsDelete } from '../db/testDb';
import { sampleOwner, sampleWageRow } from '../documents/fixtures';
import { testCtx, testEnterpriseWithPeople } from './testCase';

let source: WageDeskDb;
let target: WageDeskDb;
let from: DataContext;
let into: DataContext;
const roundId = referenceRoundLatest as RoundId;

beforeEach(() => {
  source = testDbOpen();
  target = testDbOpen();
  from = testCtx(source);
  into = testCtx(target);
});
afterEach(() => testDbsDelete(source, target));

/** The sample in the source store with a frozen wage agreement and one more payment, as a user's round would have. */
async function sourceRound(): Promise<EnterpriseId> {
  const { enterpriseId } = okValue(await dataHandlers.sampleLoad(from));
  const row = sampleWageRow(isoDate('2021-01-15'));
  const frozen = okValue(await agreementFreeze(row.name, sampleOwner(), row.state, row.content!));
  okValue(await dataHandlers.agreementsSave(from, { enterpriseId, versions: frozen.write }));
  okValue(await dataHandlers.paymentAdd(from, { enterpriseId, termId: 'sf2021.redPacket', workerId: 'W061', payment: { date: isoDate('2021-03-31'), amountFen: 50_000 as Fen, note: '补发' } }));
  return enterpriseId;
}

async function exported(ctx: DataContext, enterpriseId: EnterpriseId): Promise<CaseFileInput> {
  // Through text, as the file on disk is.
  return JSON.parse(JSON.stringify(okValue(await dataHandlers.caseExport(ctx, { enterpriseId, roundId, minimumWage: minimumWageUserDataEmpty }))));
}

function parsed(input: CaseFileInput): CaseFile {
  return okValue(caseFileParse(input));
}

/** The file with every person id replaced by the person's name and side: the ids a store gives are its own. */
function byNames(file: CaseFileInput): CaseFileInput {
  let text = JSON.stringify(file);
  for (const p of file.people ?? []) text = text.replaceAll(`"${p.id}"`, JSON.stringify(`${p.name}|${p.side}`));
  return JSON.parse(text);
}

const sorted = <T,>(items: readonly T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Every row of the tables an import writes. */
async function snapshot(db: WageDeskDb) {
  return {
    enterprises: await db.enterprises.toArray(),
    people: await db.people.toArray(),
    rounds: await db.rounds.toArray(),
    workers: await db.workers.toArray(),
    ledgerEntries: await db.ledgerEntries.toArray(),
    agreements: await db.agreements.toArray(),
  };
}

describe('caseExport then caseImport into an empty store', () => {
  it('gives back the same round, people, roster, ledger and agreement versions', async () => {
    const original = await exported(from, await sourceRound());
    const imported = okValue(await dataHandlers.caseImport(into, { file: parsed(original), enterpriseId: null }));
    expect(imported).toMatchObject({ roundId, enterpriseCreated: true, counts: { people: original.people!.length, workers: 120, agreements: 1 } });

    const back = byNames(await exported(into, imported.enterpriseId));
    const before = byNames(original);
    expect(back.enterprise).toEqual(before.enterprise);
    expect(back.round).toEqual(before.round);
    expect(sorted(back.people!.map(({ id: _id, ...p }) => p))).toEqual(sorted(before.people!.map(({ id: _id, ...p }) => p)));
    expect(back.roster).toEqual(before.roster);
    expect(sorted(back.ledger!.entries!)).toEqual(sorted(before.ledger!.entries!));
    expect(back.ledger!.leave).toEqual(before.ledger!.leave);
    expect(back.agreements).toEqual(before.agreements);
    // The earlier rounds are not in the new store: only the source knows them.
    expect(back.earlier).toEqual([]);
  });
});

describe('caseImport refusals write nothing', () => {
  it('refuses a file of another enterprise (another credit code) imported into a chosen one', async () => {
    const file = parsed(await exported(from, await sourceRound()));
    const other = await testEnterpriseWithPeople(into, { creditCode: testCreditCode('350982', 7) });
    const before = await snapshot(target);
    const refused = await dataHandlers.caseImport(into, { file, enterpriseId: other.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'case.otherEnterprise' } });
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a round whose term id another round of the enterprise uses, new people and all', async () => {
    const enterpriseId = await sourceRound();
    const file = await exported(from, enterpriseId);
    // Another round carrying this round's terms, and a person the store does not have yet.
    const copy = parsed({ ...file, round: { ...file.round, id: 'ref-2021-copy' }, people: [...file.people!, { id: 'p-new', name: '林新', side: 'workers', role: 'member' }] });
    const before = await snapshot(source);
    const refused = await dataHandlers.caseImport(from, { file: copy, enterpriseId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'terms.idTwice' } });
    expect(await snapshot(source)).toEqual(before);
  });
});

describe('importing the same round again', () => {
  it('replaces the round, and caseImportUndo puts the previous one back', async () => {
    const enterpriseId = await sourceRound();
    const file = parsed(await exported(from, enterpriseId));
    const stored = okValue(await dataHandlers.caseLoad(from, { enterpriseId, roundId })).round;
    okValue(await dataHandlers.roundSave(from, { enterpriseId, round: { ...stored, title: '改过的标题' } }));
    const before = await snapshot(source);

    const again = okValue(await dataHandlers.caseImport(from, { file, enterpriseId: null }));
    expect(again).toMatchObject({ enterpriseId, roundId, enterpriseCreated: false, counts: { people: 0, workers: 0, ledger: 0, agreements: 0 } });
    expect(okValue(await dataHandlers.caseLoad(from, { enterpriseId, roundId })).round.title).toBe(file.round.title);

    okValue(await dataHandlers.caseImportUndo(from, { undo: again.undo }));
    expect(okValue(await dataHandlers.caseLoad(from, { enterpriseId, roundId })).round.title).toBe('改过的标题');
    // Everything as it was, but the round one revision past the import: an editor holding the import's is told.
    const after = await snapshot(source);
    const revisionOf = (s: typeof before) => s.rounds.find((r) => r.id === roundId)?.revision as number;
    expect(revisionOf(after)).toBe(revisionOf(before) + 2);
    const withoutRevision = (s: typeof before) => ({ ...s, rounds: s.rounds.map(({ revision: _r, ...row }) => row) });
    expect(withoutRevision(after)).toEqual(withoutRevision(before));
  });

  it('takes a first import back whole: the enterprise, its people, the round and every row it added', async () => {
    const file = parsed(await exported(from, await sourceRound()));
    const before = await snapshot(target);
    const imported = okValue(await dataHandlers.caseImport(into, { file, enterpriseId: null }));
    okValue(await dataHandlers.caseImportUndo(into, { undo: imported.undo }));
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('caseExport and the economy figures', () => {
  const line = (region: string, year: number) => ({ region, year, effectiveFrom: isoDate(`${year}-01-01`), effectiveTo: null, baseline: 700 as BasisPoints, upper: null, lower: null, verified: false });

  it('keeps the figures that can apply to the enterprise\'s county (its province\'s, its city\'s), and no other region\'s', async () => {
    const enterpriseId = await sourceRound();
    const economy = { guidelines: [line('35', 2021), line('44', 2021), line('3509', 2021)], prices: [{ region: '33', year: 2020, change: 200 as BasisPoints, verified: true }], averageWages: [] };
    const file = JSON.parse(JSON.stringify(okValue(await dataHandlers.caseExport(from, { enterpriseId, roundId, minimumWage: minimumWageUserDataEmpty, economy }))));
    expect(file.economy.guidelines.map((g: { region: string }) => g.region)).toEqual(['35', '3509']);
    expect(file.economy.prices).toEqual([]);
    expect(parsed(file).economy).toEqual(file.economy);
  });

  it('writes no section when no figure applies or none is given', async () => {
    const enterpriseId = await sourceRound();
    const economy = { guidelines: [line('44', 2021)], prices: [], averageWages: [] };
    expect(okValue(await dataHandlers.caseExport(from, { enterpriseId, roundId, minimumWage: minimumWageUserDataEmpty, economy }))).not.toHaveProperty('economy');
    expect(await exported(from, enterpriseId)).not.toHaveProperty('economy');
  });
});

describe('caseImport and the reference figures the file carries', () => {
  // The exporter typed 福鼎's tier from a notice the shipped data does not have yet, and a guideline.
  const tier: TierAssignment = { regionCode: '350982', tier: 2, effectiveFrom: isoDate('2027-04-01'), verified: false };
  const guideline = { region: '35', year: 2025, effectiveFrom: isoDate('2025-01-01'), effectiveTo: isoDate('2025-12-31'), baseline: 650 as BasisPoints, upper: 1000 as BasisPoints, lower: 300 as BasisPoints, verified: false };
  const settingsRows = (db: WageDeskDb) => db.settings.toArray();

  async function fileWithFigures() {
    const enterpriseId = await sourceRound();
    const minimumWage = { tables: [], assignments: [tier] };
    const economy = { guidelines: [guideline], prices: [], averageWages: [] };
    return parsed(JSON.parse(JSON.stringify(okValue(await dataHandlers.caseExport(from, { enterpriseId, roundId, minimumWage, economy })))));
  }

  it('adds what this store lacks to its own entries, and undo takes them back with the round', async () => {
    const file = await fileWithFigures();
    const before = await settingsRows(target);
    const imported = okValue(await dataHandlers.caseImport(into, { file, enterpriseId: null }));
    expect(imported.counts).toMatchObject({ figures: 2, figuresDiffering: 0 });
    expect(okValue(await settingsHandlers.minimumWageUserRead(into)).assignments).toEqual([tier]);
    expect(okValue(await dataHandlers.economyUserRead(into)).guidelines).toEqual([guideline]);

    okValue(await dataHandlers.caseImportUndo(into, { undo: imported.undo }));
    expect(await settingsRows(target)).toEqual(before);
  });

  it('keeps the figures this store has typed otherwise, says how many differ, and undo leaves them', async () => {
    const file = await fileWithFigures();
    const own = { ...guideline, baseline: 700 as BasisPoints };
    okValue(await dataHandlers.economyUserWrite(into, { data: { guidelines: [own], prices: [], averageWages: [] } }));
    const imported = okValue(await dataHandlers.caseImport(into, { file, enterpriseId: null }));
    expect(imported.counts).toMatchObject({ figures: 1, figuresDiffering: 1 });
    expect(okValue(await dataHandlers.economyUserRead(into)).guidelines).toEqual([own]);
    okValue(await dataHandlers.caseImportUndo(into, { undo: imported.undo }));
    expect(okValue(await dataHandlers.economyUserRead(into)).guidelines).toEqual([own]);
    expect(okValue(await settingsHandlers.minimumWageUserRead(into))).toEqual(minimumWageUserDataEmpty);
  });

  it('a refused import takes no figure either', async () => {
    const file = await fileWithFigures();
    const other = await testEnterpriseWithPeople(into, { creditCode: testCreditCode('320506', 7) });
    const before = await settingsRows(target);
    expect(await dataHandlers.caseImport(into, { file, enterpriseId: other.id })).toMatchObject({ ok: false });
    expect(await settingsRows(target)).toEqual(before);
  });
});

describe('caseExport lists the people as the enterprise page does', () => {
  it('by side, role and creation, whatever order the store keeps them in, so the documents name them alike', async () => {
    const enterpriseId = await sourceRound();
    const listed = okValue(await personRepo(source).listByEnterprise(enterpriseId)).items.map((p) => p.id);
    const file = await exported(from, enterpriseId);
    expect(file.people!.map((p) => p.id)).toEqual(listed);
  });
});
