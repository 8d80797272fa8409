/**
 * This PC in the office's sync: its id, name and number code (setting 'sync.local', never
 * replicated), and its announcement to the other PCs (setting `sync.device.<id>`, replicated;
 * each PC writes only its own, so these never conflict).
 */
import { z } from 'zod';
import { nowIso } from '../../../shared/lib/dates';
import { newId } from '../../../shared/lib/ids';
import type { BackdeskDb } from '../database';
import { getDb } from '../index';
import type { LocalSyncSettings, SyncDevice } from './types';

export const LOCAL_SYNC_KEY = 'sync.local';
export const DEVICE_KEY_PREFIX = 'sync.device.';
/** One or two capital letters. */
export const NUMBER_CODE_PATTERN = /^[A-Z]{1,2}$/;

const localSchema = z.object({
  enabled: z.boolean(),
  deviceId: z.string().min(1),
  deviceName: z.string(),
  numberCode: z.string(),
  checkpoint: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
  initialPushQueued: z.boolean().optional(),
});

const deviceSchema = z.object({
  deviceId: z.string().min(1),
  deviceName: z.string(),
  numberCode: z.string(),
  lastSeenAt: z.string(),
});

/** Read at startup and on every change: the number generators read it synchronously. */
let cachedCode = '';

/** This PC's letters in document numbers ('' when sync was never set up: numbers as before). */
export function numberCodeOfThisPc(): string {
  return cachedCode;
}

export async function readLocalSync(db: BackdeskDb = getDb()): Promise<LocalSyncSettings> {
  const row = await db.settings.get(LOCAL_SYNC_KEY);
  const parsed = localSchema.safeParse(row?.value);
  const value: LocalSyncSettings = parsed.success
    ? parsed.data
    : { enabled: false, deviceId: newId(), deviceName: '', numberCode: '', checkpoint: null, lastSyncedAt: null };
  cachedCode = value.numberCode;
  return value;
}

export async function writeLocalSync(patch: Partial<LocalSyncSettings>, db: BackdeskDb = getDb()): Promise<LocalSyncSettings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readLocalSync(db);
    const next = { ...current, ...patch };
    const existing = await db.settings.get(LOCAL_SYNC_KEY);
    const at = nowIso();
    await db.settings.put({ id: LOCAL_SYNC_KEY, value: next, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
    cachedCode = next.numberCode;
    return next;
  });
}

/** Every PC that announced itself, this one included. */
export async function listDevices(db: BackdeskDb = getDb()): Promise<SyncDevice[]> {
  const rows = await db.settings.where(':id').startsWith(DEVICE_KEY_PREFIX).toArray();
  const out: SyncDevice[] = [];
  for (const row of rows) {
    if (row.deletedAt) continue;
    const parsed = deviceSchema.safeParse(row.value);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.numberCode.localeCompare(b.numberCode));
}

export class ThisPcError extends Error {
  override readonly name = 'ThisPcError';
}

/**
 * Names this PC and gives it its number code; refused when another PC of the office already
 * uses the code (as far as this PC has heard). Writes the local setting and the announcement
 * in one transaction.
 */
export async function saveThisPc(input: { deviceName: string; numberCode: string }, db: BackdeskDb = getDb()): Promise<LocalSyncSettings> {
  const deviceName = input.deviceName.trim();
  const numberCode = input.numberCode.trim().toUpperCase();
  if (!deviceName) throw new ThisPcError('Give this PC a name the others will see, e.g. Reception.');
  if (deviceName.length > 60) throw new ThisPcError('A PC name is at most 60 characters.');
  if (!NUMBER_CODE_PATTERN.test(numberCode)) throw new ThisPcError('The number code is one or two capital letters, e.g. A.');
  const local = await readLocalSync(db);
  const taken = (await listDevices(db)).find((d) => d.deviceId !== local.deviceId && d.numberCode === numberCode);
  if (taken) throw new ThisPcError(`The PC “${taken.deviceName}” already numbers with ${numberCode}. Choose another code.`);
  return db.transaction('rw', db.settings, async () => {
    const next = await writeLocalSync({ deviceName, numberCode }, db);
    const key = DEVICE_KEY_PREFIX + next.deviceId;
    const existing = await db.settings.get(key);
    const at = nowIso();
    const device: SyncDevice = { deviceId: next.deviceId, deviceName, numberCode, lastSeenAt: at };
    await db.settings.put({ id: key, value: device, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
    return next;
  });
}
