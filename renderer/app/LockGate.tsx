/**
 * The lock (issue 15.4): with an office passphrase set, the app opens on this screen and
 * shows nothing of the office until a user unlocks; it locks again after the idle time.
 * SCAFFOLD: passes through until the lock slice lands.
 */
import type { ReactNode } from 'react';

export function LockGate({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
