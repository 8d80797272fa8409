/** All IPC handlers, one module per domain, merged into the map register.ts binds. */
import type { IpcMainInvokeEvent } from 'electron';
import { type AttachmentStore } from '../../../services/attachments';
import { type Handlers } from '../register';
import { appHandlers } from './app';
import { attachmentHandlers } from './attachments';
import { backupHandlers, type BackupHandlerDependencies } from './backups';
import { keychainHandlers } from './keychain';
import { syncHandlers } from './sync';
import { calendarHandlers } from './calendar';
import { emailHandlers } from './email';
import { fileHandlers } from './files';
import { printHandlers } from './print';

export interface HandlerDependencies {
  attachments: AttachmentStore;
  backups: BackupHandlerDependencies;
}

export function createHandlers({ attachments, backups }: HandlerDependencies): Handlers<IpcMainInvokeEvent> {
  return {
    ...fileHandlers(),
    ...attachmentHandlers(attachments),
    ...printHandlers(),
    ...appHandlers(),
    ...calendarHandlers(),
    ...backupHandlers(backups),
    ...keychainHandlers(),
    ...syncHandlers(),
    ...emailHandlers(),
  };
}
