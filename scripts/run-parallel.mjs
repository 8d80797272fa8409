#!/usr/bin/env node
// Runs several npm scripts at once — `npm test` uses it for typecheck and lint, two
// single-threaded jobs of about the same length, one per core — and keeps the log readable:
// each script's output (stdout and stderr, in order) is printed in full, under its own header,
// when that script ends. Every script runs to its end even when another fails, so one log shows
// all the errors; the exit status is 1 when any script failed.
// Usage: node scripts/run-parallel.mjs <npm script> [<npm script> …]
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> …]');
  process.exit(2);
}

const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

function run(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', name], {
      // npm is npm.cmd on Windows, which only a shell can start.
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    let done = false;
    const finish = (code, detail) => {
      if (done) return; // a child that cannot start reports 'error' and may then 'close'
      done = true;
      children.delete(child);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const status = code === 0 ? 'passed' : `FAILED (${detail})`;
      const text = Buffer.concat(output).toString('utf8');
      process.stdout.write(`\n> npm run ${name}: ${status} in ${seconds} s\n`);
      if (text.trim() !== '') process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      resolve(code === 0);
    };
    child.on('error', (error) => finish(1, error.message));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `signal ${signal}` : `exit ${code}`));
  });
}

const results = await Promise.all(names.map(run));
const failed = names.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((name) => `npm run ${name}`).join(', ')}`);
  process.exit(1);
}
