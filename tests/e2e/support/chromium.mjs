// One place for how Chromium is started, shared by Playwright (playwright.config.ts) and the
// benchmark (tests/bench/run.mjs), so tests and measurements run the same browser the same way.
// Plain .mjs because the benchmark runs under Node without a TypeScript loader.

/** Debian's Chromium: Playwright may not download its own browser here (no network). */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  // Root in a container has no user namespaces for the sandbox; the pages are our own build.
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium phones home at start; on a closed network that means many refused
  // connections and noise, and with a network it would be traffic the tests never asked for.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A belt under the CSP braces: no host name resolves, so even a request that slipped past
  // the policy could not reach a remote machine; only the loopback the tests serve on is left.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
