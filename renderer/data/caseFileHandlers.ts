// A round in and out of the app as a case file (docs/case-format.md). Export writes the round with the
// enterprise, its people, the earlier rounds' agreed wages, the roster and this round's ledger, its
// agreement versions and the user's own minimum-wage tables. Import does the reverse in ONE transaction:
// the enterprise (found by credit code, or created), its people (matched by name and side, or added), the
// round (replacing the same round, with undo), workers and ledger rows the store does not hold yet, and
// the agreement versions, and the reference figures it carries that this store lacks (caseFiguresImport.ts,
// kept in Settings). The built-in sample is five such files and loads through exactly this import.
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFile, type CaseFileInput, caseFileParse } from '../../shared/case/caseFile';
import type { Round, RoundId } from '../../shared/case/round';
import { type EconomyData, economyDataOfRegion } from '../../shared/economy/economy';
import { economyFileFrom } from '../../shared/economy/economyFile';
import { enterpriseInput, fieldErrors, personInput, type EnterpriseId, type PersonId } from '../../shared/enterprise/model';
import { type MinimumWageUserData, minimumWageFileFrom } from '../../shared/regions/minimumWageFile';
import { agreementVersionSchema } from '../../shared/bundle/agreement';
import { ledgerRows } from '../db/ledgerRepo';
import { docRowNew } from '../db/termsDocRows';
import { enterpriseFromRecord, enterpriseRecord, personRecord, rowLive } from '../db/records';
import { repoErr, repoGuard, repoOk, repoValidationErr, type RepoResult } from '../db/repoResult';
import { enterpriseRestore, personRestore } from '../db/restore';
import { roundRow, roundRowsRead, roundTermIdClash, rowRevision } from '../db/roundRepo';
import { agreementRowId } from '../db/agreementRepo';
import { personOrder } from '../db/personRepo';
import type { DocRow, StoredRow } from '../db/schema';
import { workerSchema } from '../../shared/roster/worker';
import { ledgerSchema } from '../../shared/terms/ledger';
import { caseFiguresTake, caseFiguresUndo, type SettingBefore } from './caseFiguresImport';
import { caseHandlers } from './caseHandlers';
import type { DataContext } from './context';

export interface CaseImported {
  readonly enterpriseId: EnterpriseId;
  readonly roundId: RoundId;
  readonly enterpriseCreated: boolean;
  /** Rows to put back (or remove) on undo. */
  readonly undo: CaseImportUndo;
  readonly counts: {
    readonly people: number;
    readonly workers: number;
    readonly ledger: number;
    readonly agreements: number;
    /** Reference figures the file carried that this store did not know, added to Settings. */
    readonly figures: number;
    /** Reference figures of the file this store holds otherwise (or that would clash): not taken. */
    readonly figuresDiffering: number;
  };
}

export interface CaseImportUndo {
  /** The round row the import replaced; null when the round is new (undo deletes it). */
  readonly roundBefore: StoredRow | null;
  readonly roundId: RoundId;
  /** Keys of rows the import added, per table (undo deletes them). */
  readonly added: { readonly enterprises: readonly string[]; readonly people: readonly string[]; readonly workers: readonly string[]; readonly ledgerEntries: readonly string[]; readonly agreements: readonly string[] };
  /** The settings rows (reference figures) the import changed, as they were. */
  readonly settingsBefore: readonly SettingBefore[];
}

/** Procedure person ids rewritten from the file's ids to the stored people's ids. */
function procedurePeopleMapped(round: Round, ids: ReadonlyMap<string, string>): Round {
  const map = (id: string) => ids.get(id) ?? id;
  const p = round.procedure;
  return {
    ...round,
    procedure: {
      ...p,
      representatives: p.representatives.map((r) => ({ ...r, personId: map(r.personId) })),
      recorder: p.recorder ? { ...p.recorder, personId: map(p.recorder.personId) } : null,
      vacancies: p.vacancies.map((v) => ({ ...v, personId: map(v.personId), replacementId: v.replacementId === null ? null : map(v.replacementId) })),
      statusChanges: p.statusChanges.map((c) => ({ ...c, personId: map(c.personId) })),
      meetings: p.meetings.map((m) => ({ ...m, attendees: m.attendees.map(map), minutes: m.minutes ? { ...m.minutes, recorderId: m.minutes.recorderId === null ? null : map(m.minutes.recorderId) } : null })),
    },
  };
}

