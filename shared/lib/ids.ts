/**
 * Record ids: ULIDs (26 Crockford base32 characters, 48-bit millisecond time + 80 random bits).
 *
 * Why ULID: ids sort by creation time as plain strings, so an IndexedDB primary-key range is
 * also a time range, and two PCs can mint ids without talking to each other (DESIGN §2, a later
 * sync). Ids made in the same millisecond increment the random part instead of drawing a new
 * one, so ids from one generator are strictly increasing even in a tight loop.
 */

const ENCODING = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LEN = 10;
const RANDOM_LEN = 16;
const MAX_TIME = 2 ** 48 - 1;

export type RandomBytes = (bytes: Uint8Array) => void;

export interface UlidGeneratorOptions {
  /** Milliseconds since the epoch. Defaults to Date.now. */
  now?: () => number;
  /** Fills the array with random bytes. Defaults to crypto.getRandomValues. */
  randomBytes?: RandomBytes;
}

const cryptoRandomBytes: RandomBytes = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
};

function encodeTime(time: number): string {
  if (!Number.isInteger(time) || time < 0 || time > MAX_TIME) {
    throw new RangeError(`ULID time out of range: ${time}`);
  }
  let out = '';
  let t = time;
  for (let i = 0; i < TIME_LEN; i++) {
    const mod = t % 32;
    out = ENCODING[mod] + out;
    t = (t - mod) / 32;
  }
  return out;
}

/** 16 base32 digits (values 0–31) from 10 random bytes. */
function randomDigits(randomBytes: RandomBytes): number[] {
  const bytes = new Uint8Array(RANDOM_LEN);
  randomBytes(bytes);
  return Array.from(bytes, (b) => b & 31);
}

/** Adds one to the base32 digit array; false when it overflows (2^80 ids in one ms). */
function increment(digits: number[]): boolean {
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digits[i]!;
    if (d < 31) {
      digits[i] = d + 1;
      return true;
    }
    digits[i] = 0;
  }
  return false;
}

/** A monotonic ULID factory. The sample office uses one with a seeded clock and PRNG. */
export function createUlidGenerator(options: UlidGeneratorOptions = {}): () => string {
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  let lastTime = -1;
  let lastDigits: number[] = [];
  return () => {
    let time = now();
    // A clock that steps back (NTP, a seeded clock reused) must not break ordering.
    if (time <= lastTime) {
      time = lastTime;
      if (!increment(lastDigits)) throw new Error('ULID random part overflowed within one millisecond');
    } else {
      lastTime = time;
      lastDigits = randomDigits(randomBytes);
    }
    return encodeTime(time) + lastDigits.map((d) => ENCODING[d]).join('');
  };
}

const defaultGenerator = createUlidGenerator();

/** A new record id. */
export function newId(): string {
  return defaultGenerator();
}

const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function isUlid(value: string): boolean {
  return ULID_RE.test(value);
}

/** The millisecond timestamp encoded in a ULID. */
export function ulidTime(id: string): number {
  if (!isUlid(id)) throw new Error(`Not a ULID: ${id}`);
  let time = 0;
  for (let i = 0; i < TIME_LEN; i++) {
    time = time * 32 + ENCODING.indexOf(id[i]!);
  }
  return time;
}
