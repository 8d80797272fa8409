import { describe, expect, it } from 'vitest';
import { consumableLinkDraftSchema, consumablesOf, consumableUsageText, equipmentUsing, validateConsumableLink } from './equipmentConsumables';

const links = [
  { id: 'l1', equipmentId: 'copier', itemId: 'toner-k', note: 'toner black' },
  { id: 'l2', equipmentId: 'copier', itemId: 'paper' },
  { id: 'l3', equipmentId: 'printer', itemId: 'paper' },
  { id: 'l4', equipmentId: 'printer', itemId: 'toner-k', deletedAt: '2026-01-01T00:00:00Z' },
];

describe('consumable links', () => {
  it('parses a link with a note', () => {
    expect(consumableLinkDraftSchema.parse({ equipmentId: 'copier', itemId: 'toner-k', note: ' toner black ' }).note).toBe('toner black');
    expect(consumableLinkDraftSchema.safeParse({ equipmentId: 'copier' }).success).toBe(false);
  });
  it('lists supplies of a machine and machines of a supply, live links only', () => {
    expect(consumablesOf(links, 'copier').map((l) => l.itemId)).toEqual(['toner-k', 'paper']);
    expect(equipmentUsing(links, 'toner-k').map((l) => l.equipmentId)).toEqual(['copier']);
    expect(equipmentUsing(links, 'paper').map((l) => l.equipmentId)).toEqual(['copier', 'printer']);
  });
  it('refuses linking the same supply twice', () => {
    expect(validateConsumableLink(links, { equipmentId: 'copier', itemId: 'paper' })).toMatch(/already linked/);
    expect(validateConsumableLink(links, { id: 'l2', equipmentId: 'copier', itemId: 'paper' })).toBeNull();
    expect(validateConsumableLink(links, { equipmentId: 'printer', itemId: 'toner-k' })).toBeNull();
  });
  it('says what a supply is for', () => {
    const names: Record<string, string> = { copier: 'Copier 2F', printer: 'Printer 1F' };
    expect(consumableUsageText(links, 'toner-k', (id) => names[id])).toBe('toner black for Copier 2F');
    expect(consumableUsageText(links, 'paper', (id) => names[id])).toBe('Copier 2F; Printer 1F');
    expect(consumableUsageText(links, 'pens', (id) => names[id])).toBe('');
  });
});
