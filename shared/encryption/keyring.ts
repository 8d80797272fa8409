/**
 * The office's keyring (issue 15.4): ONE random data key seals every confidential value; the
 * keyring stores it only wrapped — once under a key derived from the office passphrase
 * (PBKDF2-SHA256, ≥ 600,000 iterations, random salt kept beside it) and once under the
 * printed recovery key. Changing the passphrase re-wraps that one key (no record is
 * re-encrypted); a new recovery key replaces the recovery wrap (the old one stops working).
 *
 * The recovery key: 160 random bits written as 8 groups of 5 characters (Crockford base32:
 * digits and capitals without I, L, O, U). In each group the first 4 characters carry the key
 * and the 5th checks them (and the group's position), so a typo names its group before any
 * decryption is tried. A random 160-bit secret needs no slow KDF: it is stretched with HKDF.
 *
 * Pure: WebCrypto only (Chromium, Electron's renderer, Node 20), no DOM, no Node.
 */
import { z } from 'zod';
import {
  DecryptionError,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  decryptBytes,
  deriveKeyFromPassphrase,
  encryptBytes,
  fromBase64,
  generateDataKey,
  openSealedValue,
  randomBytes,
  sealValue,
  toBase64,
  type CryptoKey,
} from './index';

type Subtle = typeof globalThis.crypto.subtle;
const subtle = (): Subtle => globalThis.crypto.subtle;

/** The shortest office passphrase accepted. */
export const MIN_PASSPHRASE_LENGTH = 10;

export class WrongPassphraseError extends DecryptionError {
  constructor() {
    super();
    this.message = 'That passphrase is not right.';
  }
}

export class WrongRecoveryKeyError extends DecryptionError {
  constructor() {
    super();
    this.message = 'That recovery key does not open this office’s data. Check it against the printed copy.';
  }
}

/** A recovery key that does not even read as one (a typo, a missing group): nothing was tried. */
export class RecoveryKeyFormatError extends Error {
  override readonly name = 'RecoveryKeyFormatError';
}

// ---------------------------------------------------------------------------------------------
// The stored keyring

const b64 = z.string().min(1).max(10_000);

export const keyringSchema = z.object({
  version: z.literal(1),
  passphrase: z.object({
    kdf: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS),
    salt: b64,
    /** The raw data key, AES-GCM sealed under the passphrase key (iv + ciphertext, base64). */
    wrapped: b64,
  }),
  recovery: z.object({
    kdf: z.literal('HKDF-SHA256'),
    salt: b64,
    wrapped: b64,
  }),
  /** A known value sealed under the data key: proves a key from elsewhere (this PC's keychain) is the office's. */
  check: z.object({ $sealed: z.literal(1), data: b64 }),
  /** When the passphrase was last set or changed (ISO). */
  changedAt: z.string().max(40),
});
export type Keyring = z.infer<typeof keyringSchema>;

const CHECK_TEXT = 'backdesk office data key';

/** For tests only: fewer PBKDF2 rounds where a test is about wrapping, not about the KDF. */
export interface KdfOptions {
  iterations?: number;
}

async function rawKey(dataKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().exportKey('raw', dataKey));
}

