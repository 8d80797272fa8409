/**
 * Bundles the Electron side: scripts/build.mjs runs this config twice, with
 * BACKDESK_ELECTRON_TARGET=main and =preload. Both become a single CommonJS file with every
 * dependency inlined (the packaged app ships dist/ only). Main may require Node built-ins and
 * 'electron'; the sandboxed preload may require 'electron' and nothing else, and the build
 * fails if it would.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const target = process.env.BACKDESK_ELECTRON_TARGET === 'preload' ? 'preload' : 'main';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Fails the build when a chunk requires anything outside `allowed`. */
function onlyRequires(allowed: readonly string[]): Plugin {
  return {
    name: 'backdesk-only-requires',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const required = [...chunk.code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
          (m) => m[1],
        );
        const imported = [...chunk.imports, ...chunk.dynamicImports];
        const foreign = new Set(
          [...required, ...imported].filter(
            (name) => name !== undefined && !allowed.includes(name),
          ),
        );
        if (foreign.size) {
          this.error(
            `${chunk.fileName} may only require ${allowed.join(', ')}, but requires ${[...foreign].join(', ')}.`,
          );
        }
      }
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: target === 'preload' ? [onlyRequires(['electron'])] : [],
  build: {
    ssr: path.join(root, 'electron', target, 'index.ts'),
    outDir: path.join(root, 'dist', 'electron', target),
    emptyOutDir: true,
    // Electron 40 runs Node 22+ and Chromium 14x: no down-levelling needed.
    target: 'es2023',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: target === 'preload' ? ['electron'] : ['electron', ...nodeBuiltins],
      output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
    },
  },
  ssr: {
    // Inline zod and friends: the packaged app carries no node_modules.
    noExternal: true,
    target: 'node',
  },
});
