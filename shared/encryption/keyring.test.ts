import { describe, expect, it } from 'vitest';
import { DecryptionError, openSealedValue, sealValue } from './index';
import {
  RECOVERY_ALPHABET,
  RecoveryKeyFormatError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
  createKeyring,
  exportDataKey,
  generateRecoveryKey,
  importDataKey,
  isKeyOf,
  keyringSchema,
  parseRecoveryKey,
  passphraseProblem,
  passphraseStrength,
  replaceRecoveryKey,
  rewrapWithPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from './keyring';

// Where a test is about wrapping, not the KDF, it uses fewer rounds; the first test keeps the real count.
const FAST = { iterations: 1_000 } as const;
const PASS = 'correct horse battery staple';

describe('keyring at the real PBKDF2 count', () => {
  it('stores ≥ 600,000 iterations, uses them, opens with the passphrase and refuses a wrong one', async () => {
    const { keyring, dataKey } = await createKeyring(PASS);
    expect(keyring.passphrase.iterations).toBe(600_000);
    expect(keyringSchema.parse(keyring)).toEqual(keyring);
    const sealed = await sealValue(dataKey, { salary: 4_800_000 });

    const opened = await unlockWithPassphrase(keyring, PASS);
    expect(await openSealedValue(opened, sealed)).toEqual({ salary: 4_800_000 });

    const wrong = unlockWithPassphrase(keyring, 'correct horse battery stable');
    await expect(wrong).rejects.toThrow(WrongPassphraseError);
    await expect(wrong).rejects.toThrow(DecryptionError);
    await expect(wrong).rejects.toThrow('That passphrase is not right.');

    // The stored count is the one used: the same passphrase at fewer rounds derives another key.
    const tampered = { ...keyring, passphrase: { ...keyring.passphrase, iterations: 600_001 } };
    await expect(unlockWithPassphrase(tampered, PASS)).rejects.toThrow('That passphrase is not right.');
  }, 30_000);

  it('refuses a keyring that claims fewer than 600,000 iterations', () => {
    const bad = {
      version: 1,
      passphrase: { kdf: 'PBKDF2-SHA256', iterations: 1000, salt: 'AA==', wrapped: 'AA==' },
      recovery: { kdf: 'HKDF-SHA256', salt: 'AA==', wrapped: 'AA==' },
      check: { $sealed: 1, data: 'AA==' },
      changedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(keyringSchema.safeParse(bad).success).toBe(false);
  });
});

describe('wrapping', () => {
  it('the recovery key unwraps the same data key; a wrong or mistyped one is refused', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring(PASS, FAST);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    const sealed = await sealValue(dataKey, 'Repeated lateness');

    const byRecovery = await unlockWithRecoveryKey(keyring, recoveryKey);
    expect(await openSealedValue(byRecovery, sealed)).toBe('Repeated lateness');
    // Typed loosely: lower case, spaces instead of dashes.
    expect(await isKeyOf(keyring, await unlockWithRecoveryKey(keyring, recoveryKey.toLowerCase().replace(/-/g, ' ')))).toBe(true);

    // Another well-formed key: tried, and refused.
    await expect(unlockWithRecoveryKey(keyring, generateRecoveryKey())).rejects.toThrow(WrongRecoveryKeyError);
    // One character changed: caught by the check character, naming the group, before any decryption.
    const chars = [...recoveryKey];
    const at = 7; // group 2, second character
    chars[at] = RECOVERY_ALPHABET[(RECOVERY_ALPHABET.indexOf(chars[at]!) + 1) % 32]!;
    await expect(unlockWithRecoveryKey(keyring, chars.join(''))).rejects.toThrow(RecoveryKeyFormatError);
    await expect(unlockWithRecoveryKey(keyring, chars.join(''))).rejects.toThrow(/^Group 2 .* has a typo/);
    await expect(unlockWithRecoveryKey(keyring, recoveryKey.slice(0, -6))).rejects.toThrow('8 groups of 5 characters');
  });

  it('changing the passphrase re-wraps the one data key: values sealed before open after; the old passphrase stops; the recovery key survives', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring(PASS, FAST);
    const sealed = await sealValue(dataKey, { notes: 'Raise promised in March' });

    const changed = await rewrapWithPassphrase(keyring, dataKey, 'a whole new office passphrase', FAST);
    expect(changed.passphrase.salt).not.toBe(keyring.passphrase.salt);
    expect(changed.recovery).toEqual(keyring.recovery);
    expect(changed.check).toEqual(keyring.check);

    const opened = await unlockWithPassphrase(changed, 'a whole new office passphrase');
    expect(await openSealedValue(opened, sealed)).toEqual({ notes: 'Raise promised in March' });
    expect(await exportDataKey(opened)).toBe(await exportDataKey(dataKey));
    await expect(unlockWithPassphrase(changed, PASS)).rejects.toThrow('That passphrase is not right.');

    const recovered = await unlockWithRecoveryKey(changed, recoveryKey);
    expect(await openSealedValue(recovered, sealed)).toEqual({ notes: 'Raise promised in March' });
  });

  it('a new recovery key works and the old one stops; the passphrase still opens', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring(PASS, FAST);
    const next = await replaceRecoveryKey(keyring, dataKey);
    expect(next.recoveryKey).not.toBe(recoveryKey);
    expect(await isKeyOf(next.keyring, await unlockWithRecoveryKey(next.keyring, next.recoveryKey))).toBe(true);
    await expect(unlockWithRecoveryKey(next.keyring, recoveryKey)).rejects.toThrow(WrongRecoveryKeyError);
    expect(await isKeyOf(next.keyring, await unlockWithPassphrase(next.keyring, PASS))).toBe(true);
  });

  it('refuses to re-wrap a key that is not the office’s, and isKeyOf tells keys apart', async () => {
    const a = await createKeyring(PASS, FAST);
    const b = await createKeyring(PASS, FAST);
    expect(await isKeyOf(a.keyring, b.dataKey)).toBe(false);
    await expect(rewrapWithPassphrase(a.keyring, b.dataKey, 'another good passphrase', FAST)).rejects.toThrow(DecryptionError);
    await expect(replaceRecoveryKey(a.keyring, b.dataKey)).rejects.toThrow(DecryptionError);
    // A raw export and import gives the same key back (this PC's keychain path).
    expect(await isKeyOf(a.keyring, await importDataKey(Uint8Array.from(atob(await exportDataKey(a.dataKey)), (c) => c.charCodeAt(0))))).toBe(true);
  });
});

