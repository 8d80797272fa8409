// Prints what a reader of a failed CI log needs last: each failing (or flaky) end-to-end test
// with the first line of its error, and where the report and traces are kept. Reads the JSON
// report Playwright writes in CI (playwright.config.ts). Usage: node scripts/e2e-summary.mjs DIR
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? 'e2e-report');
const file = path.join(dir, 'results.json');

// Playwright's messages carry terminal colours; a log file wants plain text.
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

function firstErrorLine(result) {
  const error = result?.errors?.[0] ?? result?.error;
  const message = plain(error?.message ?? error?.value ?? 'no error message').trim();
  return message.split('\n').find((line) => line.trim() !== '') ?? message;
}

/** Every test of the report with its spec's title path, depth first. */
function* testsOf(suite, titles = []) {
  const here = suite.title ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) yield { spec, test, titles: here };
  }
  for (const child of suite.suites ?? []) yield* testsOf(child, here);
}

if (!existsSync(file)) {
  console.log(`No end-to-end report at ${file}: the run stopped before the end-to-end tests.`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const failed = [];
const flaky = [];
for (const suite of report.suites ?? []) {
  for (const { spec, test, titles } of testsOf(suite)) {
    const where = `${spec.file}:${spec.line} › ${[...titles.slice(1), spec.title].join(' › ')}`;
    const bad = test.results.find((r) => r.status !== 'passed' && r.status !== 'skipped');
    if (test.status === 'unexpected') failed.push({ where, line: firstErrorLine(bad) });
    else if (test.status === 'flaky') flaky.push({ where, line: firstErrorLine(bad) });
  }
}
const stats = report.stats ?? {};
console.log(
  `End-to-end: ${stats.expected ?? 0} passed, ${stats.unexpected ?? 0} failed, ` +
    `${stats.flaky ?? 0} flaky, ${stats.skipped ?? 0} skipped in ${Math.round((stats.duration ?? 0) / 1000)} s`,
);
for (const [label, list] of [
  ['Failed', failed],
  ['Flaky (failed, then passed on retry)', flaky],
]) {
  if (!list.length) continue;
  console.log(`\n${label}:`);
  for (const { where, line } of list) console.log(`  ✘ ${where}\n      ${line}`);
}
if (failed.length || flaky.length) {
  console.log(`\nReport with traces and screenshots: ${path.join(dir, 'html')}`);
  console.log(`  (open with: npx playwright show-report ${path.join(dir, 'html')})`);
  console.log(`Traces, screenshots and PDFs per test: ${path.join(dir, 'artifacts')}`);
}
