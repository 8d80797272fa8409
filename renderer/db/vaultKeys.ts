/**
 * The office vault's stored half and its actions (issue 15.4/15.5). One setting, 'vault', holds
 * the keyring (the data key wrapped under the passphrase and under the recovery key, the salt,
 * the PBKDF2 count), the users who may unlock and the idle minutes. The clear data key is only
 * ever in memory (renderer/core/vault.ts); the browser build never stores the passphrase or the
 * clear key anywhere. Backups carry the setting, so a restored office opens with its own
 * passphrase.
 *
 * Every WebCrypto step (PBKDF2, wrapping, sealing) runs BEFORE a transaction opens; each change
 * writes the setting and its audit line in one transaction.
 */
import { z } from 'zod';
import { keyringSchema, createKeyring, exportDataKey, importDataKey, isKeyOf, passphraseProblem, replaceRecoveryKey, rewrapWithPassphrase, unlockWithPassphrase, unlockWithRecoveryKey, type KdfOptions, type Keyring } from '../../shared/encryption/keyring';
import { fromBase64, type CryptoKey } from '../../shared/encryption';
import { nowIso } from '../../shared/lib/dates';
import { newId } from '../../shared/lib/ids';
import { errorMessage } from '../../shared/lib/errors';
import { DEFAULT_IDLE_MINUTES, USER_ROLES, USER_ROLE_LABELS, useVaultStore, vaultStatus, type OfficeUser, type UserRole } from '../core/vault';
import { getPlatform } from '../platform';
import type { BackdeskDb } from './database';
import { auditEntry, quote, setAuditActor, writeTransaction } from './crud';
import { getDb } from './index';
import { openAllConfidential, sealExistingConfidential } from './sealing';

export const VAULT_SETTING_KEY = 'vault';
export const IDLE_MINUTE_CHOICES = [1, 2, 5, 10, 15, 30, 60] as const;

const userSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, 'Give the user a name.').max(80, 'A user name is at most 80 characters.'),
  role: z.enum(USER_ROLES),
  employeeId: z.string().min(1).max(64).optional(),
});

export const vaultSettingSchema = z.object({
  keyring: keyringSchema,
  users: z
    .array(userSchema)
    .min(1)
    .max(100)
    .refine((users) => users.some((u) => u.role === 'manager'), 'At least one user must be an office manager.'),
  idleMinutes: z.number().int().min(1).max(24 * 60).nullable(),
  /** Confidential values still to seal (sealing failed when the passphrase was set): sealed at the next unlock. */
  sealPending: z.boolean().optional(),
});
export type VaultSetting = z.infer<typeof vaultSettingSchema>;

export class VaultSetupError extends Error {
  override readonly name = 'VaultSetupError';
}

/** The stored vault, or null with no passphrase (a value that does not validate counts as none being readable: an error). */
export async function readVaultSetting(db: BackdeskDb = getDb()): Promise<VaultSetting | null> {
  const row = await db.settings.get(VAULT_SETTING_KEY);
  if (!row || row.deletedAt !== null) return null;
  const parsed = vaultSettingSchema.safeParse(row.value);
  if (!parsed.success) throw new VaultSetupError('The office passphrase settings are damaged, so the office cannot be unlocked. Restore a backup.');
  return parsed.data;
}

/** The key material's fingerprint in memory: which keyring the unlocked key belongs to. */
let unlockedCheck: string | null = null;

function publish(setting: VaultSetting | null): void {
  useVaultStore.setState({
    loaded: true,
    users: setting?.users ?? [],
    idleMinutes: setting ? setting.idleMinutes : DEFAULT_IDLE_MINUTES,
  });
}

/**
 * Brings the in-memory vault in line with what is stored: no setting → off (key dropped); a
 * setting while off, or a different keyring than the one unlocked (a restore) → locked. Called
 * at start and whenever the setting changes (a live query in the lock gate).
 */
