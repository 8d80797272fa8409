/**
 * keychain:* — "remember on this PC" (issue 15.4): the wrapped data key kept with Electron's
 * safeStorage (the OS keychain). SCAFFOLD: says "not stored" until the lock slice lands.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { type Handlers } from '../register';

type KeychainHandlers = Pick<Handlers<IpcMainInvokeEvent>, 'keychain:remember' | 'keychain:recall' | 'keychain:forget'>;

export function keychainHandlers(): KeychainHandlers {
  return {
    'keychain:remember': () => ({ stored: false }),
    'keychain:recall': () => ({ wrapped: null }),
    'keychain:forget': () => ({ forgotten: false }),
  };
}
