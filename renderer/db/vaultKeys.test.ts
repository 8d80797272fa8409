import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Keychain } from '../platform/types';

const remembered: { text: string | null } = { text: null };
const keychain: Keychain = {
  remember: async (t) => ((remembered.text = t), true),
  recall: async () => remembered.text,
  forget: async () => ((remembered.text = null), true),
};
const platform = { keychain: null as Keychain | null };
vi.mock('../platform', () => ({ getPlatform: () => platform }));

const { useVaultStore, currentDataKey, currentUser, vaultStatus } = await import('../core/vault');
const { openTestDb } = await import('./testing');
const { currentAuditActor, setAuditActor } = await import('./crud');
const { sealValue, openSealedValue } = await import('../../shared/encryption');
const vault = await import('./vaultKeys');
type Db = Awaited<ReturnType<typeof openTestDb>>;

let db: Db;
beforeEach(async () => {
  db = await openTestDb();
  useVaultStore.setState({ status: { state: 'off' }, key: null, users: [], loaded: false });
  platform.keychain = null;
  remembered.text = null;
});
afterEach(() => {
  db.close();
  setAuditActor(undefined);
});

const PASS = 'tulip kettle runway harbour';

async function securityLines(): Promise<string[]> {
  return (await db.auditLog.where('action').equals('security').sortBy('at')).map((a) => `${a.actor ?? '-'}: ${a.summary}`);
}

