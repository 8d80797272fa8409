/**
 * backups:* — the automatic backup folder (issue 15.2). SCAFFOLD: answers "not set up" until
 * the backup service (electron/services/backups.ts) lands.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../../../shared/ipc/result';
import { type Handlers } from '../register';

type BackupHandlers = Pick<
  Handlers<IpcMainInvokeEvent>,
  'backups:get-settings' | 'backups:set-settings' | 'backups:choose-folder' | 'backups:write' | 'backups:list' | 'backups:read'
>;

const notYet = (): never => {
  throw new AppError('unavailable', 'Automatic backups are not set up in this build.');
};

export function backupHandlers(): BackupHandlers {
  return {
    'backups:get-settings': notYet,
    'backups:set-settings': notYet,
    'backups:choose-folder': notYet,
    'backups:write': notYet,
    'backups:list': notYet,
    'backups:read': notYet,
  };
}
