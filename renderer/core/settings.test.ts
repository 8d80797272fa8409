/** Settings: defaults, validation, partial updates and the first-run state. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../db/database';
import { openTestDb } from '../db/testing';
import {
  getAppState,
  getCompanyProfile,
  saveCompanyProfile,
  setFirstRunDone,
  updateCompanyProfile,
} from './settings';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('other repositories', () => {
  it('settings: defaults, validation, partial updates and first run', async () => {
    expect(await getCompanyProfile(db)).toEqual({
      name: 'My office',
      currency: 'USD',
      locale: 'en-US',
      fiscalYearStartMonth: 1,
    });
    await expect(
      saveCompanyProfile(
        { name: 'X', currency: 'DOLLARS', locale: 'en-US', fiscalYearStartMonth: 1 },
        db,
      ),
    ).rejects.toThrow('Enter a currency code like USD or EUR (currency)');
    await saveCompanyProfile(
      {
        name: 'Harbor Lane',
        currency: 'eur',
        locale: 'de-DE',
        fiscalYearStartMonth: 7,
        address: '',
      },
      db,
    );
    expect(await getCompanyProfile(db)).toEqual({
      name: 'Harbor Lane',
      currency: 'EUR',
      locale: 'de-DE',
      fiscalYearStartMonth: 7,
    });
    await updateCompanyProfile({ address: '1 Main St' }, db);
    expect((await getCompanyProfile(db)).address).toBe('1 Main St');
    // A stored value that no longer validates falls back field by field.
    await db.settings.put({
      id: 'companyProfile',
      value: { name: 'Kept', currency: 'nope', fiscalYearStartMonth: 3 },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      deletedAt: null,
    });
    expect(await getCompanyProfile(db)).toEqual({
      name: 'Kept',
      currency: 'USD',
      locale: 'en-US',
      fiscalYearStartMonth: 3,
    });
    expect((await getAppState(db)).firstRunDone).toBe(false);
    await setFirstRunDone('empty', db);
    expect(await getAppState(db)).toMatchObject({ firstRunDone: true, startedWith: 'empty' });
  });
});
