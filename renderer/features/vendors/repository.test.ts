/** Vendor names from imports resolve to vendors, creating the missing ones once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { vendorRepository, resolveVendorIds } from './repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('crud repositories', () => {
  it('maps vendor names to ids, creating missing vendors once', async () => {
    const existing = await vendorRepository.create({ name: 'Café Supplies' }, db);
    const map = await resolveVendorIds(['cafe supplies', 'New Vendor', 'new vendor', ''], db);
    expect(map.get('cafe supplies')).toBe(existing.id);
    expect(map.get('New Vendor')).toBe(map.get('new vendor'));
    expect(await db.vendors.count()).toBe(2);
  });
});