describe('the office vault', () => {
  it('set → lock → wrong passphrase refused → unlock as a chosen user; audit names who', async () => {
    const { recoveryKey, sealError } = await vault.setOfficePassphrase({ passphrase: PASS, confirmation: PASS, managerName: 'Ana' }, db);
    expect(sealError).toBeNull();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    expect(currentUser()?.name).toBe('Ana');
    const stored = await vault.readVaultSetting(db);
    expect(stored?.keyring.passphrase.iterations).toBeGreaterThanOrEqual(600_000);
    expect(stored?.sealPending).toBeUndefined();
    // Nothing stored is the clear key or the passphrase.
    const raw = JSON.stringify(await db.settings.toArray());
    expect(raw).not.toContain(PASS);
    expect(raw).not.toContain(recoveryKey);

    const before = await sealValue(currentDataKey()!, 'Raise promised');
    const bob = await vault.addOfficeUser({ name: 'Bob', role: 'staff' }, db);
    await vault.lockVault('manual', db);
    expect(vaultStatus()).toEqual({ state: 'locked' });
    expect(currentDataKey()).toBeNull();
    expect(currentAuditActor()).toBeUndefined();

    await expect(vault.unlockVault(bob.id, 'tulip kettle runway harbor', db)).rejects.toThrow('That passphrase is not right.');
    expect(vaultStatus().state).toBe('locked');
    await vault.unlockVault(bob.id, PASS, db);
    expect(currentUser()).toMatchObject({ name: 'Bob', role: 'staff' });
    expect(currentAuditActor()).toBe('Bob');
    expect(await openSealedValue(currentDataKey()!, before)).toBe('Raise promised');

    await vault.lockVault('idle', db);
    expect((await securityLines()).slice(-4)).toEqual([
      'Ana: Added the user "Bob" (Staff)',
      'Ana: Locked by Ana',
      'Bob: Unlocked by Bob',
      'Bob: Locked after 10 minutes without use',
    ]);
    expect(useVaultStore.getState().lockReason).toBe('Locked after 10 minutes without use.');
  }, 30_000);

  it('a reload starts locked; the setting drives the state (restore of an office without a passphrase turns it off)', async () => {
    await vault.setOfficePassphrase({ passphrase: PASS, confirmation: PASS, managerName: 'Ana' }, db);
    useVaultStore.setState({ status: { state: 'off' }, key: null }); // a fresh page
    await vault.loadVault(db);
    expect(vaultStatus()).toEqual({ state: 'locked' });
    expect(useVaultStore.getState().users.map((u) => u.name)).toEqual(['Ana']);
    vault.reconcileVault(null);
    expect(vaultStatus()).toEqual({ state: 'off' });
  }, 30_000);

  it('change passphrase keeps the data key; forgot → recovery key sets a new one; remove opens everything', async () => {
    const { recoveryKey } = await vault.setOfficePassphrase({ passphrase: PASS, confirmation: PASS, managerName: 'Ana' }, db);
    const ana = currentUser()!;
    const sealed = await sealValue(currentDataKey()!, 48_000);

    await expect(vault.changeOfficePassphrase({ current: 'not the passphrase', passphrase: 'another long phrase', confirmation: 'another long phrase' }, db)).rejects.toThrow('That passphrase is not right.');
    await expect(vault.changeOfficePassphrase({ current: PASS, passphrase: 'another long phrase', confirmation: 'another long phrse' }, db)).rejects.toThrow('The two passphrases are not the same.');
    await vault.changeOfficePassphrase({ current: PASS, passphrase: 'another long phrase', confirmation: 'another long phrase' }, db);
    await vault.lockVault('manual', db);
    await expect(vault.unlockVault(ana.id, PASS, db)).rejects.toThrow('That passphrase is not right.');
    await vault.unlockVault(ana.id, 'another long phrase', db);
    expect(await openSealedValue(currentDataKey()!, sealed)).toBe(48_000);

    await vault.lockVault('manual', db);
    await expect(vault.checkRecoveryKey('ABCDE', db)).rejects.toThrow('8 groups of 5 characters');
    await vault.resetPassphraseWithRecoveryKey({ userId: ana.id, recoveryKey, passphrase: 'third time lucky', confirmation: 'third time lucky' }, db);
    expect(currentUser()?.name).toBe('Ana');
    expect(await openSealedValue(currentDataKey()!, sealed)).toBe(48_000);

    // A new recovery key: the old one stops working.
    const fresh = await vault.makeNewRecoveryKey(db);
    await expect(vault.checkRecoveryKey(recoveryKey, db)).rejects.toThrow('does not open');
    await vault.checkRecoveryKey(fresh, db);

    await expect(vault.removeOfficePassphrase('another long phrase', db)).rejects.toThrow('That passphrase is not right.');
    await vault.removeOfficePassphrase('third time lucky', db);
    expect(vaultStatus()).toEqual({ state: 'off' });
    expect(await vault.readVaultSetting(db)).toBeNull();
    expect((await securityLines()).join('\n')).toMatch(/Removed the office passphrase \(Ana\)/);
  }, 60_000);

  it('users: at least one manager, unique names, staff cannot manage', async () => {
    await vault.setOfficePassphrase({ passphrase: PASS, confirmation: PASS, managerName: 'Ana' }, db);
    const ana = currentUser()!;
    await expect(vault.removeOfficeUser(ana.id, db)).rejects.toThrow('You cannot remove yourself');
    await expect(vault.updateOfficeUser(ana.id, { role: 'staff' }, db)).rejects.toThrow('Ana is the only office manager');
    await expect(vault.addOfficeUser({ name: ' ana ', role: 'staff' }, db)).rejects.toThrow('There is already a user called ana.');
    const cy = await vault.addOfficeUser({ name: 'Cy', role: 'manager' }, db);
    await vault.updateOfficeUser(cy.id, { name: 'Cyrus' }, db);
    await vault.updateOfficeUser(ana.id, { role: 'staff' }, db);
    // The user at the keyboard follows the stored list.
    expect(currentUser()).toMatchObject({ name: 'Ana', role: 'staff' });
    await expect(vault.addOfficeUser({ name: 'Dee', role: 'staff' }, db)).rejects.toThrow('Only an office manager');
    await expect(vault.setIdleMinutes(null, db)).rejects.toThrow('Only an office manager');
    expect((await vault.readVaultSetting(db))?.users.map((u) => `${u.name}:${u.role}`)).toEqual(['Ana:staff', 'Cyrus:manager']);
  }, 30_000);

  it('remember on this PC: only with a keychain; the remembered key unlocks; another key is ignored', async () => {
    await vault.setOfficePassphrase({ passphrase: PASS, confirmation: PASS, managerName: 'Ana' }, db);
    const ana = currentUser()!;
    await expect(vault.rememberOnThisPc(db)).rejects.toThrow('Only the desktop app');
    platform.keychain = keychain;
    await vault.rememberOnThisPc(db);
    expect(remembered.text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    await vault.lockVault('manual', db);
    await vault.unlockOnThisPc(ana.id, db);
    expect(currentUser()?.name).toBe('Ana');
    remembered.text = btoa('x'.repeat(32));
    expect(await vault.recallRememberedKey(db)).toBeNull();
    await vault.lockVault('manual', db);
    await expect(vault.unlockOnThisPc(ana.id, db)).rejects.toThrow('no longer remembers');
  }, 30_000);
});
