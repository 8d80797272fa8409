/**
 * sync:* — office sync (issue 18): the connection (its password sealed with Electron's
 * safeStorage, in a file under the user data folder) and the sync engine's requests, carried to
 * that server only (electron/services/syncConnection.ts). The renderer's CSP keeps connect-src
 * 'self': the app's page never talks to the network itself.
 */
import path from 'node:path';
import { app, safeStorage, type IpcMainInvokeEvent } from 'electron';
import { SyncService } from '../../../services/syncConnection';
import { type Handlers } from '../register';

type SyncHandlers = Pick<
  Handlers<IpcMainInvokeEvent>,
  'sync:get-connection' | 'sync:set-connection' | 'sync:clear-connection' | 'sync:test' | 'sync:create-database' | 'sync:request'
>;

function osProtects(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function syncHandlers(): SyncHandlers {
  let service: SyncService | null = null;
  const get = () =>
    (service ??= new SyncService({
      file: path.join(app.getPath('userData'), 'sync-connection.json'),
      encryption: {
        isAvailable: osProtects,
        encryptString: (plain) => safeStorage.encryptString(plain),
        decryptString: (sealed) => safeStorage.decryptString(sealed),
      },
    }));
  return {
    'sync:get-connection': () => get().getConnection(),
    'sync:set-connection': (input) => get().setConnection(input),
    'sync:clear-connection': async () => {
      await get().clearConnection();
      return { cleared: true as const };
    },
    'sync:test': (input) => get().test(input),
    'sync:create-database': (input) => get().createDatabase(input),
    'sync:request': (request) => get().request(request),
  };
}
