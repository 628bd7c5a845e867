// Adds up the JSON reports that `npm test` leaves in reports/ and prints one line: "N passed, N failed".
// Typecheck and lint have no report; when the run failed and no test failed, the failure was theirs.
import { readFileSync, existsSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;

if (existsSync('reports/vitest.json')) {
  const r = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}
if (existsSync('reports/playwright.json')) {
  const r = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
  passed += r.stats?.expected ?? 0;
  failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
