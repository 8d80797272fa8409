/**
 * The app's security decisions as plain functions of a URL or a path, with no Electron
 * import, so each rule is unit-tested on its own (security-rules.test.ts) and security.ts
 * only wires them to Electron's events. Every URL is parsed with URL and compared by parts;
 * a substring or prefix test would let app://backdesk.evil.com or app://backdesk@evil pass.
 */
export { resolveContained } from '../services/paths';

export const APP_SCHEME = 'app';
export const APP_HOST = 'backdesk';
/** Where the renderer is served from. IndexedDB belongs to this origin: never change it. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/`;

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:', 'tel:']);

/**
 * Parses a URL from outside, refusing whitespace and control characters outright: the URL
 * parser would silently drop them, so 'java\tscript:' would come out as 'javascript:'.
 */
function parse(url: unknown): URL | null {
  // eslint-disable-next-line no-control-regex
  if (typeof url !== 'string' || url.length > 8192 || /[\u0000-\u0020\u007f]/.test(url))
    return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isAppOrigin(parsed: URL): boolean {
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True for URLs of the app itself (app://backdesk/...). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && isAppOrigin(parsed);
}

/** IPC is answered only for the app's own top frame, never an iframe or another page. */
export function isAllowedSender(frameUrl: string, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/** The main frame may only move within the app (the SPA rarely navigates at all). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Sub-frames (document previews) may hold app pages, blank pages, srcdoc content or blobs
 * the app made itself; nothing from anywhere else.
 */
export function isAllowedFrameNavigation(url: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'blob:') return isAppUrl(parsed.pathname);
  return isAppOrigin(parsed);
}

/** Links the app may hand to the operating system (shell.openExternal): web pages over HTTPS, e-mail, phone. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  return parsed.pathname !== '';
}

/**
 * Requests the main window's session lets through. Only the app's own origin touches the
 * network stack; data: and app-made blob: URLs never leave the process; devtools: is the
 * inspector itself (off when packaged).
 */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'blob:') return isAppUrl(parsed.pathname);
  return isAppOrigin(parsed);
}
