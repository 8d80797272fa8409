/**
 * "Remember on this PC" (issue 15.4): the office's data key kept in a file under the user data
 * folder, encrypted by the operating system (Electron's safeStorage: DPAPI on Windows, the
 * Keychain on macOS, the desktop's secret store on Linux), so only this PC's signed-in account
 * can read it back. A plain Node service: the encryption is passed in (safeStorage in the app,
 * a stand-in in tests), and it refuses to store anything when the OS offers no real protection
 * (unavailable, or Linux's hard-coded 'basic_text' fallback). Nothing is ever written in the clear.
 */
import { readFile, rm } from 'node:fs/promises';
import { writeFileAtomic } from './files';

export interface OsEncryption {
  /** Whether the OS can encrypt for this account with a key of its own. */
  isAvailable(): boolean;
  encryptString(plain: string): Buffer | Promise<Buffer>;
  decryptString(encrypted: Buffer): string | Promise<string>;
}

/** What a stored key may look like: base64, as the renderer sends it (the contract's wrappedKeyText). */
const KEY_TEXT = /^[A-Za-z0-9+/=]{1,20000}$/;

export class KeychainStore {
  constructor(private readonly options: { file: string; encryption: OsEncryption }) {}

  /** Stores the key; false (and nothing written) when the OS cannot protect it. */
  async remember(text: string): Promise<boolean> {
    if (!KEY_TEXT.test(text)) throw new Error('That is not a key this app stores.');
    if (!this.options.encryption.isAvailable()) return false;
    const sealed = await this.options.encryption.encryptString(text);
    await writeFileAtomic(this.options.file, new Uint8Array(sealed));
    return true;
  }

  /** The stored key; null when none is stored or it no longer decrypts (another account, a reset keychain). */
  async recall(): Promise<string | null> {
    if (!this.options.encryption.isAvailable()) return null;
    let sealed: Buffer;
    try {
      sealed = await readFile(this.options.file);
    } catch {
      return null;
    }
    try {
      const text = await this.options.encryption.decryptString(sealed);
      return KEY_TEXT.test(text) ? text : null;
    } catch {
      return null;
    }
  }

  /** Deletes the stored key; true when there was one. */
  async forget(): Promise<boolean> {
    try {
      await readFile(this.options.file);
    } catch {
      return false;
    }
    await rm(this.options.file, { force: true });
    return true;
  }
}
