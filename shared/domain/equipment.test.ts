import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  endOfExpectedLife,
  equipmentCategoryListSchema,
  equipmentDraftSchema,
  equipmentProblems,
  findAssetTagOwner,
  findEquipmentCategory,
  isOutOfService,
  isPastExpectedLife,
  isUnderWarranty,
  normalizeAssetTag,
  parseEquipmentStatus,
  retirementPatch,
  suggestNextAssetTag,
  usualAssetTagPrefix,
} from './equipment';
import { firstAssetTag } from '../sync/numbering';

describe('suggestNextAssetTag', () => {
  it('continues after the highest number with the prefix, padded to 4', () => {
    expect(suggestNextAssetTag('BD', ['BD-0041', 'BD-0007', 'BD-0040'])).toBe('BD-0042');
    expect(suggestNextAssetTag('BD-', ['BD-0041'])).toBe('BD-0042');
  });
  it('starts at 0001 when no tag has the prefix', () => {
    expect(suggestNextAssetTag('BD', [])).toBe('BD-0001');
    expect(suggestNextAssetTag('BD-', ['XY-0100'])).toBe('BD-0001');
  });
  it('ignores other prefixes, even ones that start with the same letters', () => {
    expect(suggestNextAssetTag('BD', ['BDX-0099', 'XBD-0500', 'BD-0003', 'BD-12A', 'BD-0004-B'])).toBe('BD-0004');
  });
  it('matches case-insensitively and ignores spaces', () => {
    expect(suggestNextAssetTag('bd', ['BD-0041', ' bd-0050 '])).toBe('bd-0051');
    expect(suggestNextAssetTag('BD', ['bd-0050'])).toBe('BD-0051');
  });
  it('compares numbers, not text, and keeps a wider width', () => {
    expect(suggestNextAssetTag('BD', ['BD-0999', 'BD-1000', 'BD-9'])).toBe('BD-1001');
    expect(suggestNextAssetTag('BD', ['BD-9999'])).toBe('BD-10000');
    expect(suggestNextAssetTag('BD', ['BD-000041'])).toBe('BD-000042');
    expect(suggestNextAssetTag('BD', ['BD-99999999999999999999'])).toBe('BD-100000000000000000000');
  });
  it("keeps the series' own separator when the prefix has none", () => {
    expect(suggestNextAssetTag('BD', ['BD0041'])).toBe('BD0042');
    expect(suggestNextAssetTag('HL', ['HL/0009'])).toBe('HL/0010');
  });
  it('honours minDigits', () => {
    expect(suggestNextAssetTag('BD', ['BD-7'], 2)).toBe('BD-08');
  });

  describe("with this PC's sync number code (issue 18.3)", () => {
    const tags = ['BD-0041', 'BD-A0007', 'bd-a0009', 'BD-B0100', 'BD-AB0500', 'XY-A0900'];
    it("continues the PC's own series only, the register's plain tags left alone", () => {
      expect(suggestNextAssetTag('BD', tags, 4, 'A')).toBe('BD-A0010');
      expect(suggestNextAssetTag('BD', tags, 4, 'B')).toBe('BD-B0101');
      expect(suggestNextAssetTag('BD', tags, 4, 'AB')).toBe('BD-AB0501');
      expect(suggestNextAssetTag('BD', tags, 4, 'C')).toBe('BD-C0001');
      expect(suggestNextAssetTag('BD-', tags, 4, 'a')).toBe('BD-A0010');
      expect(suggestNextAssetTag('BD', tags)).toBe('BD-0042');
    });
    it("keeps the series' separator, and '-' when it has none so the code never joins the prefix", () => {
      expect(suggestNextAssetTag('HL', ['HL/0009'], 4, 'A')).toBe('HL/A0001');
      expect(suggestNextAssetTag('HL', ['HL/0009', 'HL/A0003'], 4, 'A')).toBe('HL/A0004');
      expect(suggestNextAssetTag('BD', ['BD0041'], 4, 'A')).toBe('BD-A0001');
      expect(suggestNextAssetTag('BD', ['BD0041', 'BDA0003'], 4, 'A')).toBe('BD-A0004');
      expect(suggestNextAssetTag('', ['A0003'], 4, 'A')).toBe('A0004');
    });
    it('two PCs taking turns never suggest the same tag', () => {
      const register = ['BD-0001', 'BD-0002'];
      for (let i = 0; i < 20; i++) {
        register.push(suggestNextAssetTag('BD', register, 4, 'A'));
        register.push(suggestNextAssetTag('BD', register, 4, 'AB'));
      }
      expect(new Set(register.map(normalizeAssetTag)).size).toBe(register.length);
      expect(register.slice(-2)).toEqual(['BD-A0020', 'BD-AB0020']);
    });
    it("matches Settings → Sync's example of a first tag", () => {
      for (const prefix of ['BD', 'BD-', 'HL/', '']) expect(suggestNextAssetTag(prefix, [], 4, 'A')).toBe(firstAssetTag(prefix, 'A'));
    });
  });
});

