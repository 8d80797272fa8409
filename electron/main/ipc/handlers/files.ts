/**
 * files:* — the renderer never names a path. files:pick shows the open dialog and answers
 * with opaque ids for what the user chose; files:read reads by id (a file picked with purpose
 * 'backup' up to SAVED_FILE_MAX_BYTES, any other up to PICKED_FILE_MAX_BYTES); files:save shows
 * the save dialog with a suggested name and writes where the user pointed.
 */
import {
  app,
  dialog,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import { describeUserFile, FileGrants, writeFileAtomic } from '../../../services/files';
import { PickedFiles } from './pickedFiles';
import { windowOf } from '../../window';
import { type Handlers } from '../register';

type FileHandlers = Pick<Handlers<IpcMainInvokeEvent>, 'files:pick' | 'files:read' | 'files:save'>;

export function fileHandlers(grants = new FileGrants()): FileHandlers {
  // A file picked as a backup may be read up to the size a backup is written at.
  const picked = new PickedFiles(grants);
  return {
    'files:pick': async (request, event) => {
      const options: OpenDialogOptions = {
        title: request?.title ?? 'Open',
        properties: request?.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        ...(request?.filters ? { filters: request.filters } : {}),
      };
      const parent = windowOf(event);
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      if (choice.canceled) return [];
      return Promise.all(
        choice.filePaths.map(async (filePath) => ({
          id: picked.grant(filePath, request?.purpose),
          ...(await describeUserFile(filePath)),
        })),
      );
    },

    'files:read': async ({ id }) => picked.read(id),

    'files:save': async ({ bytes, suggestedName, filters }, event) => {
      const options: SaveDialogOptions = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(filters ? { filters } : {}),
      };
      const parent = windowOf(event);
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileAtomic(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
  };
}