export function reconcileVault(setting: VaultSetting | null): void {
  const status = vaultStatus();
  publish(setting);
  if (!setting) {
    if (status.state !== 'off') {
      unlockedCheck = null;
      setAuditActor(undefined);
      useVaultStore.setState({ status: { state: 'off' }, key: null, lockReason: null });
    }
    return;
  }
  if (status.state === 'off' || (status.state === 'unlocked' && unlockedCheck !== setting.keyring.check.data)) {
    forgetInMemory(null);
    return;
  }
  if (status.state === 'unlocked') {
    // The user at the keyboard renamed, re-roled or removed by a manager: follow the stored list.
    const now = setting.users.find((u) => u.id === status.user.id);
    if (!now) forgetInMemory('You were removed from the users, so the office locked.');
    else if (now.name !== status.user.name || now.role !== status.user.role) {
      setAuditActor(now.name);
      useVaultStore.setState({ status: { state: 'unlocked', user: now } });
    }
  }
}

/** Reads the stored vault and applies it (app start). */
export async function loadVault(db: BackdeskDb = getDb()): Promise<VaultSetting | null> {
  const setting = await readVaultSetting(db);
  reconcileVault(setting);
  return setting;
}

function forgetInMemory(reason: string | null): void {
  unlockedCheck = null;
  setAuditActor(undefined);
  useVaultStore.setState({ status: { state: 'locked' }, key: null, lockReason: reason });
}

