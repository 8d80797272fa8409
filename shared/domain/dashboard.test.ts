import { describe, expect, it } from 'vitest';
import { ageLabel, agePhrase, buildDashboardSummary, compareLowStock, computeLowStock, dashboardMessages, dashboardTodayTasks, lowStockEntry, type DashboardInput, type TodayDiaryEntry } from './dashboard';
import { itemSchema } from './inventory';
import { taskSchema } from './tasks';
import { callSchema } from './calls';

const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
const item = (id: string, onHand: number, min: number) =>
  itemSchema.parse({ ...base, id, name: `Item ${id}`, quantityOnHand: onHand, minQuantity: min });
const task = (id: string, due?: string) => taskSchema.parse({ ...base, id, title: `Task ${id}`, due });
const call = (id: string, followUp: string, urgent = false) =>
  callSchema.parse({ ...base, id, caller: `Caller ${id}`, takenAt: '2026-11-21T10:00:00.000Z', followUp, urgent });

function input(over: Partial<DashboardInput> = {}): DashboardInput {
  return {
    today: '2026-11-22',
    months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    fiscalYearStartMonth: 1,
    lowItems: [],
    lowItemCount: 0,
    openTasks: [],
    eventsToday: [],
    openCalls: [],
    budgets: [],
    expenseTotals: [],
    activeCandidates: 0,
    formatTime: (i) => i.slice(11, 16),
    monthLabel: (m) => m,
    ...over,
  };
}