describe('normalizeAssetTag and findAssetTagOwner', () => {
  it('normalizes case, spaces and full-width characters', () => {
    expect(normalizeAssetTag(' bd- 0042 ')).toBe('BD-0042');
    expect(normalizeAssetTag('ＢＤ-００４２')).toBe('BD-0042');
    expect(normalizeAssetTag('BD-42')).not.toBe(normalizeAssetTag('BD-0042'));
  });
  it('finds a live owner of the tag, leaving out the edited item and deleted ones', () => {
    const items = [
      { id: 'a', assetTag: 'BD-0001', deletedAt: null },
      { id: 'b', assetTag: 'BD-0002', deletedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'c', deletedAt: null },
    ];
    expect(findAssetTagOwner('bd-0001', items)?.id).toBe('a');
    expect(findAssetTagOwner('BD-0001', items, 'a')).toBeUndefined();
    expect(findAssetTagOwner('BD-0002', items)).toBeUndefined();
    expect(findAssetTagOwner('  ', items)).toBeUndefined();
  });
});

describe('statuses', () => {
  it('keeps the original values and adds lent-out and disposed', () => {
    for (const s of ['in-use', 'in-storage', 'in-repair', 'retired', 'lent-out', 'disposed'])
      expect(equipmentDraftSchema.parse({ name: 'X', status: s }).status).toBe(s);
    expect(EQUIPMENT_STATUSES.slice(0, 4)).toEqual(['in-use', 'in-storage', 'in-repair', 'retired']);
    expect(equipmentDraftSchema.parse({ name: 'X' }).status).toBe('in-use');
  });
  it('maps the issue\'s labels and other tools\' words to statuses', () => {
    expect(parseEquipmentStatus('In store')).toBe('in-storage');
    expect(parseEquipmentStatus('Under repair')).toBe('in-repair');
    expect(parseEquipmentStatus('lent  out')).toBe('lent-out');
    expect(parseEquipmentStatus('Ready to Deploy')).toBe('in-storage');
    expect(parseEquipmentStatus('Disposed')).toBe('disposed');
    expect(parseEquipmentStatus('in_use')).toBe('in-use');
    expect(parseEquipmentStatus('somewhere')).toBeUndefined();
    expect(parseEquipmentStatus('')).toBeUndefined();
  });
  it('treats retired and disposed as out of service', () => {
    expect(isOutOfService('retired')).toBe(true);
    expect(isOutOfService('disposed')).toBe(true);
    expect(isOutOfService('in-repair')).toBe(false);
    expect(isOutOfService(undefined)).toBe(false);
  });
});