async function writeSetting(db: BackdeskDb, value: VaultSetting | null, summary: string): Promise<void> {
  if (value) vaultSettingSchema.parse(value);
  await writeTransaction(db, ['settings', 'auditLog'], async () => {
    const at = nowIso();
    const existing = await db.settings.get(VAULT_SETTING_KEY);
    if (value) await db.settings.put({ id: VAULT_SETTING_KEY, value, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
    else await db.settings.delete(VAULT_SETTING_KEY);
    await db.auditLog.add(auditEntry('settings', VAULT_SETTING_KEY, 'security', summary, at));
  });
}

async function audit(db: BackdeskDb, summary: string): Promise<void> {
  await writeTransaction(db, ['auditLog'], async () => {
    await db.auditLog.add(auditEntry('settings', VAULT_SETTING_KEY, 'security', summary, nowIso()));
  });
}

async function requireSetting(db: BackdeskDb): Promise<VaultSetting> {
  const setting = await readVaultSetting(db);
  if (!setting) throw new VaultSetupError('The office has no passphrase.');
  return setting;
}

function requireManagerKey(): { key: CryptoKey; user: OfficeUser } {
  const status = vaultStatus();
  const key = useVaultStore.getState().key;
  if (status.state !== 'unlocked' || !key) throw new VaultSetupError('Unlock the office first.');
  if (status.user.role !== 'manager') throw new VaultSetupError('Only an office manager can change security settings.');
  return { key, user: status.user };
}

async function enterUnlocked(db: BackdeskDb, setting: VaultSetting, user: OfficeUser, key: CryptoKey, how: string): Promise<void> {
  unlockedCheck = setting.keyring.check.data;
  setAuditActor(user.name);
  useVaultStore.setState({ status: { state: 'unlocked', user }, key, lockReason: null });
  publish(setting);
  await audit(db, `Unlocked by ${user.name}${how}`);
  if (setting.sealPending) await sealPendingNow(db, key);
}

async function sealPendingNow(db: BackdeskDb, key: CryptoKey): Promise<void> {
  await sealExistingConfidential(db, key);
  const latest = await readVaultSetting(db);
  if (latest?.sealPending) {
    const { sealPending: _done, ...rest } = latest;
    await writeSetting(db, rest, 'Sealed the confidential details left from setting the passphrase');
  }
}

function findUser(setting: VaultSetting, userId: string): OfficeUser {
  const user = setting.users.find((u) => u.id === userId);
  if (!user) throw new VaultSetupError('Choose who you are.');
  return user;
}

// ---------------------------------------------------------------------------------------------
// Unlock and lock

/** Unlocks as `userId` with the passphrase; "That passphrase is not right." when it is not. */
export async function unlockVault(userId: string, passphrase: string, db: BackdeskDb = getDb()): Promise<OfficeUser> {
  const setting = await requireSetting(db);
  const user = findUser(setting, userId);
  if (!passphrase) throw new VaultSetupError('Enter the passphrase.');
  const key = await unlockWithPassphrase(setting.keyring, passphrase);
  await enterUnlocked(db, setting, user, key, '');
  return user;
}

/** Locks: the lock's audit line still names the user, then the key and the user are forgotten. */
export async function lockVault(reason: 'manual' | 'idle' = 'manual', db: BackdeskDb = getDb()): Promise<void> {
  const status = vaultStatus();
  if (status.state !== 'unlocked') return;
  const minutes = useVaultStore.getState().idleMinutes;
  const why = reason === 'idle' ? `Locked after ${minutes ?? DEFAULT_IDLE_MINUTES} minutes without use` : `Locked by ${status.user.name}`;
  // Forget first: nothing may stay readable if the audit write fails.
  const actor = status.user.name;
  forgetInMemory(reason === 'idle' ? `${why}.` : null);
  setAuditActor(actor);
  try {
    await audit(db, why);
  } catch {
    // The lock stands even if the log line cannot be written.
  } finally {
    if (vaultStatus().state === 'locked') setAuditActor(undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Setting, changing and removing the passphrase

/**
 * Sets the office passphrase: a new data key, wrapped under it and under a new recovery key;
 * the person setting it becomes the first office manager and stays unlocked; every confidential
 * value already stored is sealed. Returns the recovery key (shown once, never stored).
 */
export async function setOfficePassphrase(
  input: { passphrase: string; confirmation: string; managerName: string; idleMinutes?: number | null },
  db: BackdeskDb = getDb(),
  options?: KdfOptions,
): Promise<{ recoveryKey: string; sealed: number; sealError: string | null }> {
  if (vaultStatus().state !== 'off') throw new VaultSetupError('The office already has a passphrase.');
  const problem = passphraseProblem(input.passphrase, input.confirmation);
  if (problem) throw new VaultSetupError(problem);
  const manager: OfficeUser = { id: newId(), name: input.managerName.trim() || 'Office manager', role: 'manager' };
  const { keyring, dataKey, recoveryKey } = await createKeyring(input.passphrase, options);
  const setting: VaultSetting = { keyring, users: [manager], idleMinutes: input.idleMinutes === undefined ? DEFAULT_IDLE_MINUTES : input.idleMinutes, sealPending: true };
  // Unlocked in memory before the setting lands, so the gate's live query finds this keyring already open.
  unlockedCheck = keyring.check.data;
  setAuditActor(manager.name);
  useVaultStore.setState({ status: { state: 'unlocked', user: manager }, key: dataKey, lockReason: null });
  try {
    await writeSetting(db, setting, `Set the office passphrase (${manager.name} is the office manager)`);
  } catch (e) {
    unlockedCheck = null;
    setAuditActor(undefined);
    useVaultStore.setState({ status: { state: 'off' }, key: null });
    throw e;
  }
  publish(setting);
  let sealed = 0;
  let sealError: string | null = null;
  try {
    sealed = await sealExistingConfidential(db, dataKey);
    const { sealPending: _done, ...rest } = setting;
    await writeSetting(db, rest, `Sealed ${sealed} confidential records and files under the new passphrase`);
  } catch (e) {
    sealError = `The confidential details could not be sealed yet (${errorMessage(e)}). They will be sealed the next time the office is unlocked.`;
  }
  return { recoveryKey, sealed, sealError };
}

/** Changes the passphrase (the old one asked again); re-wraps the one data key. */
export async function changeOfficePassphrase(
  input: { current: string; passphrase: string; confirmation: string },
  db: BackdeskDb = getDb(),
  options?: KdfOptions,
): Promise<void> {
  const { user } = requireManagerKey();
  const problem = passphraseProblem(input.passphrase, input.confirmation);
  if (problem) throw new VaultSetupError(problem);
  const setting = await requireSetting(db);
  const key = await unlockWithPassphrase(setting.keyring, input.current);
  const keyring = await rewrapWithPassphrase(setting.keyring, key, input.passphrase, options);
  await writeSetting(db, { ...setting, keyring }, `Changed the office passphrase (${user.name})`);
}

/** Removes the passphrase (asked again): opens every sealed value, then deletes the key material. */
export async function removeOfficePassphrase(passphrase: string, db: BackdeskDb = getDb()): Promise<number> {
  const { user } = requireManagerKey();
  const setting = await requireSetting(db);
  const key = await unlockWithPassphrase(setting.keyring, passphrase);
  const opened = await openAllConfidential(db, key);
  await writeSetting(db, null, `Removed the office passphrase (${user.name}); ${opened} confidential records and files are stored in the clear again`);
  await forgetOnThisPc().catch(() => false);
  unlockedCheck = null;
  setAuditActor(undefined);
  useVaultStore.setState({ status: { state: 'off' }, key: null, lockReason: null });
  publish(null);
  return opened;
}

/** "Forgot the passphrase?": the recovery key opens the data key, a new passphrase wraps it, and the user is unlocked. */
export async function resetPassphraseWithRecoveryKey(
  input: { userId: string; recoveryKey: string; passphrase: string; confirmation: string },
  db: BackdeskDb = getDb(),
  options?: KdfOptions,
): Promise<OfficeUser> {
  const setting = await requireSetting(db);
  const user = findUser(setting, input.userId);
  const key = await unlockWithRecoveryKey(setting.keyring, input.recoveryKey);
  const problem = passphraseProblem(input.passphrase, input.confirmation);
  if (problem) throw new VaultSetupError(problem);
  const keyring = await rewrapWithPassphrase(setting.keyring, key, input.passphrase, options);
  const next = { ...setting, keyring };
  setAuditActor(user.name);
  await writeSetting(db, next, `Set a new passphrase with the recovery key (${user.name})`);
  await enterUnlocked(db, next, user, key, ' with the recovery key');
  return user;
}

/** Only checks a recovery key (the "forgot" dialog's first step), without changing anything. */
export async function checkRecoveryKey(recoveryKey: string, db: BackdeskDb = getDb()): Promise<void> {
  await unlockWithRecoveryKey((await requireSetting(db)).keyring, recoveryKey);
}

/** A new recovery key; the old one stops working. Returns it (shown once). */
export async function makeNewRecoveryKey(db: BackdeskDb = getDb()): Promise<string> {
  const { key, user } = requireManagerKey();
  const setting = await requireSetting(db);
  const next = await replaceRecoveryKey(setting.keyring, key);
  await writeSetting(db, { ...setting, keyring: next.keyring }, `Made a new recovery key; the previous one no longer works (${user.name})`);
  return next.recoveryKey;
}

// ---------------------------------------------------------------------------------------------
// Users and idle time

async function updateSetting(db: BackdeskDb, change: (s: VaultSetting) => VaultSetting, summary: string): Promise<VaultSetting> {
  requireManagerKey();
  const setting = await requireSetting(db);
  const next = change(setting);
  const parsed = vaultSettingSchema.safeParse(next);
  if (!parsed.success) throw new VaultSetupError(parsed.error.issues[0]?.message ?? 'That change cannot be saved.');
  await writeSetting(db, next, summary);
  reconcileVault(next);
  return next;
}

function cleanName(name: string, users: OfficeUser[], exceptId?: string): string {
  const clean = name.trim();
  if (!clean) throw new VaultSetupError('Give the user a name.');
  if (clean.length > 80) throw new VaultSetupError('A user name is at most 80 characters.');
  if (users.some((u) => u.id !== exceptId && u.name.toLowerCase() === clean.toLowerCase())) {
    throw new VaultSetupError(`There is already a user called ${clean}.`);
  }
  return clean;
}

export async function addOfficeUser(input: { name: string; role: UserRole; employeeId?: string | undefined }, db: BackdeskDb = getDb()): Promise<OfficeUser> {
  const setting = await requireSetting(db);
  const user: OfficeUser = { id: newId(), name: cleanName(input.name, setting.users), role: input.role, ...(input.employeeId ? { employeeId: input.employeeId } : {}) };
  await updateSetting(db, (s) => ({ ...s, users: [...s.users, user] }), `Added the user ${quote(user.name)} (${USER_ROLE_LABELS[user.role]})`);
  return user;
}

export async function updateOfficeUser(id: string, patch: { name?: string; role?: UserRole }, db: BackdeskDb = getDb()): Promise<void> {
  const setting = await requireSetting(db);
  const before = setting.users.find((u) => u.id === id);
  if (!before) throw new VaultSetupError('That user no longer exists.');
  const name = patch.name === undefined ? before.name : cleanName(patch.name, setting.users, id);
  const role = patch.role ?? before.role;
  if (before.role === 'manager' && role !== 'manager' && !setting.users.some((u) => u.id !== id && u.role === 'manager')) {
    throw new VaultSetupError(`${before.name} is the only office manager: make someone else a manager first.`);
  }
  const changes = [name !== before.name ? `renamed to ${quote(name)}` : '', role !== before.role ? `now ${USER_ROLE_LABELS[role]}` : ''].filter(Boolean);
  if (!changes.length) return;
  await updateSetting(db, (s) => ({ ...s, users: s.users.map((u) => (u.id === id ? { ...u, name, role } : u)) }), `User ${quote(before.name)} ${changes.join(', ')}`);
}

export async function removeOfficeUser(id: string, db: BackdeskDb = getDb()): Promise<void> {
  const setting = await requireSetting(db);
  const user = setting.users.find((u) => u.id === id);
  if (!user) return;
  const status = vaultStatus();
  if (status.state === 'unlocked' && status.user.id === id) throw new VaultSetupError('You cannot remove yourself while you are at the keyboard.');
  if (user.role === 'manager' && !setting.users.some((u) => u.id !== id && u.role === 'manager')) {
    throw new VaultSetupError(`${user.name} is the only office manager and cannot be removed.`);
  }
  await updateSetting(db, (s) => ({ ...s, users: s.users.filter((u) => u.id !== id) }), `Removed the user ${quote(user.name)}`);
}

export async function setIdleMinutes(minutes: number | null, db: BackdeskDb = getDb()): Promise<void> {
  await updateSetting(db, (s) => ({ ...s, idleMinutes: minutes }), minutes === null ? 'The office no longer locks by itself' : `The office locks after ${minutes} minutes without use`);
}

// ---------------------------------------------------------------------------------------------
// Remember on this PC (Electron only: the OS keychain through main's safeStorage)

/** Keeps the data key on this PC, encrypted by the operating system for this Windows/macOS account. */
export async function rememberOnThisPc(db: BackdeskDb = getDb()): Promise<void> {
  const keychain = getPlatform().keychain;
  if (!keychain) throw new VaultSetupError('Only the desktop app can remember the office on this PC.');
  const { key, user } = requireManagerKey();
  const stored = await keychain.remember(await exportDataKey(key));
  if (!stored) throw new VaultSetupError('This PC offers no secure place for the key (its keychain is not available), so nothing was stored.');
  await audit(db, `Remembered the office on this PC (${user.name})`);
}

export async function forgetOnThisPc(): Promise<boolean> {
  const keychain = getPlatform().keychain;
  return keychain ? keychain.forget() : false;
}

/** The data key this PC remembers, when it is this office's; null otherwise (nothing stored, another office, no keychain). */
export async function recallRememberedKey(db: BackdeskDb = getDb()): Promise<CryptoKey | null> {
  const keychain = getPlatform().keychain;
  if (!keychain) return null;
  const setting = await readVaultSetting(db);
  if (!setting) return null;
  try {
    const text = await keychain.recall();
    if (!text) return null;
    const key = await importDataKey(fromBase64(text));
    return (await isKeyOf(setting.keyring, key)) ? key : null;
  } catch {
    return null;
  }
}

/** Unlocks with the key this PC remembers (no passphrase); refuses when there is none. */
export async function unlockOnThisPc(userId: string, db: BackdeskDb = getDb()): Promise<OfficeUser> {
  const setting = await requireSetting(db);
  const user = findUser(setting, userId);
  const key = await recallRememberedKey(db);
  if (!key) throw new VaultSetupError('This PC no longer remembers the office: unlock with the passphrase.');
  await enterUnlocked(db, setting, user, key, ' on this PC (remembered)');
  return user;
}

export type { Keyring };