/** The data key from its 32 raw bytes (extractable, so it can be wrapped again or remembered). */
export function importDataKey(raw: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** The raw data key as base64 (for this PC's keychain only: the OS encrypts it there). */
export async function exportDataKey(dataKey: CryptoKey): Promise<string> {
  return toBase64(await rawKey(dataKey));
}

async function wrapUnderPassphrase(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<Keyring['passphrase']> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKeyFromPassphrase(passphrase, salt, iterations);
  return { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), wrapped: toBase64(await encryptBytes(kek, await rawKey(dataKey))) };
}

async function recoveryKek(secret: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', secret as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, info: new TextEncoder().encode('backdesk recovery key') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrapUnderRecovery(dataKey: CryptoKey, secret: Uint8Array): Promise<Keyring['recovery']> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await recoveryKek(secret, salt);
  return { kdf: 'HKDF-SHA256', salt: toBase64(salt), wrapped: toBase64(await encryptBytes(kek, await rawKey(dataKey))) };
}

function iterationsOf(options?: KdfOptions): number {
  return options?.iterations ?? PBKDF2_ITERATIONS;
}

/** Refusal of a new passphrase as a sentence, or null when it will do. */
export function passphraseProblem(passphrase: string, confirmation?: string): string | null {
  if (passphrase.trim().length === 0) return 'Enter a passphrase.';
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (confirmation !== undefined && confirmation !== passphrase) return 'The two passphrases are not the same.';
  return null;
}

/** A hint on how hard the passphrase is to guess: words are stronger than short tricks. */
export function passphraseStrength(passphrase: string): { level: 'weak' | 'fair' | 'strong'; hint: string } {
  const length = [...passphrase].length;
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\p{N}\s]/u, /\s/].filter((r) => r.test(passphrase)).length;
  const repeated = /^(.)\1+$/.test(passphrase) || /^(?:0123456789|1234567890|abcdefghij|qwertyuiop)/i.test(passphrase);
  if (length < MIN_PASSPHRASE_LENGTH || repeated) return { level: 'weak', hint: 'Weak: use four or more words that do not belong together.' };
  if (length >= 20 && (words >= 4 || classes >= 3)) return { level: 'strong', hint: 'Strong.' };
  if (length >= 14 || words >= 3 || classes >= 3) return { level: 'fair', hint: 'Fair: a few more words make it much harder to guess.' };
  return { level: 'weak', hint: 'Weak: use four or more words that do not belong together.' };
}

/**
 * A new keyring: a fresh data key wrapped under the passphrase and under a new recovery key.
 * Returns the recovery key as text (shown to the user once; never stored).
 */
export async function createKeyring(
  passphrase: string,
  options?: KdfOptions,
): Promise<{ keyring: Keyring; dataKey: CryptoKey; recoveryKey: string }> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const dataKey = await generateDataKey();
  const secret = randomBytes(RECOVERY_BYTES);
  const keyring: Keyring = {
    version: 1,
    passphrase: await wrapUnderPassphrase(dataKey, passphrase, iterationsOf(options)),
    recovery: await wrapUnderRecovery(dataKey, secret),
    check: await sealValue(dataKey, CHECK_TEXT),
    changedAt: new Date().toISOString(),
  };
  return { keyring, dataKey, recoveryKey: formatRecoveryKey(secret) };
}

