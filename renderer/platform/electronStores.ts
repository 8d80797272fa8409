/**
 * The Electron side of the platform's stores (issue 15): backups in the chosen folder,
 * attachment bytes in main's content-addressed store, the wrapped key in the OS keychain.
 * Each call goes through one typed IPC channel; `unwrap` turns its Result into a value or a
 * PlatformError with main's sentence.
 */
import type { BackdeskApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { AttachmentBytesStore, BackupStore, Keychain, SyncTransport } from './types';

type Unwrap = <T>(call: () => Promise<Result<T>>) => Promise<T>;

export function createElectronBackupStore(api: BackdeskApi, unwrap: Unwrap): BackupStore {
  return {
    list: () => unwrap(() => api['backups:list']()),
    read: async (id) => (await unwrap(() => api['backups:read']({ id }))).bytes,
    write: (bytes, kind) => unwrap(() => api['backups:write']({ bytes, kind })),
    getSettings: () => unwrap(() => api['backups:get-settings']()),
    setSettings: (patch) => unwrap(() => api['backups:set-settings'](patch)),
    chooseFolder: () => unwrap(() => api['backups:choose-folder']()),
    onDue: (listener) => api['backups:due']((payload) => listener(payload.reason)),
  };
}

export function createElectronAttachmentStore(api: BackdeskApi, unwrap: Unwrap): AttachmentBytesStore {
  return {
    put: (bytes) => unwrap(() => api['attachments:put']({ bytes })),
    get: async (id) => (await unwrap(() => api['attachments:get']({ id }))).bytes,
    delete: async (id) => (await unwrap(() => api['attachments:delete']({ id }))).deleted,
  };
}

export function createElectronKeychain(api: BackdeskApi, unwrap: Unwrap): Keychain {
  return {
    remember: async (wrapped) => (await unwrap(() => api['keychain:remember']({ wrapped }))).stored,
    recall: async () => (await unwrap(() => api['keychain:recall']())).wrapped,
    forget: async () => (await unwrap(() => api['keychain:forget']())).forgotten,
  };
}

/** Office sync through main (issue 18): main holds the connection and talks to that server only. */
export function createElectronSync(api: BackdeskApi, unwrap: Unwrap): SyncTransport {
  return {
    getConnection: () => unwrap(() => api['sync:get-connection']()),
    setConnection: (input) => unwrap(() => api['sync:set-connection'](input)),
    clearConnection: async () => {
      await unwrap(() => api['sync:clear-connection']());
    },
    test: (input) => unwrap(() => api['sync:test'](input)),
    createDatabase: (input) => unwrap(() => api['sync:create-database'](input)),
    request: (request) => unwrap(() => api['sync:request'](request)),
    allowedOrigins: () => null,
  };
}