async function importInto(ctx: DataContext, file: CaseFile, targetId: EnterpriseId | null): Promise<RepoResult<CaseImported>> {
  const db = ctx.db;
  const at = ctx.deps.clock();
  const fields = enterpriseInput.safeParse(file.enterprise);
  if (!fields.success) return repoValidationErr(fieldErrors(fields.error));
  const added = { enterprises: [] as string[], people: [] as string[], workers: [] as string[], ledgerEntries: [] as string[], agreements: [] as string[] };

  // The enterprise: the one chosen (it must be the file's, by credit code), else the one holding the code, else a new one.
  let enterpriseId: EnterpriseId;
  if (targetId !== null) {
    const row = await db.enterprises.get(targetId);
    const restored = rowLive(row) ? enterpriseRestore(row) : null;
    if (!restored?.ok) return repoErr('notFound', `enterprise ${targetId} not found`, { id: targetId });
    if (restored.record.creditCode !== fields.data.creditCode) return repoErr('case.otherEnterprise', 'the case file belongs to another enterprise', { creditCode: fields.data.creditCode });
    enterpriseId = targetId;
  } else {
    const holder = (await db.enterprises.where('creditCode').equals(fields.data.creditCode).toArray()).find(rowLive);
    if (holder) enterpriseId = holder.id as EnterpriseId;
    else {
      enterpriseId = ctx.deps.newId() as EnterpriseId;
      await db.enterprises.add(enterpriseRecord(fields.data, enterpriseId, at));
      added.enterprises.push(enterpriseId);
    }
  }

  // People: the stored person of the same name and side, else a new one.
  const stored = (await db.people.where('enterpriseId').equals(enterpriseId).toArray()).filter(rowLive).flatMap((row) => {
    const p = personRestore(row);
    return p.ok ? [p.record] : [];
  });
  const ids = new Map<string, string>();
  for (const person of file.people) {
    const match = stored.find((p) => p.name === person.name && p.side === person.side);
    if (match) {
      ids.set(person.id, match.id);
      continue;
    }
    const { id: fileId, ...input } = person;
    const parsed = personInput.safeParse(input);
    if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
    const record = personRecord(parsed.data, ctx.deps.newId() as PersonId, enterpriseId, at);
    await db.people.add(record);
    added.people.push(record.id);
    stored.push(record);
    ids.set(fileId, record.id);
  }

  // The round: replaces the enterprise's round of the same id; another enterprise's id gets a new one.
  let round = procedurePeopleMapped(file.round, ids);
  const existing = await db.rounds.get(round.id);
  let agreements = file.agreements;
  if (existing !== undefined && existing.enterpriseId !== enterpriseId) {
    const fresh = ctx.deps.newId() as RoundId;
    agreements = agreements.map((a) => ({ ...a, agreementId: a.agreementId.replace(new RegExp(`-${round.id}$`), `-${fresh}`).slice(0, 64) }));
    round = { ...round, id: fresh };
  }
  const siblings = roundRowsRead(await db.rounds.where('enterpriseId').equals(enterpriseId).toArray()).items.map((s) => s.round);
  const clash = roundTermIdClash(round, siblings);
  if (clash !== null) return repoErr('terms.idTwice', `term id ${clash} is used in another round`, { id: clash });
  const roundBefore = existing !== undefined && existing.enterpriseId === enterpriseId ? existing : null;
  await db.rounds.put(roundRow(enterpriseId, round, at, roundBefore ?? undefined));

  // Workers and ledger rows the store does not hold yet; what it holds is kept as it is.
  const workerRows = file.roster.map((w) => docRowNew(enterpriseId, w.id, workerSchema.parse(w), at));
  const heldWorkers = new Set(await db.workers.where('enterpriseId').equals(enterpriseId).primaryKeys());
  const newWorkers = workerRows.filter((r) => !heldWorkers.has(r.id));
  await db.workers.bulkAdd(newWorkers);
  added.workers.push(...newWorkers.map((r) => r.id));
  const ledger = ledgerRows(enterpriseId, ledgerSchema.parse(file.ledger), at);
  const heldLedger = new Set(await db.ledgerEntries.where('enterpriseId').equals(enterpriseId).primaryKeys());
  const newLedger = ledger.filter((r) => !heldLedger.has(r.id));
  await db.ledgerEntries.bulkAdd(newLedger);
  added.ledgerEntries.push(...newLedger.map((r) => r.id));

  const versionRows: DocRow[] = agreements.map((v) => ({ id: agreementRowId(v), enterpriseId, doc: agreementVersionSchema.parse(v), updatedAt: at, deletedAt: null }));
  const heldVersions = new Set(await db.agreements.where('enterpriseId').equals(enterpriseId).primaryKeys());
  const newVersions = versionRows.filter((r) => !heldVersions.has(r.id));
  await db.agreements.bulkAdd(newVersions);
  added.agreements.push(...newVersions.map((r) => r.id));

  return repoOk({
    enterpriseId,
    roundId: round.id,
    enterpriseCreated: added.enterprises.length > 0,
    undo: { roundBefore, roundId: round.id, added, settingsBefore: [] },
    counts: { people: added.people.length, workers: newWorkers.length, ledger: newLedger.length, agreements: newVersions.length, figures: 0, figuresDiffering: 0 },
  });
}