/** The data key, from the passphrase; WrongPassphraseError when it is not the office's. */
export async function unlockWithPassphrase(keyring: Keyring, passphrase: string): Promise<CryptoKey> {
  const { salt, iterations, wrapped } = keyring.passphrase;
  const kek = await deriveKeyFromPassphrase(passphrase, fromBase64(salt), iterations);
  try {
    return await importDataKey(await decryptBytes(kek, fromBase64(wrapped)));
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * The data key, from the printed recovery key: RecoveryKeyFormatError (naming the group) for a
 * typo, before anything is tried; WrongRecoveryKeyError for a well-formed key of another office
 * or an old one replaced since.
 */
export async function unlockWithRecoveryKey(keyring: Keyring, recoveryKey: string): Promise<CryptoKey> {
  const parsed = parseRecoveryKey(recoveryKey);
  if (!parsed.ok) throw new RecoveryKeyFormatError(parsed.error);
  const kek = await recoveryKek(parsed.secret, fromBase64(keyring.recovery.salt));
  try {
    return await importDataKey(await decryptBytes(kek, fromBase64(keyring.recovery.wrapped)));
  } catch {
    throw new WrongRecoveryKeyError();
  }
}

/** Whether `dataKey` (e.g. recalled from this PC's keychain) is the one this keyring wraps. */
export async function isKeyOf(keyring: Keyring, dataKey: CryptoKey): Promise<boolean> {
  try {
    return (await openSealedValue(dataKey, keyring.check)) === CHECK_TEXT;
  } catch {
    return false;
  }
}

/** The same data key wrapped under a new passphrase; the recovery wrap is kept as it is. */
export async function rewrapWithPassphrase(
  keyring: Keyring,
  dataKey: CryptoKey,
  newPassphrase: string,
  options?: KdfOptions,
): Promise<Keyring> {
  const problem = passphraseProblem(newPassphrase);
  if (problem) throw new Error(problem);
  if (!(await isKeyOf(keyring, dataKey))) throw new DecryptionError();
  return { ...keyring, passphrase: await wrapUnderPassphrase(dataKey, newPassphrase, iterationsOf(options)), changedAt: new Date().toISOString() };
}

/** A new recovery key for the same data key; the previous recovery key stops working. */
export async function replaceRecoveryKey(keyring: Keyring, dataKey: CryptoKey): Promise<{ keyring: Keyring; recoveryKey: string }> {
  if (!(await isKeyOf(keyring, dataKey))) throw new DecryptionError();
  const secret = randomBytes(RECOVERY_BYTES);
  return { keyring: { ...keyring, recovery: await wrapUnderRecovery(dataKey, secret) }, recoveryKey: formatRecoveryKey(secret) };
}

// ---------------------------------------------------------------------------------------------
// The recovery key as text

/** Crockford's base32: no I, L, O or U, so nothing reads as another character. */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 8;
const DATA_CHARS = 4; // per group; 8 × 4 × 5 bits = 160 bits
const RECOVERY_BYTES = (RECOVERY_GROUPS * DATA_CHARS * 5) / 8;

/**
 * The check character of a group: Luhn mod 32 over the group's position and its 4 characters
 * (catches any single wrong character, nearly every swap of two neighbours, and a group typed
 * in the wrong place).
 */
function checkChar(group: number, values: readonly number[]): string {
  const n = RECOVERY_ALPHABET.length;
  const codes = [group, ...values];
  let factor = 2;
  let sum = 0;
  for (let i = codes.length - 1; i >= 0; i--) {
    let addend = factor * codes[i]!;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return RECOVERY_ALPHABET[(n - (sum % n)) % n]!;
}

function bitsToValues(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      values.push((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  return values;
}

function valuesToBytes(values: readonly number[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(RECOVERY_BYTES);
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const v of values) {
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[i++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** '4F7KQ-ZP2M9-…': 8 groups of 5 characters joined by dashes. */
export function formatRecoveryKey(secret: Uint8Array): string {
  if (secret.length !== RECOVERY_BYTES) throw new Error(`A recovery key holds ${RECOVERY_BYTES} bytes.`);
  const values = bitsToValues(secret);
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    const part = values.slice(g * DATA_CHARS, (g + 1) * DATA_CHARS);
    groups.push(part.map((v) => RECOVERY_ALPHABET[v]).join('') + checkChar(g, part));
  }
  return groups.join('-');
}

/** A new random recovery key as text. */
export function generateRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(RECOVERY_BYTES));
}

/** Reads what the user typed: spaces, dashes and case do not matter; O reads as 0, I and L as 1. */
export function parseRecoveryKey(text: string): { ok: true; secret: Uint8Array<ArrayBuffer> } | { ok: false; error: string } {
  const clean = text
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const size = RECOVERY_GROUPS * (DATA_CHARS + 1);
  if (clean.length === 0) return { ok: false, error: 'Enter the recovery key.' };
  const bad = [...clean].find((c) => !RECOVERY_ALPHABET.includes(c));
  if (bad) return { ok: false, error: `A recovery key has no “${bad}”: check the printed copy.` };
  if (clean.length !== size) {
    return { ok: false, error: `A recovery key has ${RECOVERY_GROUPS} groups of 5 characters (${size} in all); this has ${clean.length}.` };
  }
  const values: number[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    const group = clean.slice(g * (DATA_CHARS + 1), (g + 1) * (DATA_CHARS + 1));
    const part = [...group.slice(0, DATA_CHARS)].map((c) => RECOVERY_ALPHABET.indexOf(c));
    if (checkChar(g, part) !== group[DATA_CHARS]) {
      return { ok: false, error: `Group ${g + 1} (${group}) has a typo: check it against the printed copy.` };
    }
    values.push(...part);
  }
  return { ok: true, secret: valuesToBytes(values) };
}
