import { describe, expect, it } from 'vitest';
import {
  currentHolder,
  handoverDraftSchema,
  handoverEntrySchema,
  itemsHeldBy,
  overdueReturns,
  statusAfterHandover,
  validateCheckin,
  validateCheckout,
  type HandoverLike,
} from './equipmentLedger';

const T = (n: number) => `2026-03-01T09:00:0${n}.000Z`;
const out = (date: string, to: Partial<HandoverLike>, n = 0, extra: Partial<HandoverLike> = {}): HandoverLike => ({
  kind: 'check-out',
  date,
  createdAt: T(n),
  id: `e${n}`,
  ...to,
  ...extra,
});
const inn = (date: string, n = 0, extra: Partial<HandoverLike> = {}): HandoverLike => ({ kind: 'check-in', date, createdAt: T(n), id: `e${n}`, ...extra });

describe('handover schemas', () => {
  it('accepts a check-out to a person or to a place, not both or neither', () => {
    expect(handoverDraftSchema.safeParse({ kind: 'check-out', equipmentId: 'q', date: '2026-03-01', toPersonId: 'p1', dueBack: '2026-03-05' }).success).toBe(true);
    expect(handoverDraftSchema.safeParse({ kind: 'check-out', equipmentId: 'q', date: '2026-03-01', toPlace: 'Room 2' }).success).toBe(true);
    expect(handoverDraftSchema.safeParse({ kind: 'check-out', equipmentId: 'q', date: '2026-03-01' }).success).toBe(false);
    expect(handoverDraftSchema.safeParse({ kind: 'check-out', equipmentId: 'q', date: '2026-03-01', toPersonId: 'p', toPlace: 'R' }).success).toBe(false);
  });
  it('refuses a due-back before the check-out, and fills a check-in condition', () => {
    const r = handoverDraftSchema.safeParse({ kind: 'check-out', equipmentId: 'q', date: '2026-03-05', toPersonId: 'p', dueBack: '2026-03-04' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/before the check-out date/);
    const c = handoverDraftSchema.parse({ kind: 'check-in', equipmentId: 'q', date: '2026-03-05' });
    expect(c.kind === 'check-in' && c.condition).toBe('good');
    expect(handoverDraftSchema.safeParse({ kind: 'check-in', equipmentId: 'q', date: '2026-03-05', condition: 'shiny' }).success).toBe(false);
  });
  it('stored entries carry the base fields', () => {
    const base = { id: 'h1', createdAt: T(1), updatedAt: T(1), deletedAt: null };
    expect(handoverEntrySchema.safeParse({ ...base, kind: 'check-in', equipmentId: 'q', date: '2026-03-05' }).success).toBe(true);
    expect(handoverEntrySchema.safeParse({ kind: 'check-in', equipmentId: 'q', date: '2026-03-05' }).success).toBe(false);
  });
});

describe('currentHolder', () => {
  it('is null for an item never lent', () => {
    expect(currentHolder([])).toBeNull();
  });
  it('is the last check-out while it is not checked in', () => {
    expect(currentHolder([out('2026-03-01', { toPersonId: 'ana' }, 1, { dueBack: '2026-03-08' })])).toEqual({
      kind: 'person',
      personId: 'ana',
      since: '2026-03-01',
      dueBack: '2026-03-08',
      entryId: 'e1',
    });
    expect(currentHolder([out('2026-03-01', { toPlace: 'Room 2' }, 1)])).toMatchObject({ kind: 'place', place: 'Room 2' });
  });
  it('follows ledger order by date then creation, not array order', () => {
    const entries = [inn('2026-03-04', 2), out('2026-03-06', { toPersonId: 'ben' }, 3), out('2026-03-01', { toPersonId: 'ana' }, 1)];
    expect(currentHolder(entries)?.personId).toBe('ben');
    // Same day: check-out then check-in, told apart by createdAt.
    const sameDay = [inn('2026-03-01', 2), out('2026-03-01', { toPersonId: 'ana' }, 1)];
    expect(currentHolder(sameDay)).toBeNull();
  });
  it('ignores deleted entries', () => {
    const entries = [out('2026-03-01', { toPersonId: 'ana' }, 1), inn('2026-03-02', 2, { deletedAt: T(3) })];
    expect(currentHolder(entries)?.personId).toBe('ana');
  });
});

describe('validateCheckout / validateCheckin', () => {
  const lent = [out('2026-03-01', { toPersonId: 'ana' }, 1)];
  const names = (id: string) => ({ ana: 'Ana Lima' })[id];
  it('refuses checking out something already out, naming the holder', () => {
    expect(validateCheckout(lent, { status: 'lent-out' }, { date: '2026-03-02', toPersonId: 'ben' }, { itemName: 'The projector', personName: names })).toBe(
      'The projector is already checked out to Ana Lima since 2026-03-01; check it in first.',
    );
  });
  it('refuses checking out a retired or disposed item', () => {
    expect(validateCheckout([], { status: 'retired' }, { date: '2026-03-02', toPersonId: 'ben' })).toMatch(/retired and cannot be checked out/);
    expect(validateCheckout([], { status: 'disposed' }, { date: '2026-03-02', toPersonId: 'ben' })).toMatch(/disposed/);
  });
  it('allows a check-out once the item is back, but not dated before its last hand-over', () => {
    const back = [...lent, inn('2026-03-05', 2)];
    expect(validateCheckout(back, { status: 'in-storage' }, { date: '2026-03-05', toPlace: 'Room 2' })).toBeNull();
    expect(validateCheckout(back, { status: 'in-storage' }, { date: '2026-03-04', toPlace: 'Room 2' })).toMatch(/before the item's last hand-over \(2026-03-05\)/);
    expect(validateCheckout(back, {}, { date: '2026-03-06', toPlace: 'Room 2', dueBack: '2026-03-05' })).toMatch(/due-back date/);
    expect(validateCheckout(back, {}, { date: '2026-03-06' })).toMatch(/person or to a place/);
  });
  it('refuses checking in something not out, or before its check-out', () => {
    expect(validateCheckin([], { date: '2026-03-02' })).toBe('This item is not checked out, so it cannot be checked in.');
    expect(validateCheckin([...lent, inn('2026-03-03', 2)], { date: '2026-03-04' })).toMatch(/not checked out/);
    expect(validateCheckin(lent, { date: '2026-02-28' })).toMatch(/before the check-out date \(2026-03-01\)/);
    expect(validateCheckin(lent, { date: '2026-03-01' })).toBeNull();
  });
  it('derives the status a hand-over leaves', () => {
    expect(statusAfterHandover({ kind: 'check-out', dueBack: '2026-03-05' })).toBe('lent-out');
    expect(statusAfterHandover({ kind: 'check-out' })).toBe('in-use');
    expect(statusAfterHandover({ kind: 'check-in' })).toBe('in-storage');
  });
});

describe('overdueReturns and itemsHeldBy', () => {
  const byItem = new Map<string, HandoverLike[]>([
    ['projector', [out('2026-03-01', { toPersonId: 'ana' }, 1, { dueBack: '2026-03-05' })]],
    ['car', [out('2026-02-20', { toPersonId: 'ben' }, 1, { dueBack: '2026-02-25' })]],
    ['laptop', [out('2026-01-01', { toPersonId: 'ana' }, 1)]],
    ['camera', [out('2026-03-01', { toPersonId: 'cy' }, 1, { dueBack: '2026-03-02' }), inn('2026-03-02', 2)]],
    ['drill', [out('2026-03-01', { toPlace: 'Site' }, 1, { dueBack: '2026-03-06' })]],
  ]);
  it('lists items still out after their due-back day, most overdue first', () => {
    expect(overdueReturns(byItem, '2026-03-06')).toEqual([
      expect.objectContaining({ equipmentId: 'car', dueBack: '2026-02-25', daysOverdue: 9 }),
      expect.objectContaining({ equipmentId: 'projector', dueBack: '2026-03-05', daysOverdue: 1 }),
    ]);
  });
  it('does not list an item due today, returned, or with no due-back date', () => {
    const ids = overdueReturns(byItem, '2026-03-05').map((o) => o.equipmentId);
    expect(ids).toEqual(['car']);
  });
  it('accepts a plain record too', () => {
    expect(overdueReturns(Object.fromEntries(byItem), '2026-03-07').map((o) => o.equipmentId)).toEqual(['car', 'projector', 'drill']);
  });
  it('lists what a person holds', () => {
    expect(itemsHeldBy(byItem, 'ana').map((h) => h.equipmentId)).toEqual(['laptop', 'projector']);
    expect(itemsHeldBy(byItem, 'cy')).toEqual([]);
  });
});
