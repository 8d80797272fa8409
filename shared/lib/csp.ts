/**
 * The app's Content-Security-Policy. One string, used twice: the Electron protocol handler
 * sends it as a header and the renderer build writes it into index.html as a meta tag, so the
 * app runs under the same policy in Electron and in a plain browser (tests, `npm run web`).
 *
 * No remote origin appears anywhere: fonts, icons and images ship in the bundle, and so do the
 * PDF viewer's worker and data files (renderer/ui/PdfViewer). Inline *scripts* never run.
 * `blob:` lets images and attachment previews show files the app made itself.
 *
 * `style-src 'unsafe-inline'` stays, measured (issue 15.6: every module screen of the sample
 * office in Chromium with the keyword removed, collecting securitypolicyviolation events and
 * console reports from every frame): the app's own screens need none (React style props go
 * through the CSSOM, which the policy does not govern; recharts, the calendar and the PDF
 * viewer inject no <style>), but
 *  - the print previews and the browser build's printing show the standalone document HTML
 *    (shared/documents: a <style> element, and style="" attributes in labels and equipment
 *    history) in srcdoc frames and blob: windows, which inherit this page's policy;
 *  - the rich-text editor (TipTap) injects ProseMirror's base CSS as a <style> element unless
 *    created with `injectCSS: false`.
 * tests/e2e/security.spec.ts pins exactly this list of sources.
 *
 * Office sync (issue 18): the browser build may be served for one CouchDB origin
 * (`scripts/serve.mjs --sync-origin`), which then — and only then — joins connect-src.
 */
export function appCsp(syncOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    syncOrigin ? `connect-src 'self' ${syncOrigin}` : "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The policy Electron sends and the built index.html carries: no origin but the app's own.
 * Electron's sync goes through the main process, so its page never needs another.
 */
export const APP_CSP = appCsp();

/**
 * A sync server's origin as the browser build's policy may name it (issue 18.2: the browser
 * build reaches exactly the office's CouchDB, set when it is served): 'http(s)://host[:port]'
 * and nothing else, or null.
 */
export function syncOriginOf(value: string): string | null {
  try {
    const u = new URL(value);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
    if (u.pathname !== '/' || u.search || u.hash) return null;
    return u.origin;
  } catch {
    return null;
  }
}

/**
 * The policy of pdf.js's worker script alone (Electron sends a worker its policy with the
 * script): the app's, plus compiling WebAssembly ('wasm-unsafe-eval' allows WebAssembly only,
 * never eval of JavaScript) for the JBIG2, CCITT fax and JPEG 2000 decoders of scanned PDFs.
 * The app's own pages never get it.
 */
export const PDF_WORKER_CSP = APP_CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** A bundled pdf.js worker script, by its built path (Vite adds a hash: assets/pdf.worker.min-XXXX.mjs). */
export function isPdfWorkerPath(pathname: string): boolean {
  return /^\/assets\/pdf\.worker(?:\.min)?-[A-Za-z0-9_-]+\.mjs$/.test(pathname);
}
