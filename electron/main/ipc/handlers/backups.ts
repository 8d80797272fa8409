/**
 * backups:* — the automatic backup folder (issue 15.2), over electron/services/backups.ts.
 * The renderer never names a path: the folder comes from a folder dialog main shows, and a
 * backup is read by its file name in that folder only. Each write tells the scheduler, so a
 * quit that waits for its backup goes on as soon as it is written (or has failed).
 */
import { dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import type { BackupKind } from '../../../../shared/ipc/contract';
import type { BackupService } from '../../../services/backups';
import { windowOf } from '../../window';
import { type Handlers } from '../register';

type BackupHandlers = Pick<
  Handlers<IpcMainInvokeEvent>,
  'backups:get-settings' | 'backups:set-settings' | 'backups:choose-folder' | 'backups:write' | 'backups:list' | 'backups:read'
>;

export interface BackupHandlerDependencies {
  service: BackupService;
  /** Called after every write, done or failed (the scheduler's `written`). */
  onWritten?: (kind: BackupKind) => void;
}

export function backupHandlers({ service, onWritten }: BackupHandlerDependencies): BackupHandlers {
  return {
    'backups:get-settings': () => service.getSettings(),
    'backups:set-settings': (patch) => service.setSettings(patch),
    'backups:choose-folder': async (_request, event) => {
      const { folder } = await service.folder();
      const options: OpenDialogOptions = {
        title: 'Choose where Backdesk keeps its backups',
        buttonLabel: 'Keep backups here',
        defaultPath: folder,
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = windowOf(event);
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const picked = choice.filePaths[0];
      if (choice.canceled || !picked) return service.getSettings();
      return service.setFolder(picked);
    },
    'backups:write': async ({ bytes, kind }) => {
      try {
        return await service.write(bytes, kind);
      } finally {
        onWritten?.(kind);
      }
    },
    'backups:list': () => service.list(),
    'backups:read': async ({ id }) => ({ bytes: await service.read(id) }),
  };
}
