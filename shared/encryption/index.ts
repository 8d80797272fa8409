/**
 * The app's cryptography, in one place and on WebCrypto only (present in Chromium, Electron's
 * renderer and Node 20 alike): a key derived from a passphrase (PBKDF2-SHA256, at least
 * 600,000 iterations, random salt), AES-GCM for bytes and for single values, and base64 for
 * storing them as text. Used by the backup file's passphrase (shared/backup) and by the
 * office vault (confidential fields, renderer/core/vault.ts). Pure: no DOM, no Node.
 */
import { z } from 'zod';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the issue asks for at least this. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;

// Named from the global rather than the DOM lib, so this type-checks under the Node tsconfig too.
type Subtle = typeof globalThis.crypto.subtle;
export type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;

function subtle(): Subtle {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('This computer offers no WebCrypto, so encryption is unavailable.');
  return s;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * An AES-256-GCM key from a passphrase. `extractable` stays false: the derived key only ever
 * wraps or encrypts inside WebCrypto.
 */
export async function deriveKeyFromPassphrase(
  passphrase: string,
  salt: Uint8Array,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A fresh random AES-256-GCM key (the office's data key); extractable so it can be wrapped. */
export function generateDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** iv (12 bytes) followed by the ciphertext with its tag. */
export async function encryptBytes(key: CryptoKey, plain: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv, 0);
  out.set(sealed, IV_BYTES);
  return out;
}

/** Throws DecryptionError when the key is wrong or the bytes were altered (GCM's tag). */
export async function decryptBytes(key: CryptoKey, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < IV_BYTES + 16) throw new DecryptionError();
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.slice(0, IV_BYTES) },
      key,
      sealed.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new DecryptionError();
  }
}

export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
  constructor() {
    super('The data could not be decrypted: the key is wrong or the data was altered.');
  }
}

/**
 * One encrypted value as stored in a record: the JSON of the clear value, AES-GCM sealed and
 * base64'd. `$sealed` marks it so a reader never mistakes it for clear text.
 */
export const sealedValueSchema = z.object({
  $sealed: z.literal(1),
  data: z.string().min(1).max(2_000_000),
});
export type SealedValue = z.infer<typeof sealedValueSchema>;

export function isSealedValue(value: unknown): value is SealedValue {
  return sealedValueSchema.safeParse(value).success;
}

export async function sealValue(key: CryptoKey, value: unknown): Promise<SealedValue> {
  const bytes = new TextEncoder().encode(JSON.stringify(value ?? null));
  return { $sealed: 1, data: toBase64(await encryptBytes(key, bytes)) };
}

export async function openSealedValue(key: CryptoKey, sealed: SealedValue): Promise<unknown> {
  const bytes = await decryptBytes(key, fromBase64(sealed.data));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await subtle().digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
