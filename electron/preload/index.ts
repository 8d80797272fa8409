/**
 * Builds window.backdesk from the contract's channel list: one function per channel, and
 * nothing else. ipcRenderer itself never crosses the bridge, and event listeners receive
 * only the payload, never Electron's event object (whose `sender` is ipcRenderer). No logic
 * lives here; main validates every request. Sandboxed preloads may only require 'electron',
 * which vite.electron.config.ts checks when it bundles this file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { BackdeskApi } from '../../shared/ipc/contract';

const api: Record<string, unknown> = {};

for (const channel of INVOKE_CHANNELS) {
  api[channel] = (request?: unknown) => ipcRenderer.invoke(channel, request);
}

for (const channel of EVENT_CHANNELS) {
  api[channel] = (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function')
      throw new TypeError(`${channel} needs a listener function.`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
}

contextBridge.exposeInMainWorld('backdesk', Object.freeze(api) as BackdeskApi);