const importTables = (ctx: DataContext) => [ctx.db.enterprises, ctx.db.people, ctx.db.rounds, ctx.db.workers, ctx.db.ledgerEntries, ctx.db.agreements, ctx.db.settings];

/**
 * `work` in one transaction over the import's tables, rolled back when it answers an error: a refusal can
 * come after rows were added (new people before a term id clash), and a refused import writes nothing.
 */
async function importTransaction<T>(ctx: DataContext, work: () => Promise<RepoResult<T>>): Promise<RepoResult<T>> {
  const refusal: { result: RepoResult<T> | null } = { result: null };
  const done = await repoGuard(() =>
    ctx.db.transaction('rw', importTables(ctx), async () => {
      const result = await work();
      if (result.ok) return result;
      refusal.result = result;
      throw new Error('import refused'); // Dexie rolls back a transaction whose callback throws
    }),
  );
  return refusal.result ?? done;
}

export interface SampleLoaded {
  readonly enterpriseId: EnterpriseId;
  readonly name: string;
  /** The round the sample opens on (the latest). */
  readonly roundId: RoundId;
  /** A live enterprise with the sample's credit code was already there: nothing was added. */
  readonly alreadyLoaded: boolean;
}

export const caseFileHandlers = {
  /**
   * The round as a case file (JSON value, not yet text). `economy`: the economy figures in use; the file
   * keeps those that can apply to the enterprise's county, the ones its 测算说明 reads.
   */
  async caseExport(
    ctx: DataContext,
    args: { readonly enterpriseId: EnterpriseId; readonly roundId: RoundId; readonly minimumWage: MinimumWageUserData; readonly economy?: EconomyData },
  ): Promise<RepoResult<CaseFileInput>> {
    return repoGuard(async () => {
      const enterpriseRow = await ctx.db.enterprises.get(args.enterpriseId);
      const enterprise = rowLive(enterpriseRow) ? enterpriseRestore(enterpriseRow) : null;
      if (!enterprise?.ok) return repoErr('notFound', `enterprise ${args.enterpriseId} not found`, { id: args.enterpriseId });
      const loaded = await caseHandlers.caseLoad(ctx, args);
      if (!loaded.ok) return loaded;
      // In the order the enterprise page lists them, which is the order documents name them in.
      const people = (await ctx.db.people.where('enterpriseId').equals(args.enterpriseId).toArray())
        .filter(rowLive)
        .flatMap((row) => {
          const p = personRestore(row);
          return p.ok ? [p.record] : [];
        })
        .sort(personOrder)
        .map(({ enterpriseId: _e, createdAt: _c, updatedAt: _u, deletedAt: _d, ...person }) => person);
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...profile } = enterprise.record;
      const terms = new Set(loaded.value.round.terms.map((t) => t.id));
      const own = (id: string) => terms.has(id);
      const user = args.minimumWage;
      const economy = args.economy ? economyDataOfRegion(args.economy, profile.regionCode) : null;
      const economyKept = economy !== null && economy.guidelines.length + economy.prices.length + economy.averageWages.length > 0;
      return repoOk({
        format: CASE_FILE_FORMAT,
        version: CASE_FILE_VERSION,
        enterprise: profile,
        people,
        round: loaded.value.round,
        earlier: [...loaded.value.earlier],
        roster: loaded.value.round.terms.length > 0 ? [...loaded.value.roster] : [],
        ledger: { entries: loaded.value.ledger.entries.filter((e) => own(e.termId)), leave: loaded.value.ledger.leave.filter((l) => own(l.termId)) },
        agreements: [...loaded.value.agreements],
        minimumWage: user.tables.length === 0 && user.assignments.length === 0 ? null : minimumWageFileFrom(user),
        ...(economyKept ? { economy: economyFileFrom(economy) } : {}),
      });
    });
  },

  /**
   * Imports a parsed case file into `enterpriseId` (null: the enterprise with the file's credit code, or a
   * new one). Errors: case.otherEnterprise, terms.idTwice, validation, notFound, storage.*.
   */
  async caseImport(ctx: DataContext, args: { readonly file: CaseFile; readonly enterpriseId: EnterpriseId | null }): Promise<RepoResult<CaseImported>> {
    return importTransaction(ctx, async () => {
      const imported = await importInto(ctx, args.file, args.enterpriseId);
      if (!imported.ok) return imported;
      const figures = await caseFiguresTake(ctx, args.file);
      if (!figures.ok) return figures;
      const { undo, counts } = imported.value;
      return repoOk({
        ...imported.value,
        undo: { ...undo, settingsBefore: figures.value.before },
        counts: { ...counts, figures: figures.value.added, figuresDiffering: figures.value.differing },
      });
    });
  },

  /** Takes an import back: the rows it added go, the round it replaced and the figures it changed come back. */
  async caseImportUndo(ctx: DataContext, args: { readonly undo: CaseImportUndo }): Promise<RepoResult<null>> {
    const { undo } = args;
    return repoGuard(() =>
      ctx.db.transaction('rw', importTables(ctx), async () => {
        // One revision past the imported row, so an editor still holding the import's revision is told.
        if (undo.roundBefore) await ctx.db.rounds.put({ ...(undo.roundBefore as DocRow), revision: rowRevision(await ctx.db.rounds.get(undo.roundId)) + 1 });
        else await ctx.db.rounds.delete(undo.roundId);
        await ctx.db.agreements.bulkDelete([...undo.added.agreements]);
        await ctx.db.ledgerEntries.bulkDelete([...undo.added.ledgerEntries]);
        await ctx.db.workers.bulkDelete([...undo.added.workers]);
        await ctx.db.people.bulkDelete([...undo.added.people]);
        await ctx.db.enterprises.bulkDelete([...undo.added.enterprises]);
        await caseFiguresUndo(ctx, undo.settingsBefore);
        return repoOk(null);
      }),
    );
  },

  /** 载入参考案例: the sample's five rounds through caseImport, in one transaction; twice adds nothing. */
  async sampleLoad(ctx: DataContext): Promise<RepoResult<SampleLoaded>> {
    // The sample's data loads only when asked for: it is a few hundred kilobytes nobody else needs.
    const { referenceCaseFiles } = await import('../../shared/sample/referenceRounds');
    const files: CaseFile[] = [];
    for (const input of referenceCaseFiles()) {
      const parsed = caseFileParse(input);
      if (!parsed.ok) return repoErr('sample.invalid', parsed.error.message, parsed.error.params);
      files.push(parsed.value);
    }
    const first = files[0]!;
    return importTransaction<SampleLoaded>(ctx, async () => {
      const holder = (await ctx.db.enterprises.where('creditCode').equals(first.enterprise.creditCode).toArray()).find(rowLive);
      const latest = files.at(-1)!.round.id;
      if (holder) {
        const restored = enterpriseRestore(holder);
        if (!restored.ok) return repoErr('storage.corrupt', restored.skipped.reason, { id: holder.id });
        return repoOk({ enterpriseId: holder.id as EnterpriseId, name: enterpriseFromRecord(restored.record).name, roundId: latest, alreadyLoaded: true });
      }
      let enterpriseId: EnterpriseId | null = null;
      for (const file of files) {
        const imported = await importInto(ctx, file, enterpriseId);
        if (!imported.ok) return imported;
        enterpriseId = imported.value.enterpriseId;
      }
      return repoOk({ enterpriseId: enterpriseId!, name: first.enterprise.name, roundId: latest, alreadyLoaded: false });
    });
  },
};
