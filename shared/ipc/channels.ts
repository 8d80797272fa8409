/**
 * The names of every IPC channel, and nothing else. Kept apart from contract.ts so the
 * sandboxed preload can build window.backdesk from this list without bundling zod; the
 * contract's `satisfies` clauses fail to compile if the two ever drift apart.
 */

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle), each answered with a Result. */
export const INVOKE_CHANNELS = [
  'files:pick',
  'files:read',
  'files:save',
  'attachments:put',
  'attachments:get',
  'attachments:delete',
  'print:print',
  'print:pdf',
  'app:info',
  'notify:show',
  'calendar:remind',
  'shell:open-external',
  'backups:get-settings',
  'backups:set-settings',
  'backups:choose-folder',
  'backups:write',
  'backups:list',
  'backups:read',
  'keychain:remember',
  'keychain:recall',
  'keychain:forget',
  'email:open-draft',
  'sync:get-connection',
  'sync:set-connection',
  'sync:clear-connection',
  'sync:test',
  'sync:create-database',
  'sync:request',
] as const;

/** Main → renderer events (webContents.send / ipcRenderer.on), e.g. from the native menu. */
export const EVENT_CHANNELS = [
  'menu:print',
  'menu:save-pdf',
  'menu:backup',
  'menu:restore',
  'menu:log-call',
  'calendar:open-event',
  'backups:due',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];
