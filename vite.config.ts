import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { APP_CSP } from './shared/lib/csp.ts';

/** Writes the app's CSP into the built index.html (not the dev server, whose HMR needs inline script). */
function cspMeta(): Plugin {
  return {
    name: 'backdesk-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${APP_CSP}" />`,
      );
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  plugins: [react(), cspMeta()],
  build: {
    // BACKDESK_OUT_DIR lets parallel test runs build side by side without clobbering dist/.
    outDir: process.env.BACKDESK_OUT_DIR ?? '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // The benchmark page ships beside the app so `npm run bench` measures the same bundle
      // under the same CSP; the app itself never links to it.
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./renderer/bench.html', import.meta.url)),
      },
      output: {
        // zod builds a `new Function` probe into every object schema unless told it runs
        // jitless; under the app's CSP that probe is reported as a violation on every start.
        // A banner on every chunk sets the flag before any chunk's schemas are built.
        banner: 'globalThis.__zod_globalConfig ??= {}; globalThis.__zod_globalConfig.jitless = true;',
      },
    },
  },
});
