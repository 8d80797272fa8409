/**
 * The one entry to the platform bridge. getPlatform() picks the Electron implementation when
 * the preload has exposed window.backdesk and the browser one otherwise, once per page.
 */
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type * from './types';
export { PlatformError } from './electron';

let platform: Platform | undefined;

export function getPlatform(): Platform {
  platform ??= window.backdesk
    ? createElectronPlatform(window.backdesk)
    : createBrowserPlatform(window);
  return platform;
}

export type MenuCommand = 'print' | 'save-pdf' | 'backup' | 'restore' | 'log-call';

/**
 * Runs `listener` when the native menu asks for a command (File ▸ Print… and so on). Only
 * the Electron app has that menu; in a browser this does nothing. Returns the unsubscribe.
 */
export function onMenuCommand(command: MenuCommand, listener: () => void): () => void {
  const api = window.backdesk;
  if (!api) return () => undefined;
  return api[`menu:${command}`](() => listener());
}

/**
 * Runs `listener` with an event id when the user clicks a reminder's desktop notification
 * (Electron only; a browser never calls it). Returns the unsubscribe.
 */
export function onOpenEventRequest(listener: (eventId: string) => void): () => void {
  const api = window.backdesk;
  if (!api) return () => undefined;
  return api['calendar:open-event']((payload) => listener(payload.eventId));
}
