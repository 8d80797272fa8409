/**
 * The app's Content-Security-Policy. One string, used twice: the Electron protocol handler
 * sends it as a header and the renderer build writes it into index.html as a meta tag, so the
 * app runs under the same policy in Electron and in a plain browser (tests, `npm run web`).
 *
 * No remote origin appears anywhere: fonts, icons and images ship in the bundle. Inline styles
 * are allowed because React and recharts set style attributes; inline *scripts* never are.
 * `blob:` lets the print preview and attachment previews show files the app made itself.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
