// Benchmark (issue 14, item 4): the worst case of reading damaged files, as RATIOS to reading the valid
// file in the same run. The mutants are the fuzz tests' (test/shared/fuzz: same seeds, same counts): every
// bundle through bundleOpen, every backup through backupDecrypt (when sealed) and backupParse. Reported:
// the slowest mutant's time ÷ the valid file's median time; the most bytes one mutant inflated ÷ the
// valid bundle's; and the process's peak resident memory after all mutants ÷ after the valid files alone.
// The restore into the store is not timed here (it runs in the browser's IndexedDB; the backup fuzz test
// checks its outcome). Run: npx tsx bench/fileFuzz.ts
import { backupDecrypt, backupEncrypt, backupTextIsEncrypted } from '../shared/backup/encrypted';
import { backupDocumentBuild, backupParse, backupText, type BackupDocument } from '../shared/backup/format';
import { bundleBuild, bundleOpen } from '../shared/bundle/format';
import type { ZipReadMeter } from '../shared/bundle/zipRead';
import { referenceBundleFile, referenceContents, testIterations, unwrap } from '../test/shared/bundle/fixtures';
import { backupMutants } from '../test/shared/fuzz/backupMutants';
import { bundleFuzzPassword, bundleMutants } from '../test/shared/fuzz/bundleMutants';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const passphrase = '协商台备份口令 fuzz';
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * A backup the app's writer makes, of a realistic size: the sample's enterprise, agreement and record
 * summary as rows, with an audit trail of 60 entries. backupParse does not validate rows, only reads them.
 */
async function validBackup(): Promise<BackupDocument> {
  const contents = await referenceContents();
  const at = contents.createdAt;
  const audit = Array.from({ length: 60 }, (_, i) => ({ seq: i + 1, at, table: 'enterprises', key: 'e1', action: 'update', before: contents.enterprise, after: contents.enterprise }));
  const tables = { enterprises: [contents.enterprise], agreements: contents.agreements, registry: [contents.recordSummary], audit, settings: [{ key: 'language', value: 'zh-CN' }] };
  return unwrap(await backupDocumentBuild({ appVersion: '0.1.0', schemaVersion: 7, createdAt: at }, tables));
}

async function readBackup(text: string) {
  if (!backupTextIsEncrypted(text)) return backupParse(text);
  const opened = await backupDecrypt(text, passphrase);
  return opened.ok ? backupParse(opened.value) : opened;
}

interface Worst {
  ms: number;
  what: string;
}

async function main(): Promise<void> {
  const validBundle = await referenceBundleFile();
  const sealedBundle = unwrap(await bundleBuild(await referenceContents(), { password: bundleFuzzPassword, iterations: testIterations }));
  const backup = await validBackup();
  const backupFile = backupText(backup);
  const sealedBackup = unwrap(await backupEncrypt(backupFile, backup, passphrase));

  // The valid files first: their times, their inflated bytes, and the memory they need.
  const validMeter: ZipReadMeter = { inflated: 0 };
  const bundleMs: number[] = [];
  const backupMs: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const b = await timed(() => bundleOpen(validBundle, undefined, i === 0 ? validMeter : undefined));
    const k = await timed(() => readBackup(backupFile));
    if (!b.value.ok || !k.value.ok) throw new Error('the valid files do not read');
    if (i >= 2) bundleMs.push(b.ms);
    if (i >= 2) backupMs.push(k.ms);
  }
  const validPeak = peakRssMiB();
  const bundleValidMs = median(bundleMs);
  const backupValidMs = median(backupMs);

  const worstBundle: Worst = { ms: 0, what: '' };
  let inflatedMost = 0;
  let bundleCount = 0;
  for await (const mutant of bundleMutants(validBundle, sealedBundle)) {
    bundleCount++;
    const meter: ZipReadMeter = { inflated: 0 };
    const { ms, value } = await timed(() => bundleOpen(mutant.file, mutant.layer === 'encrypted' ? bundleFuzzPassword : undefined, meter));
    inflatedMost = Math.max(inflatedMost, meter.inflated);
    if (ms > worstBundle.ms) Object.assign(worstBundle, { ms, what: `${mutant.layer}/${mutant.kind} → ${value.ok ? 'ok' : value.error.code}` });
  }

  const worstBackup: Worst = { ms: 0, what: '' };
  let backupCount = 0;
  let sealedMs = 0;
  for await (const mutant of backupMutants(backup, sealedBackup)) {
    backupCount++;
    const { ms, value } = await timed(() => readBackup(mutant.text));
    // A sealed backup's PBKDF2 (600 000 rounds) is the same cost for a valid file: kept apart, not a worst case.
    if (mutant.layer === 'encrypted') {
      sealedMs = Math.max(sealedMs, ms);
      continue;
    }
    if (ms > worstBackup.ms) Object.assign(worstBackup, { ms, what: `${mutant.layer}/${mutant.kind} → ${value.ok ? 'ok' : value.error.code}` });
  }
  const fuzzPeak = peakRssMiB();
  const sealedValid = await timed(() => readBackup(sealedBackup));

  const f = (x: number) => x.toFixed(1);
  console.log(`measured: bundleOpen of ${bundleCount} bundle mutants and backupParse of ${backupCount} backup mutants (test/shared/fuzz, fixed seeds), each once, vs. the valid file (median of ${RUNS})`);
  console.log(`valid (ms, this machine): bundle ${f(bundleValidMs)} (${validBundle.length} bytes, inflates to ${validMeter.inflated}), backup ${f(backupValidMs)} (${backupFile.length} characters)`);
  console.log(`slowest bundle mutant: ${worstBundle.what}, ${f(worstBundle.ms)} ms = ${f(worstBundle.ms / bundleValidMs)}× the valid bundle`);
  console.log(`slowest backup mutant: ${worstBackup.what}, ${f(worstBackup.ms)} ms = ${f(worstBackup.ms / backupValidMs)}× the valid backup`);
  console.log(`sealed backups (PBKDF2 600 000 rounds): slowest damaged ${f(sealedMs)} ms = ${f(sealedMs / sealedValid.ms)}× the valid sealed backup`);
  console.log(`most bytes one bundle mutant inflated: ${inflatedMost} = ${f(inflatedMost / validMeter.inflated)}× the valid bundle's (the limit is 64 MiB plus one inflate step)`);
  console.log(`peak resident memory: ${f(fuzzPeak)} MiB after the mutants ÷ ${f(validPeak)} MiB after the valid files = ${(fuzzPeak / validPeak).toFixed(2)}×`);
}

void main();
