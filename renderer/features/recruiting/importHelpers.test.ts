/** Import helpers: a candidate's application date is filled and names map to ids. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../../db/database';
import { openTestDb } from '../../db/testing';
import { budgetCategoryRepository } from '../budget/repository';

let db: BackdeskDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('paging and import helpers', () => {
  it('fills a candidate’s application date and maps import names to ids', async () => {
    const { candidateRepository, positionRepository, resolvePositionIds } =
      await import('./repository');
    const { resolveCategoryIds } = await import('../budget/repository');
    const c = await candidateRepository.create({ name: 'Zoë', email: 'zoe@example.com' }, db);
    expect(c.appliedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.stage).toBe('Applied');
    const p = await positionRepository.create({ title: 'Office Assistant' }, db);
    expect(
      (await resolvePositionIds(['office assistant', 'Pilot'], db)).get('office assistant'),
    ).toBe(p.id);
    const marketing = await budgetCategoryRepository.create({ name: 'Marketing' }, db);
    const ads = await budgetCategoryRepository.create({ name: 'Ads', parentId: marketing.id }, db);
    const map = await resolveCategoryIds(['marketing', 'Marketing > Ads', 'ADS', 'Unknown'], db);
    expect([
      map.get('marketing'),
      map.get('Marketing > Ads'),
      map.get('ADS'),
      map.get('Unknown'),
    ]).toEqual([marketing.id, ads.id, ads.id, undefined]);
  });
});
