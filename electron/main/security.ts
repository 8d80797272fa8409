/**
 * Wires the rules in security-rules.ts to Electron: sessions deny every permission and cancel
 * every request that is not the app's own, and every web contents (the main window, print
 * windows, anything else) refuses new windows, foreign navigation and webviews. Electron is
 * only imported for types, and shell.openExternal is passed in, so tests can drive these
 * with fakes.
 */
import type { Session, WebContents } from 'electron';
import {
  isAllowedExternalUrl,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isAllowedRequestUrl,
} from './security-rules';

export type SessionLike = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'webRequest'
>;

/** Denies all permissions and cancels requests `allow` rejects (by default: anything not the app's). */
export function hardenSession(
  session: SessionLike,
  allow: (url: string) => boolean = isAllowedRequestUrl,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !allow(details.url) }),
  );
}

export type WebContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * No page opens a window; a link to an allowed external URL (https, mailto, tel) goes to
 * the system's own handler instead. The main frame stays on the app, sub-frames on what the
 * app made, and webviews never attach.
 */
export function hardenWebContents(
  contents: WebContentsLike,
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (
      !(event.isMainFrame ? isAllowedNavigation(event.url) : isAllowedFrameNavigation(event.url))
    ) {
      event.preventDefault();
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedFrameNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
