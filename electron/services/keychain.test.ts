import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeychainStore, type OsEncryption } from './keychain';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bd-keychain-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for safeStorage: XOR with an "account key", so a different account cannot read it. */
function fakeOs(accountKey = 0x5a, available = true): OsEncryption & { calls: number } {
  const os = {
    calls: 0,
    isAvailable: () => available,
    encryptString: (plain: string) => {
      os.calls++;
      return Buffer.from(Buffer.from(`v1:${plain}`, 'utf8').map((b) => b ^ accountKey));
    },
    decryptString: (sealed: Buffer) => {
      const text = Buffer.from(sealed.map((b) => b ^ accountKey)).toString('utf8');
      if (!text.startsWith('v1:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(3);
    },
  };
  return os;
}

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('KeychainStore', () => {
  it('remembers the key encrypted by the OS, recalls it, forgets it', async () => {
    const file = path.join(dir, 'office-key.bin');
    const store = new KeychainStore({ file, encryption: fakeOs() });
    expect(await store.recall()).toBeNull();
    expect(await store.remember(KEY)).toBe(true);
    const onDisk = await readFile(file);
    expect(onDisk.toString('latin1')).not.toContain(KEY);
    expect(await store.recall()).toBe(KEY);
    // No temporary file left beside it.
    expect(await readdir(dir)).toEqual(['office-key.bin']);
    expect(await store.forget()).toBe(true);
    expect(await store.forget()).toBe(false);
    expect(await store.recall()).toBeNull();
  });

  it('stores nothing when the OS cannot protect it, and reads nothing then', async () => {
    const file = path.join(dir, 'office-key.bin');
    const os = fakeOs(0x5a, false);
    expect(await new KeychainStore({ file, encryption: os }).remember(KEY)).toBe(false);
    expect(os.calls).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('another account (another OS key) or a damaged file reads as nothing remembered', async () => {
    const file = path.join(dir, 'office-key.bin');
    await new KeychainStore({ file, encryption: fakeOs(0x5a) }).remember(KEY);
    expect(await new KeychainStore({ file, encryption: fakeOs(0x33) }).recall()).toBeNull();
  });

  it('refuses text that is not a key', async () => {
    const store = new KeychainStore({ file: path.join(dir, 'k.bin'), encryption: fakeOs() });
    await expect(store.remember('my passphrase with spaces')).rejects.toThrow('not a key');
    await expect(store.remember('')).rejects.toThrow('not a key');
  });
});