describe('passphrase rules', () => {
  it('needs 10 characters and the same text twice', async () => {
    expect(passphraseProblem('')).toBe('Enter a passphrase.');
    expect(passphraseProblem('short one')).toBe('The passphrase needs at least 10 characters.');
    expect(passphraseProblem('long enough now', 'long enough no')).toBe('The two passphrases are not the same.');
    expect(passphraseProblem('long enough now', 'long enough now')).toBeNull();
    await expect(createKeyring('short')).rejects.toThrow('at least 10 characters');
  });

  it('hints at strength', () => {
    expect(passphraseStrength('aaaaaaaaaaaa').level).toBe('weak');
    expect(passphraseStrength('1234567890').level).toBe('weak');
    expect(passphraseStrength('tulip kettle runway').level).toBe('fair');
    expect(passphraseStrength('tulip kettle runway harbour').level).toBe('strong');
  });
});

describe('recovery key text', () => {
  it('round-trips 160 bits and reads O as 0 and I, L as 1', () => {
    for (let i = 0; i < 50; i++) {
      const key = generateRecoveryKey();
      const parsed = parseRecoveryKey(key);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.secret.length).toBe(20);
    }
    const key = generateRecoveryKey();
    const loose = key.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(loose)).toEqual(parseRecoveryKey(key));
    expect(parseRecoveryKey('')).toEqual({ ok: false, error: 'Enter the recovery key.' });
    expect(parseRecoveryKey(key.replace(/^./, 'U'))).toEqual({ ok: false, error: 'A recovery key has no “U”: check the printed copy.' });
  });

  it('catches every single wrong character and two groups swapped', () => {
    const key = generateRecoveryKey();
    const chars = [...key.replace(/-/g, '')];
    for (let i = 0; i < chars.length; i++) {
      for (const c of RECOVERY_ALPHABET) {
        if (c === chars[i]) continue;
        const typo = [...chars];
        typo[i] = c;
        expect(parseRecoveryKey(typo.join('')).ok, `${i}:${c}`).toBe(false);
      }
    }
    const groups = key.split('-');
    if (groups[0] !== groups[1]) {
      [groups[0], groups[1]] = [groups[1]!, groups[0]!];
      expect(parseRecoveryKey(groups.join('-')).ok).toBe(false);
    }
  });
});
