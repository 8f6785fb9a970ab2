// `npm test`: typecheck, lint, unit tests, end-to-end tests, then one closing line with
// the counts of both test runners (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const step = (name, cmd, args) => {
  console.log(`\n▶ ${name}`);
  const status = spawnSync(cmd, args, { stdio: 'inherit' }).status;
  if (status !== 0) console.log(`✖ ${name} failed (exit ${status})`);
  return status === 0;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
rmSync('.cache/reports', { recursive: true, force: true });

const checks =
  step('typecheck', 'npm', ['run', '--silent', 'typecheck']) &
  step('lint', 'npm', ['run', '--silent', 'lint']) &
  step('licences (GPL-3.0-or-later compatible)', 'node', ['scripts/checkLicenses.mjs']);
const unitOk = step('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/reports/vitest.json']);
const e2eOk = step('end-to-end tests (playwright)', 'node', ['scripts/e2e.mjs']);

const unit = readJson('.cache/reports/vitest.json');
const e2e = readJson('.cache/reports/playwright.json')?.stats;
const passed = (unit?.numPassedTests ?? 0) + (e2e?.expected ?? 0) + (e2e?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.unexpected ?? 0) + (unit ? 0 : 1) + (e2e ? 0 : 1);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.skipped ?? 0);
const ok = checks && unitOk && e2eOk && failed === 0;
console.log(`\nunit ${unit?.numPassedTests ?? 0} passed · e2e ${e2e?.expected ?? 0} passed · typecheck+lint+licences ${checks ? 'ok' : 'FAILED'}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
