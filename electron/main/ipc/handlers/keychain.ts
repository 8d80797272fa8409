/**
 * keychain:* — "remember on this PC" (issue 15.4): the office's data key kept with Electron's
 * safeStorage (the OS keychain) in a file under the user data folder
 * (electron/services/keychain.ts). Refused where the OS offers no real protection: safeStorage
 * unavailable, or Linux's 'basic_text' fallback (a hard-coded password).
 */
import path from 'node:path';
import { app, safeStorage, type IpcMainInvokeEvent } from 'electron';
import { KeychainStore } from '../../../services/keychain';
import { type Handlers } from '../register';

type KeychainHandlers = Pick<Handlers<IpcMainInvokeEvent>, 'keychain:remember' | 'keychain:recall' | 'keychain:forget'>;

function osProtects(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function keychainHandlers(): KeychainHandlers {
  let store: KeychainStore | null = null;
  // userData is known once the app is ready; handlers run after that.
  const get = () =>
    (store ??= new KeychainStore({
      file: path.join(app.getPath('userData'), 'office-key.bin'),
      encryption: {
        isAvailable: osProtects,
        encryptString: (plain) => safeStorage.encryptString(plain),
        decryptString: (sealed) => safeStorage.decryptString(sealed),
      },
    }));
  return {
    'keychain:remember': async ({ wrapped }) => ({ stored: await get().remember(wrapped) }),
    'keychain:recall': async () => ({ wrapped: await get().recall() }),
    'keychain:forget': async () => ({ forgotten: await get().forget() }),
  };
}