describe('buildDashboardSummary', () => {
  it('orders low stock by how far below minimum it is', () => {
    const s = buildDashboardSummary(input({ lowItems: [item('a', 4, 5), item('b', 0, 10), item('c', 2, 3)] }));
    expect(s.lowItems.map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it('lists at most eight supplies to reorder but passes the full count through', () => {
    const many = Array.from({ length: 12 }, (_, i) => item(`x${i}`, 0, 1 + i));
    const s = buildDashboardSummary(input({ lowItems: many, lowItemCount: 40 }));
    expect(s.lowItems.map((i) => i.id)).toEqual(['x11', 'x10', 'x9', 'x8', 'x7', 'x6', 'x5', 'x4']);
    expect(s.lowItemCount).toBe(40);
  });

  it('lists tasks due within a week, marks overdue ones, and leaves later ones out', () => {
    const s = buildDashboardSummary(
      input({ openTasks: [task('later', '2026-12-20'), task('overdue', '2026-11-20'), task('soon', '2026-11-25'), task('undated')] }),
    );
    expect(s.dueTasks.map((t) => [t.id, t.overdue])).toEqual([
      ['overdue', true],
      ['soon', false],
      ['undated', false],
    ]);
    expect(s.openTaskCount).toBe(4);
  });

  it('keeps only calls that ask for an answer', () => {
    const s = buildDashboardSummary(
      input({ openCalls: [call('1', 'please-call'), call('2', 'none'), call('3', 'none', true), call('4', 'will-call-again')] }),
    );
    expect(s.callsToReturn.map((c) => c.id)).toEqual(['1', '3']);
  });

  it('lists today’s diary as read for the office’s day: all-day first, then by start, each occurrence on its own', () => {
    // v8: events are wall time in their zone; the diary read gives today's occurrences as UTC
    // instants (09:00 New York = 14:00Z) and all-day entries as dates with an exclusive end.
    const entries: TodayDiaryEntry[] = [
      { key: 'event:late', id: 'late', title: 'Late', start: '2026-11-22T20:00:00.000Z', end: '2026-11-22T21:00:00.000Z', allDay: false },
      { key: 'event:standup|2026-11-22T09:00:00', id: 'standup', title: 'Stand-up', start: '2026-11-22T14:00:00.000Z', end: '2026-11-22T14:15:00.000Z', allDay: false },
      { key: 'interview:iv1', id: 'iv1', title: 'Interview: Grace Hopper', start: '2026-11-22T15:30:00.000Z', end: '2026-11-22T16:30:00.000Z', allDay: false },
      { key: 'event:offsite', id: 'offsite', title: 'Off-site', start: '2026-11-21', end: '2026-11-23', allDay: true },
    ];
    const s = buildDashboardSummary(input({ eventsToday: entries }));
    expect(s.todayEvents.map((e) => [e.id, e.time])).toEqual([
      ['offsite', 'All day'],
      ['standup', '14:00'],
      ['iv1', '15:30'],
      ['late', '20:00'],
    ]);
    expect(s.todayEvents[1]!.key).toBe('event:standup|2026-11-22T09:00:00');
  });

  it('sums budget and actual to date through the current fiscal month', () => {
    const budgets = ['2026-10', '2026-11', '2026-12'].map((month, i) => ({
      ...base, id: `b${i}`, fiscalYear: 2026, categoryId: 'c', month, amountCents: 100_00,
    }));
    const expenseTotals = [
      { categoryId: 'c', month: '2026-11', amountCents: 40_00, count: 2 },
      { categoryId: 'd', month: '2026-11', amountCents: 5_00, count: 1 },
      { categoryId: 'c', month: '2026-12', amountCents: 999_00, count: 1 },
    ];
    const s = buildDashboardSummary(input({ budgets, expenseTotals }));
    expect(s.ytdBudgetCents).toBe(200_00);
    expect(s.ytdActualCents).toBe(45_00);
    expect(s.months.find((m) => m.month === '2026-12')).toMatchObject({ budgetCents: 100_00, actualCents: 999_00 });
  });

  it('counts to date from a fiscal year that starts in April', () => {
    const months = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'];
    const expenseTotals = months.map((month) => ({ categoryId: 'c', month, amountCents: 1_00, count: 1 }));
    const s = buildDashboardSummary(input({ months, fiscalYearStartMonth: 4, expenseTotals }));
    expect(s.ytdActualCents).toBe(8_00); // April through November
  });
});

describe('low stock rows', () => {
  // One rule (issue 11.1/16.3): an item exactly at its minimum is low (it was left out under `<`).
  it('holds live items at or below minimum, with their gap and name', () => {
    const deleted = { ...item('d', 0, 5), deletedAt: '2026-02-01T00:00:00.000Z' };
    expect(computeLowStock([item('a', 4, 5), item('at', 5, 5), item('z', 0, 0), deleted])).toEqual([
      { id: 'a', gap: -1, name: 'Item a' },
      { id: 'at', gap: 0, name: 'Item at' },
    ]);
    expect(lowStockEntry(item('at', 5, 5))).toEqual({ id: 'at', gap: 0, name: 'Item at' });
    expect(lowStockEntry(item('above', 6, 5))).toBeNull();
    expect(lowStockEntry(item('z', 0, 0))).toBeNull();
  });

  it('orders by gap, then name as people read it (numbers numerically, case ignored), then id', () => {
    const rows = [
      { id: '3', gap: -2, name: 'item 10' },
      { id: '2', gap: -2, name: 'Item 9' },
      { id: '1', gap: -5, name: 'Zebra' },
      { id: '0', gap: -2, name: 'item 9' },
    ];
    expect(rows.sort(compareLowStock).map((r) => r.id)).toEqual(['1', '0', '2', '3']);
  });
});

describe('the front desk cards (issue 14.6)', () => {
  const now = new Date('2026-11-22T15:00:00.000Z');
  const msg = (id: string, takenAt: string, over: Record<string, unknown> = {}) =>
    callSchema.parse({ ...base, id, caller: `Caller ${id}`, takenAt, followUp: 'please-call', ...over });

  it('says how long a message has waited', () => {
    expect(ageLabel('2026-11-22T14:59:30.000Z', now)).toBe('just now');
    expect(ageLabel('2026-11-22T14:35:00.000Z', now)).toBe('25 min');
    expect(ageLabel('2026-11-22T11:10:00.000Z', now)).toBe('3 h');
    expect(ageLabel('2026-11-21T14:00:00.000Z', now)).toBe('1 day');
    expect(ageLabel('2026-11-18T09:00:00.000Z', now)).toBe('4 days');
  });

  it('never says "just now" for a time still ahead: "in 5 min", "in 2 h", "in 1 day"; a few seconds ahead (clock drift) is just now', () => {
    const now = new Date('2026-11-22T15:00:00.000Z');
    expect(ageLabel('2026-11-22T15:00:40.000Z', now)).toBe('just now');
    expect(ageLabel('2026-11-22T15:01:00.000Z', now)).toBe('in 1 min');
    expect(ageLabel('2026-11-22T15:05:30.000Z', now)).toBe('in 5 min');
    expect(ageLabel('2026-11-22T17:10:00.000Z', now)).toBe('in 2 h');
    expect(ageLabel('2026-11-23T16:00:00.000Z', now)).toBe('in 1 day');
    expect(agePhrase('2026-11-22T15:05:30.000Z', now)).toBe('in 5 min');
    expect(agePhrase('2026-11-22T14:35:00.000Z', now)).toBe('25 min ago');
    expect(agePhrase('2026-11-22T14:59:30.000Z', now)).toBe('just now');
    const rows = dashboardMessages([msg('ahead', '2026-11-22T15:40:00.000Z'), msg('past', '2026-11-22T14:00:00.000Z')], undefined, now);
    expect(rows.map((r) => [r.id, r.age, r.ageText])).toEqual([['past', '1 h', '1 h ago'], ['ahead', 'in 40 min', 'in 40 min']]);
  });

  it('lists open messages the current user’s first, then urgent, then the longest waiting, flagging those over a day', () => {
    const rows = dashboardMessages(
      [
        msg('old', '2026-11-20T14:00:00.000Z', { forEmployeeId: 'bob' }),
        msg('urgent', '2026-11-22T13:00:00.000Z', { forEmployeeId: 'bob', urgent: true, company: 'Acme' }),
        msg('mine-new', '2026-11-22T14:00:00.000Z', { forEmployeeId: 'me' }),
        msg('mine-old', '2026-11-21T09:00:00.000Z', { forEmployeeId: 'me', subject: 'Toner' }),
        msg('closed', '2026-11-19T09:00:00.000Z', { forEmployeeId: 'me', status: 'done', closedAt: '2026-11-19T10:00:00.000Z' }),
        msg('not-a-message', '2026-11-22T09:00:00.000Z', { followUp: 'none' }),
        msg('deleted', '2026-11-22T09:00:00.000Z', { deletedAt: '2026-11-22T10:00:00.000Z' }),
      ],
      'me',
      now,
    );
    expect(rows.map((r) => [r.id, r.mine, r.stale])).toEqual([
      ['mine-old', true, true],
      ['mine-new', true, false],
      ['urgent', false, false],
      ['old', false, true],
    ]);
    expect(rows[2]).toMatchObject({ from: 'Caller urgent (Acme)', urgent: true, age: '2 h' });
    expect(rows[0]).toMatchObject({ subject: 'Toner', forEmployeeId: 'me', age: '1 day' });
    // Nobody at this computer: nothing is "for you", urgent first.
    expect(dashboardMessages([msg('a', '2026-11-22T10:00:00.000Z', { forEmployeeId: 'me' }), msg('b', '2026-11-22T12:00:00.000Z', { urgent: true })], undefined, now).map((r) => [r.id, r.mine])).toEqual([
      ['b', false],
      ['a', false],
    ]);
  });

  it('gives today’s tasks and errands: overdue first and counted, errands with their place', () => {
    const t = (id: string, due: string, over: Record<string, unknown> = {}) => taskSchema.parse({ ...base, id, title: `Task ${id}`, due, ...over });
    const card = dashboardTodayTasks(
      {
        overdue: [t('late', '2026-11-19', { priority: 'urgent' }), t('late-errand', '2026-11-21', { kind: 'errand', location: 'Bank' })],
        dueToday: [t('post', '2026-11-22', { kind: 'errand', location: 'Post office', dueTime: '15:00', assigneeId: 'grace' }), t('call', '2026-11-22', { location: 'ignored for a task' })],
      },
      '2026-11-22',
      3,
    );
    expect([card.overdueCount, card.dueTodayCount, card.errandCount]).toEqual([2, 2, 2]);
    expect(card.rows.map((r) => [r.id, r.overdue, r.place])).toEqual([
      ['late', true, undefined],
      ['late-errand', true, 'Bank'],
      ['post', false, 'Post office'],
    ]);
    expect(card.rows[2]).toMatchObject({ dueTime: '15:00', assigneeId: 'grace', kind: 'errand' });
  });
});
