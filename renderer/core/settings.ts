/**
 * Settings: key/value records. The company profile and the app state have schemas; a stored
 * value that no longer validates (hand-edited backup, older build) falls back field by field
 * to the defaults instead of blocking the app.
 */
import type { z } from 'zod';
import {
  DEFAULT_APP_STATE,
  DEFAULT_COMPANY_PROFILE,
  SETTING_KEYS,
  appStateSchema,
  companyProfileSchema,
  type AppState,
  type CompanyProfile,
  type Setting,
} from '../../shared/domain/settings';
import { dropBlankStrings } from '../../shared/domain/common';
import { nowIso } from '../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../db';
import { auditEntry, parseOrThrow, writeTransaction } from '../db/crud';
import { rekeyPhoneIndex } from '../db/indexFields';
import { regionOfLocale } from '../../shared/contacts/phone';

/** Parses `stored` over `defaults`, dropping fields that fail rather than the whole value. */
function parseWithFallback<S extends z.ZodType>(schema: S, defaults: z.output<S>, stored: unknown): z.output<S> {
  let candidate: Record<string, unknown> = {
    ...(defaults as Record<string, unknown>),
    ...(stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}),
  };
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = schema.safeParse(candidate);
    if (r.success) return r.data;
    const bad = new Set(r.error.issues.map((i) => String(i.path[0] ?? '')));
    const next: Record<string, unknown> = { ...candidate };
    for (const key of bad) {
      if (key in (defaults as Record<string, unknown>)) next[key] = (defaults as Record<string, unknown>)[key];
      else delete next[key];
    }
    candidate = next;
  }
  return defaults;
}

export async function getSettingRecord(key: string, db: BackdeskDb = getDb()): Promise<Setting | undefined> {
  const r = await db.settings.get(key);
  return r && r.deletedAt === null ? r : undefined;
}

/** Writes one setting and its audit entry in one transaction. */
export async function putSetting(key: string, value: unknown, summary: string, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['settings', 'auditLog'], async () => {
    const at = nowIso();
    const existing = await db.settings.get(key);
    await db.settings.put({ id: key, value, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
    await db.auditLog.add(auditEntry('settings', key, existing ? 'update' : 'create', summary, at));
  });
}

/**
 * Work in progress kept between visits (a stock count being typed, issue 16.4): written on
 * every change, so without an audit line each time — what it leads to (an applied count) is
 * audited where it happens.
 */
export async function putWorkingSetting(key: string, value: unknown, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['settings'], async () => {
    const at = nowIso();
    const existing = await db.settings.get(key);
    await db.settings.put({ id: key, value, createdAt: existing?.createdAt ?? at, updatedAt: at, deletedAt: null });
  });
}

/** Removes a setting (e.g. a draft thrown away or used), with its audit line, in one transaction. */
export async function removeSetting(key: string, summary: string, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['settings', 'auditLog'], async () => {
    if (!(await db.settings.get(key))) return;
    await db.settings.delete(key);
    await db.auditLog.add(auditEntry('settings', key, 'delete', summary, nowIso()));
  });
}

export async function getCompanyProfile(db: BackdeskDb = getDb()): Promise<CompanyProfile> {
  const r = await getSettingRecord(SETTING_KEYS.companyProfile, db);
  return parseWithFallback(companyProfileSchema, DEFAULT_COMPANY_PROFILE, r?.value);
}

/** Validates and saves the whole profile; throws RecordValidationError with readable messages. */
export async function saveCompanyProfile(
  profile: z.input<typeof companyProfileSchema>,
  db: BackdeskDb = getDb(),
): Promise<CompanyProfile> {
  const parsed = parseOrThrow('settings', companyProfileSchema, dropBlankStrings(profile));
  await putSetting(SETTING_KEYS.companyProfile, parsed, 'Updated the company profile', db);
  await syncPhoneRegion(db);
  return parsed;
}

/** Saves only the given fields of the profile (e.g. from one settings section). */
export async function updateCompanyProfile(
  patch: Partial<z.input<typeof companyProfileSchema>>,
  db: BackdeskDb = getDb(),
): Promise<CompanyProfile> {
  const current = await getCompanyProfile(db);
  const merged: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete merged[k];
    else merged[k] = v;
  }
  return saveCompanyProfile(merged as z.input<typeof companyProfileSchema>, db);
}

/**
 * Points the connection's phone region (caller lookup keys) at the office's country, taken
 * from its locale, and re-keys the stored numbers when it changed. Called at startup, after
 * the profile is saved, after the sample office or a restore is loaded.
 */
export async function syncPhoneRegion(db: BackdeskDb = getDb()): Promise<void> {
  const region = regionOfLocale((await getCompanyProfile(db)).locale);
  if (region === db.phoneRegion) return;
  db.phoneRegion = region;
  await rekeyPhoneIndex(db);
}

export async function getAppState(db: BackdeskDb = getDb()): Promise<AppState> {
  const r = await getSettingRecord(SETTING_KEYS.appState, db);
  return parseWithFallback(appStateSchema, DEFAULT_APP_STATE, r?.value);
}

export async function setFirstRunDone(startedWith: 'sample' | 'empty' = 'empty', db: BackdeskDb = getDb()): Promise<AppState> {
  const state: AppState = { firstRunDone: true, firstRunAt: nowIso(), startedWith };
  await putSetting(
    SETTING_KEYS.appState,
    state,
    startedWith === 'sample' ? 'Finished first run with the sample office' : 'Finished first run with an empty office',
    db,
  );
  return state;
}
