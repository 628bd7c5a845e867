/// <reference lib="dom" />
// (tsconfig.node.json checks bench/ without DOM types; this page runs in Chromium.)
// The page bench/federationImport.mjs drives in Chromium. What is measured: the storage side the app
// really runs when the federation imports — registryRepo.importApply of 1,000 agreements (1,000 bundles'
// contents, one enterprise and agreement each, one transaction) plus ledgerRepo.ledgersImport of 50,000
// ledger rows (1,000 enterprises × 50 workers: validated, audited, one transaction), on a real Dexie
// database with the audit middleware. Baseline: the same registry rows and ledger rows written by a
// plain IDBObjectStore.put loop in one transaction into stores with the same keys and indexes.
// Bundles carry no ledger rows; the rows are generated here, before timing, like the bundles. Each bundle
// is the sample's latest round as the app bundles it (templates/caseBundle.ts), renamed per enterprise,
// its agreement signed by both chiefs with a drawn (1×1 placeholder) signature as on the signing screen.
import { agreementVersionFirst } from '../../shared/bundle/agreement';
import type { BundleContents } from '../../shared/bundle/contents';
import { bundleImportPlanAll } from '../../shared/bundle/importPlan';
import { registryEmpty } from '../../shared/bundle/registry';
import type { AgreementSignature } from '../../shared/bundle/signature';
import { caseFileParse } from '../../shared/case/caseFile';
import type { IsoDate } from '../../shared/dates/isoDate';
import { referenceCaseFile } from '../../shared/sample/referenceRounds';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { ledgerSchema, type LedgerInput } from '../../shared/terms/ledger';
import { ledgerRepo, ledgerRows, type LedgerImport } from '../../renderer/db/ledgerRepo';
import { auditSuspended } from '../../renderer/db/auditTrail';
import { registryEntryOf, registryRepo } from '../../renderer/db/registryRepo';
import { repoDepsDefault } from '../../renderer/db/repoResult';
import { WageDeskDb, type DocRow, type RegistryRow } from '../../renderer/db/schema';
import { caseContextOf } from '../../templates/case/fromFile';
import { caseBundleContents } from '../../templates/caseBundle';

const ENTERPRISES = 1000;
const WORKERS = 50;
const clock = () => '2026-01-01T00:00:00.000Z';
const deps = { ...repoDepsDefault, clock };