describe('register fields and problems', () => {
  it('parses the new optional fields', () => {
    const e = equipmentDraftSchema.parse({
      name: 'Projector',
      expectedLifeMonths: 60,
      photoAttachmentId: 'att-1',
      documentAttachmentIds: ['att-2', 'att-3'],
      bookable: true,
    });
    expect(e).toMatchObject({ expectedLifeMonths: 60, photoAttachmentId: 'att-1', documentAttachmentIds: ['att-2', 'att-3'], bookable: true });
    expect(equipmentDraftSchema.safeParse({ name: 'X', expectedLifeMonths: 0 }).success).toBe(false);
    expect(equipmentDraftSchema.safeParse({ name: 'X', expectedLifeMonths: 1.5 }).success).toBe(false);
  });
  it('requires a date and a reason to retire or dispose', () => {
    expect(equipmentProblems({ status: 'retired' })).toEqual(['Enter the date the item was retired.', 'Enter why the item was retired.']);
    expect(equipmentProblems({ status: 'disposed', retiredOn: '2026-01-05', retirementReason: 'Broken beyond repair' })).toEqual([]);
    expect(equipmentProblems({ ...retirementPatch('disposed', '2026-01-05', ' Sold ') })).toEqual([]);
    expect(retirementPatch('disposed', '2026-01-05', ' Sold ').retirementReason).toBe('Sold');
  });
  it('refuses a retirement on an item in service, and dates out of order', () => {
    expect(equipmentProblems({ status: 'in-use', retiredOn: '2026-01-05' })).toHaveLength(1);
    expect(equipmentProblems({ status: 'retired', retiredOn: '2020-01-01', retirementReason: 'x', purchaseDate: '2021-01-01' })[0]).toMatch(/before it was bought/);
    expect(equipmentProblems({ purchaseDate: '2026-02-01', warrantyEnds: '2026-01-31' })[0]).toMatch(/warranty/);
    expect(equipmentProblems({ purchaseDate: '2026-02-01', warrantyEnds: '2026-02-01' })).toEqual([]);
  });
  it('computes expected life and warranty with month clamping', () => {
    expect(endOfExpectedLife({ purchaseDate: '2024-02-29', expectedLifeMonths: 12 })).toBe('2025-02-28');
    expect(endOfExpectedLife({ purchaseDate: '2024-02-29' })).toBeUndefined();
    expect(isPastExpectedLife({ purchaseDate: '2020-01-31', expectedLifeMonths: 1 }, '2020-02-28')).toBe(false);
    expect(isPastExpectedLife({ purchaseDate: '2020-01-31', expectedLifeMonths: 1 }, '2020-02-29')).toBe(true);
    expect(isUnderWarranty({ warrantyEnds: '2026-03-01' }, '2026-03-01')).toBe(true);
    expect(isUnderWarranty({ warrantyEnds: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isUnderWarranty({}, '2026-03-02')).toBe(false);
  });
});

describe('categories', () => {
  it('ships the issue\'s defaults as data', () => {
    expect(DEFAULT_EQUIPMENT_CATEGORIES.map((c) => c.name)).toEqual(['Copier/printer', 'Computer', 'Phone', 'Furniture', 'Appliance', 'Vehicle', 'Other']);
    expect(equipmentCategoryListSchema.parse(DEFAULT_EQUIPMENT_CATEGORIES)).toHaveLength(7);
  });
  it('accepts an edited list but refuses duplicate names or keys, ignoring case', () => {
    expect(equipmentCategoryListSchema.safeParse([...DEFAULT_EQUIPMENT_CATEGORIES, { key: 'av', name: 'Audio/visual' }]).success).toBe(true);
    const dupName = equipmentCategoryListSchema.safeParse([...DEFAULT_EQUIPMENT_CATEGORIES, { key: 'pc', name: 'computer' }]);
    expect(dupName.success).toBe(false);
    expect(dupName.error?.issues[0]?.message).toMatch(/already in the list/);
    expect(equipmentCategoryListSchema.safeParse([{ key: 'a', name: 'A' }, { key: 'A', name: 'B' }]).success).toBe(false);
  });
  it('finds a category by name or key', () => {
    expect(findEquipmentCategory(' copier/PRINTER ')?.key).toBe('copier-printer');
    expect(findEquipmentCategory('vehicle')?.name).toBe('Vehicle');
    expect(findEquipmentCategory('Boat')).toBeUndefined();
    expect(findEquipmentCategory('AV', [{ key: 'av', name: 'Audio/visual' }])?.name).toBe('Audio/visual');
  });
});

describe('usualAssetTagPrefix', () => {
  it('finds the series most tags belong to, ignoring case, spaces and odd tags', () => {
    expect(usualAssetTagPrefix(['HL-0001', 'hl-0002', 'HL 0003', 'XY-9', 'WBH-2841795', 'free text', ''])).toBe('HL');
    expect(usualAssetTagPrefix(['AB1', 'CD2'])).toBe('AB');
    expect(usualAssetTagPrefix(['n/a', '123'])).toBeUndefined();
    expect(usualAssetTagPrefix([])).toBeUndefined();
  });
});
