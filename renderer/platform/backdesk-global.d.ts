/**
 * window.backdesk, as the preload (electron/preload/index.ts) exposes it inside the Electron
 * app: its type is derived from the IPC contract, so a channel added there appears here.
 * Absent in a plain browser, which is how getPlatform() tells the two apart.
 */
import type { BackdeskApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    readonly backdesk?: BackdeskApi;
  }
}

export {};
