// `npm run bench`: the browser edition's time to its first interactive screen, as a ratio to a blank
// React page measured in the same Chromium run, and the initial JavaScript size gzipped.
// Ratios, not milliseconds: these machines are noisy. Targets (issue 2): ratio ≤ 1.5, JS ≤ 300 KB.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebServer } from '../scripts/serve-web.mjs';
import { chromiumLaunch, median, staticServer } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');
const webDir = join(repo, 'dist/web');
const blankDir = join(repo, 'dist/bench-blank');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

await build({
  root: join(here, 'blank'), base: './', plugins: [react()], logLevel: 'warn',
  build: { outDir: blankDir, emptyOutDir: true },
});

function initialJsGzipped(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
}

const app = await startWebServer({ port: 0, quiet: true });
const blank = await staticServer(blankDir);
const browser = await chromiumLaunch();

/**
 * ms from navigation start until the ready element is in the DOM, a frame has been produced with it, and
 * the main thread has run a task after that frame. Observed inside the page: Playwright's own
 * waitForSelector retries at growing intervals (up to 500 ms), which measured its back-off rather than
 * the page when the element came later than its first few polls.
 */
async function timeToInteractive(url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((sel) => {
    /* eslint-disable no-undef -- runs in the page */
    const done = () => requestAnimationFrame(() => setTimeout(() => (window.__interactiveAt = performance.now()), 0));
    const seen = () => {
      const el = document.querySelector(sel);
      return el !== null && el.getClientRects().length > 0;
    };
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true });
    /* eslint-enable no-undef */
  }, selector);
  await page.goto(url, { waitUntil: 'commit' });
  // eslint-disable-next-line no-undef -- runs in the page
  const ms = await (await page.waitForFunction(() => window.__interactiveAt, undefined, { polling: 50 })).jsonValue();
  await context.close();
  return ms;
}

const appTimes = [];
const blankTimes = [];
for (let i = 0; i < RUNS + 2; i++) {
  // Alternate so drift in machine load hits both sides alike; the first two rounds warm up.
  const a = await timeToInteractive(app.address, '#main h1');
  const b = await timeToInteractive(blank.address, '#ready');
  if (i >= 2) {
    appTimes.push(a);
    blankTimes.push(b);
  }
}
await browser.close();
app.server.close();
blank.server.close();

const ratio = median(appTimes) / median(blankTimes);
console.log(`medians: app ${median(appTimes).toFixed(0)} ms, blank ${median(blankTimes).toFixed(0)} ms (this machine, this run)`);
const kb = initialJsGzipped(webDir) / 1024;
const baselineKb = initialJsGzipped(blankDir) / 1024;
console.log(`startup: first interactive screen ÷ blank React page = ${ratio.toFixed(2)}× (median of ${RUNS}; target ≤ 1.5×)`);
console.log(`initial JS gzipped: ${kb.toFixed(1)} KB (blank React page: ${baselineKb.toFixed(1)} KB; target ≤ 300 KB)`);
