// `node bench/federationImport.mjs` (issue 7): the federation's import of 1,000 agreements plus 50,000
// ledger rows through the app's own repository code (validated, audited, Dexie), as a ratio to raw
// IndexedDB bulk writes of the same records, both in the same Chromium run; target ≤ 1.5×. What exactly
// is timed on each side: bench/importPage/main.ts. Ratios, not milliseconds: these machines are noisy.
// BENCH_RUNS sets the samples per side (default 5, after one warm-up pair).
import { build } from 'vite';
import { chromiumLaunch, staticServer } from './browser.mjs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(here, '../dist/bench-import');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

await build({
  configFile: false, root: join(here, 'importPage'), base: './', logLevel: 'warn',
  build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 5000 },
});

const { server, address } = await staticServer(outDir);

const browser = await chromiumLaunch();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(address);
  await page.waitForSelector('#ready', { state: 'visible' });
  // eslint-disable-next-line no-undef -- runs in the page
  const result = await page.evaluate((runs) => window.runBench(runs), RUNS);
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`measured: registryRepo.importApply (1,000 bundles' contents) + ledgerRepo.ledgersImport (50,000 rows, validated + audited) vs. a plain IDBObjectStore.put loop of the same rows in one transaction`);
  console.log(`runs (ms, this machine): app [${fmt(result.apps)}], raw [${fmt(result.raws)}]`);
  console.log(`of the app's median, the registry import (1,000 bundles planned and written) took ${result.registry.toFixed(0)} ms; the rest is the 50,000 ledger rows (validated) and their audit entries (one import entry per enterprise)`);
  console.log(`one run with the audit trail suspended (indicative only): ${(result.unaudited / result.raw).toFixed(2)}× raw — the audit trail's share of the gap`);
  console.log(`import 1,000 agreements + 50,000 ledger rows ÷ raw IndexedDB bulk writes = ${(result.app / result.raw).toFixed(2)}× (median of ${RUNS}; target ≤ 1.5×)`);
} finally {
  await browser.close();
  server.close();
}