function creditCode(i: number): string {
  const first17 = `91350982MA${String(i).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17)!;
}

const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

/** The sample's latest round as the app bundles it, its agreement signed by both chiefs. */
async function sampleBundle(): Promise<BundleContents> {
  const file = caseFileParse(referenceCaseFile());
  if (!file.ok) throw new Error(file.error.message);
  const ctx = caseContextOf(file.value);
  if (!ctx.ok) throw new Error(ctx.error.message);
  const made = await caseBundleContents(file.value, ctx.value, { createdAt: clock(), today: clock().slice(0, 10) as IsoDate });
  if (!made.ok) throw new Error(made.error.message);
  const agreement = made.value.agreements[0]!;
  const { parties } = agreement.content;
  const signedAt = `${agreement.content.signedAt ?? clock().slice(0, 10)}T10:00:00+08:00`;
  const signatures: AgreementSignature[] = [
    { role: 'workers_chief', name: parties.workers.chief, signedAt, kind: 'drawn', imagePng: SIGNATURE_PNG },
    { role: 'employer_chief', name: parties.employer.chief, signedAt, kind: 'drawn', imagePng: SIGNATURE_PNG },
  ];
  return { ...made.value, agreements: [{ ...agreement, signatures }] };
}

async function bundlesMake(): Promise<BundleContents[]> {
  const base = await sampleBundle();
  const reference = base.agreements[0]!;
  const bundles: BundleContents[] = [];
  for (let i = 0; i < ENTERPRISES; i++) {
    const code = creditCode(i);
    const name = `福鼎市第${i}号茶业有限公司`;
    const content = { ...reference.content, parties: { ...reference.content.parties, employer: { ...reference.content.parties.employer, name, creditCode: code } } };
    const first = await agreementVersionFirst({ agreementId: `bench-${i}`, kind: 'wage', title: `${name}工资专项集体合同`, enterpriseCreditCode: code }, content);
    if (!first.ok) throw new Error(first.error.message);
    bundles.push({
      ...base,
      enterprise: { ...base.enterprise, profile: { ...base.enterprise.profile, name, creditCode: code } },
      agreements: [{ ...first.value, signatures: reference.signatures }],
      recordSummary: { ...base.recordSummary, events: base.recordSummary.events.map((e) => ({ ...e, agreementId: `bench-${i}` })) },
    });
  }
  return bundles;
}

function ledgersMake(): LedgerImport[] {
  return Array.from({ length: ENTERPRISES }, (_, i) => {
    const ledger: LedgerInput = {
      entries: Array.from({ length: WORKERS }, (_, w) => ({
        workerId: `w${w}`, termId: 'spring-bonus', entitledFen: 80_000 + w,
        payments: [{ date: '2021-02-10', amountFen: 50_000, note: '春节留厂红包' }],
      })),
    };
    return { enterpriseId: `ent-${i}`, ledger };
  });
}

/** The rows the app ends up storing, for the raw baseline (computed with the app's own pure code). */
function rowsFor(bundles: readonly BundleContents[], ledgers: readonly LedgerImport[]) {
  const batch = bundleImportPlanAll(registryEmpty(), bundles);
  if (!batch.ok) throw new Error(batch.error.message);
  const registry = batch.registry;
  const registryRows: RegistryRow[] = bundles.map((b) => {
    const code = b.enterprise.profile.creditCode;
    return { creditCode: code, doc: registryEntryOf(registry, code, new Set())!, updatedAt: clock() };
  });
  const ledgerRowsAll: DocRow[] = ledgers.flatMap((l) => ledgerRows(l.enterpriseId, ledgerSchema.parse(l.ledger), clock()));
  return { registryRows, ledgerRowsAll };
}

let seq = 0;

/** Total ms, and the registry step's share of it (to say where the time goes). */
async function appRun(bundles: readonly BundleContents[], ledgers: readonly LedgerImport[], audited = true): Promise<{ ms: number; registryMs: number }> {
  const db = new WageDeskDb(`bench-app-${++seq}`);
  await db.open();
  const start = performance.now();
  const imported = await registryRepo(db, deps).importApply(bundles);
  const registryMs = performance.now() - start;
  const rows = await ledgerRepo(db, deps).ledgersImport(ledgers);
  const ms = performance.now() - start;
  if (!imported.ok || !rows.ok) throw new Error(JSON.stringify(imported.ok ? rows : imported));
  const [registered, ledgerCount, auditRows] = await Promise.all([db.registry.count(), db.ledgerEntries.count(), db.audit.count()]);
  if (registered !== ENTERPRISES || ledgerCount !== ENTERPRISES * WORKERS || auditRows !== (audited ? 1 + ENTERPRISES : 0)) throw new Error(`stored ${registered}/${ledgerCount}/${auditRows}`);
  db.close();
  await db.delete();
  return { ms, registryMs };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

async function rawRun(registryRows: readonly RegistryRow[], ledgerRowsAll: readonly DocRow[]): Promise<number> {
  const name = `bench-raw-${++seq}`;
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const registry = open.result.createObjectStore('registry', { keyPath: 'creditCode' });
    registry.createIndex('updatedAt', 'updatedAt');
    const ledger = open.result.createObjectStore('ledgerEntries', { keyPath: 'id' });
    ledger.createIndex('enterpriseId', 'enterpriseId');
    ledger.createIndex('updatedAt', 'updatedAt');
  };
  const idb = await request(open);
  const start = performance.now();
  const tx = idb.transaction(['registry', 'ledgerEntries'], 'readwrite');
  const registry = tx.objectStore('registry');
  for (const row of registryRows) registry.put(row);
  const ledger = tx.objectStore('ledgerEntries');
  for (const row of ledgerRowsAll) ledger.put(row);
  await new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  const ms = performance.now() - start;
  idb.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Alternates app and raw runs (the first pair warms up), each on a fresh database; medians in ms. */
async function runBench(runs: number): Promise<{ app: number; raw: number; registry: number; unaudited: number; apps: number[]; raws: number[] }> {
  const bundles = await bundlesMake();
  const ledgers = ledgersMake();
  const { registryRows, ledgerRowsAll } = rowsFor(bundles, ledgers);
  const apps: number[] = [];
  const raws: number[] = [];
  const registries: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const a = await appRun(bundles, ledgers);
    const r = await rawRun(registryRows, ledgerRowsAll);
    if (i > 0) {
      apps.push(a.ms);
      registries.push(a.registryMs);
      raws.push(r);
    }
  }
  // Where the time goes: one run (indicative, a single sample) with the audit trail suspended.
  const unaudited = (await auditSuspended(() => appRun(bundles, ledgers, false))).ms;
  return { app: median(apps), raw: median(raws), registry: median(registries), unaudited, apps, raws };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
document.getElementById('ready')!.hidden = false;
