import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * pdf.js's data files shipped beside the app under pdfjs/ (renderer/ui/PdfViewer.tsx points
 * pdf.js at them), so the viewer never reaches for a CDN: CMaps and standard fonts for PDFs
 * that do not embed theirs, the WebAssembly image decoders scanned PDFs need (JBIG2, CCITT fax,
 * JPEG 2000) with their licences, and colour profiles. The worker itself is bundled by Vite
 * (`pdf.worker.min.mjs?url`).
 */
function pdfjsAssets(): Plugin {
  const root = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));
  return {
    name: 'backdesk-pdfjs-assets',
    apply: 'build',
    async generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        for (const name of await readdir(path.join(root, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: await readFile(path.join(root, folder, name)) });
        }
      }
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  plugins: [react(), cspMeta(), pdfjsAssets()],
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
