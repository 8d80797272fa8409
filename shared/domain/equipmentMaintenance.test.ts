import { describe, expect, it } from 'vitest';
import {
  addInterval,
  dueMaintenance,
  firstOccurrenceAfter,
  lastOccurrenceOnOrBefore,
  maintenancePlanDraftSchema,
  maintenanceRecordForDone,
  markDone,
  nextDue,
  validateMarkDone,
  type PlanLike,
} from './equipmentMaintenance';
import { maintenanceDraftSchema } from './equipment';

const monthly = (mode: 'fixed' | 'from-last-done', startDate: string, every = 1): PlanLike => ({
  intervalEvery: every,
  intervalUnit: 'months',
  scheduleMode: mode,
  startDate,
});

describe('plan schema', () => {
  const base = { equipmentId: 'eq', name: 'Service' };
  it('needs a time or meter trigger', () => {
    const r = maintenancePlanDraftSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/by time, by meter, or both/);
  });
  it('needs both halves of an interval and a first due date', () => {
    expect(maintenancePlanDraftSchema.safeParse({ ...base, intervalEvery: 3 }).success).toBe(false);
    expect(maintenancePlanDraftSchema.safeParse({ ...base, intervalEvery: 3, intervalUnit: 'months' }).success).toBe(false);
    const ok = maintenancePlanDraftSchema.parse({ ...base, intervalEvery: 3, intervalUnit: 'months', startDate: '2026-01-31' });
    expect(ok).toMatchObject({ scheduleMode: 'from-last-done', checklist: [] });
  });
  it('needs a meter for a meter trigger, and a positive interval', () => {
    expect(maintenancePlanDraftSchema.safeParse({ ...base, meterEvery: 50000 }).success).toBe(false);
    expect(maintenancePlanDraftSchema.safeParse({ ...base, meterEvery: 50000, meterId: 'm' }).success).toBe(true);
    expect(maintenancePlanDraftSchema.safeParse({ ...base, meterEvery: 0, meterId: 'm' }).success).toBe(false);
    expect(maintenancePlanDraftSchema.safeParse({ ...base, meterEvery: 10, meterId: 'm', checklist: ['Clean', ' '] }).success).toBe(false);
  });
});

describe('schedule arithmetic', () => {
  it('clamps month ends and leap days', () => {
    expect(addInterval('2026-01-31', 1, 'months')).toBe('2026-02-28');
    expect(addInterval('2028-01-31', 1, 'months')).toBe('2028-02-29');
    expect(addInterval('2024-02-29', 12, 'months')).toBe('2025-02-28');
    expect(addInterval('2024-02-29', 48, 'months')).toBe('2028-02-29');
    expect(addInterval('2026-03-01', 2, 'weeks')).toBe('2026-03-15');
    expect(addInterval('2026-12-25', 10, 'days')).toBe('2027-01-04');
  });
  it('computes fixed occurrences from the anchor, without drift', () => {
    // 31 Jan → 28 Feb → 31 Mar → 30 Apr, not 28 Mar / 28 Apr.
    expect(firstOccurrenceAfter('2026-01-31', 1, 'months', '2026-01-31')).toBe('2026-02-28');
    expect(firstOccurrenceAfter('2026-01-31', 1, 'months', '2026-02-28')).toBe('2026-03-31');
    expect(firstOccurrenceAfter('2026-01-31', 1, 'months', '2026-03-31')).toBe('2026-04-30');
    expect(firstOccurrenceAfter('2026-01-31', 1, 'months', '2026-01-01')).toBe('2026-01-31');
    expect(firstOccurrenceAfter('2024-02-29', 12, 'months', '2024-02-29')).toBe('2025-02-28');
    expect(firstOccurrenceAfter('2024-02-29', 12, 'months', '2027-03-01')).toBe('2028-02-29');
    expect(firstOccurrenceAfter('2026-01-05', 2, 'weeks', '2026-01-19')).toBe('2026-02-02');
    expect(firstOccurrenceAfter('2026-01-05', 10, 'days', '2026-01-14')).toBe('2026-01-15');
  });
  it('finds the last occurrence on or before a date', () => {
    expect(lastOccurrenceOnOrBefore('2026-01-31', 1, 'months', '2026-03-30')).toBe('2026-02-28');
    expect(lastOccurrenceOnOrBefore('2026-01-31', 1, 'months', '2026-03-31')).toBe('2026-03-31');
    expect(lastOccurrenceOnOrBefore('2026-01-31', 1, 'months', '2026-01-30')).toBeUndefined();
    expect(lastOccurrenceOnOrBefore('2026-01-05', 1, 'weeks', '2026-01-18')).toBe('2026-01-12');
    expect(lastOccurrenceOnOrBefore('2020-01-31', 3, 'months', '2026-06-15')).toBe('2026-04-30');
  });
});

describe('nextDue by time', () => {
  it('from last done: counts from the done date, clamping month ends', () => {
    const plan = monthly('from-last-done', '2026-01-10');
    expect(nextDue(plan, { today: '2026-01-01' }).dueDate).toBe('2026-01-10');
    expect(nextDue(plan, { today: '2026-02-01', lastDone: { date: '2026-01-31' } }).dueDate).toBe('2026-02-28');
    // From last done follows the work, so the next month clamps again from the 28th.
    expect(nextDue(plan, { today: '2026-03-01', lastDone: { date: '2026-02-28' } }).dueDate).toBe('2026-03-28');
  });
  it('from last done: a leap-day service is next due on 28 Feb a year later', () => {
    expect(nextDue(monthly('from-last-done', '2024-02-29', 12), { today: '2024-03-01', lastDone: { date: '2024-02-29' } }).dueDate).toBe('2025-02-28');
  });
  it('fixed schedule: dates come from the anchor, not from when the work was done', () => {
    const plan = monthly('fixed', '2026-01-31');
    expect(nextDue(plan, { today: '2026-01-01' }).dueDate).toBe('2026-01-31');
    expect(nextDue(plan, { today: '2026-02-01', lastDone: { date: '2026-01-31' } }).dueDate).toBe('2026-02-28');
    expect(nextDue(plan, { today: '2026-03-01', lastDone: { date: '2026-02-28' } }).dueDate).toBe('2026-03-31');
    // Done late (10 Feb for 31 Jan): the next date stays on the schedule.
    expect(nextDue(plan, { today: '2026-02-11', lastDone: { date: '2026-02-10' } }).dueDate).toBe('2026-02-28');
    // The same late work on a from-last-done plan moves the schedule.
    expect(nextDue(monthly('from-last-done', '2026-01-31'), { today: '2026-02-11', lastDone: { date: '2026-02-10' } }).dueDate).toBe('2026-03-10');
  });
  it('status: ok, due soon (7 days through the due day), overdue the day after', () => {
    const plan = monthly('from-last-done', '2026-03-20');
    expect(nextDue(plan, { today: '2026-03-12' })).toMatchObject({ status: 'ok', reason: 'Next due 2026-03-20' });
    expect(nextDue(plan, { today: '2026-03-13' })).toMatchObject({ status: 'due-soon', reason: 'Due 2026-03-20 (in 7 days)', trigger: 'time' });
    expect(nextDue(plan, { today: '2026-03-20' })).toMatchObject({ status: 'due-soon', reason: 'Due today (2026-03-20)' });
    expect(nextDue(plan, { today: '2026-03-21' })).toMatchObject({ status: 'overdue', reason: 'Overdue by 1 day (due 2026-03-20)' });
    expect(nextDue({ ...plan, dueSoonDays: 0 }, { today: '2026-03-19' }).status).toBe('ok');
  });
  it('uses the plan\'s own lastDone unless the context gives one', () => {
    const plan = { ...monthly('from-last-done', '2026-01-01'), lastDone: { date: '2026-03-05' } };
    expect(nextDue(plan, { today: '2026-03-06' }).dueDate).toBe('2026-04-05');
    expect(nextDue(plan, { today: '2026-03-06', lastDone: { date: '2026-03-01' } }).dueDate).toBe('2026-04-01');
  });
});

describe('nextDue by meter and whichever first', () => {
  const meterPlan: PlanLike = { meterEvery: 10_000, meterStartValue: 40_000 };
  it('counts from the value when last done, else the start value', () => {
    expect(nextDue(meterPlan, { today: '2026-01-01', currentMeter: 41_000 })).toMatchObject({ dueMeter: 50_000, status: 'ok' });
    expect(nextDue(meterPlan, { today: '2026-01-01', currentMeter: 55_000, lastDone: { date: '2025-12-01', meterValue: 52_000 } }).dueMeter).toBe(62_000);
    expect(nextDue({ meterEvery: 500 }, { today: '2026-01-01' })).toMatchObject({ dueMeter: 500, status: 'ok', reason: 'Due at 500 units (no reading yet)' });
  });
  it('is due soon within 10% of the interval, due now at the reading, overdue past it', () => {
    const ctx = { today: '2026-01-01', meterUnit: 'pages' };
    expect(nextDue(meterPlan, { ...ctx, currentMeter: 48_999 }).status).toBe('ok');
    expect(nextDue(meterPlan, { ...ctx, currentMeter: 49_000 })).toMatchObject({ status: 'due-soon', reason: 'Due at 50,000 pages (1,000 to go)', trigger: 'meter' });
    expect(nextDue(meterPlan, { ...ctx, currentMeter: 50_000 })).toMatchObject({ status: 'due-soon', reason: 'Due now: the meter reached 50,000 pages' });
    expect(nextDue(meterPlan, { ...ctx, currentMeter: 50_001 })).toMatchObject({ status: 'overdue', reason: 'Overdue by 1 page (due at 50,000, meter at 50,001)' });
    expect(nextDue({ ...meterPlan, dueSoonUnits: 0 }, { ...ctx, currentMeter: 49_999 }).status).toBe('ok');
  });
  it('whichever comes first: the meter can make a plan due before its date', () => {
    const both: PlanLike = { ...monthly('from-last-done', '2026-01-01', 6), meterEvery: 10_000, lastDone: { date: '2026-01-01', meterValue: 0 } };
    const byMeter = nextDue(both, { today: '2026-02-01', currentMeter: 10_500, meterUnit: 'pages' });
    expect(byMeter).toMatchObject({ dueDate: '2026-07-01', dueMeter: 10_000, status: 'overdue', trigger: 'meter', timeStatus: 'ok', meterStatus: 'overdue' });
    const byTime = nextDue(both, { today: '2026-07-02', currentMeter: 2_000, meterUnit: 'pages' });
    expect(byTime).toMatchObject({ status: 'overdue', trigger: 'time', reason: 'Overdue by 1 day (due 2026-07-01)' });
    const neither = nextDue(both, { today: '2026-03-01', currentMeter: 2_000, meterUnit: 'pages' });
    expect(neither).toMatchObject({ status: 'ok', reason: 'Next due 2026-07-01 or at 10,000 pages, whichever comes first' });
    expect(neither.trigger).toBeUndefined();
    const tie = nextDue(both, { today: '2026-06-28', currentMeter: 9_500, meterUnit: 'pages' });
    expect(tie).toMatchObject({ status: 'due-soon', trigger: 'both' });
  });
});

describe('markDone', () => {
  it('from last done: records the date and meter; the next date counts from it', () => {
    const plan = { ...monthly('from-last-done', '2026-01-31'), meterEvery: 1000 };
    const state = markDone(plan, { date: '2026-02-03', meterValue: 1200 });
    expect(state).toEqual({ date: '2026-02-03', meterValue: 1200 });
    expect(nextDue({ ...plan, lastDone: state }, { today: '2026-02-04', currentMeter: 1200 })).toMatchObject({ dueDate: '2026-03-03', dueMeter: 2200 });
  });
  it('fixed: work done a few days early covers that date, and the schedule stays anchored', () => {
    let plan: PlanLike = monthly('fixed', '2026-01-31');
    plan = { ...plan, lastDone: markDone(plan, { date: '2026-01-31' }) };
    expect(plan.lastDone).toEqual({ date: '2026-01-31', coversDueDate: '2026-01-31' });
    expect(nextDue(plan, { today: '2026-02-01' }).dueDate).toBe('2026-02-28');
    // Done early, on 25 Feb for 28 Feb: next is 31 Mar, not 28 Feb again and not 25 Mar.
    plan = { ...plan, lastDone: markDone(plan, { date: '2026-02-25' }) };
    expect(plan.lastDone?.coversDueDate).toBe('2026-02-28');
    expect(nextDue(plan, { today: '2026-02-26' }).dueDate).toBe('2026-03-31');
    plan = { ...plan, lastDone: markDone(plan, { date: '2026-03-31' }) };
    expect(nextDue(plan, { today: '2026-04-01' }).dueDate).toBe('2026-04-30');
  });
  it('fixed: after missed dates, the work covers the latest missed one and is not owed twice', () => {
    const plan: PlanLike = { ...monthly('fixed', '2026-01-31'), lastDone: { date: '2026-01-31', coversDueDate: '2026-01-31' } };
    expect(nextDue(plan, { today: '2026-04-10' })).toMatchObject({ dueDate: '2026-02-28', status: 'overdue' });
    const done = markDone(plan, { date: '2026-04-10' });
    expect(done.coversDueDate).toBe('2026-03-31');
    expect(nextDue({ ...plan, lastDone: done }, { today: '2026-04-10' })).toMatchObject({ dueDate: '2026-04-30', status: 'ok' });
  });
  it('refuses a date before the last time, a lower meter, or a missing meter on a meter plan', () => {
    const plan: PlanLike = { meterEvery: 1000, lastDone: { date: '2026-02-01', meterValue: 5000 } };
    expect(validateMarkDone(plan, { date: '2026-01-31', meterValue: 6000 })).toMatch(/before the last time/);
    expect(validateMarkDone(plan, { date: '2026-02-02', meterValue: 4999 })).toMatch(/below the value when last done/);
    expect(validateMarkDone(plan, { date: '2026-02-02' })).toMatch(/meter reading/);
    expect(validateMarkDone(plan, { date: '2026-02-01', meterValue: 5000 })).toBeNull();
  });
  it('builds a maintenance-log record the log schema accepts', () => {
    const rec = maintenanceRecordForDone(
      { id: 'plan-1', equipmentId: 'eq-1', name: 'Quarterly service', vendorId: 'v-1' },
      { date: '2026-03-01', meterValue: 12000, costCents: 8900, checklistDone: ['Clean rollers'] },
    );
    expect(maintenanceDraftSchema.parse(rec)).toMatchObject({
      equipmentId: 'eq-1',
      planId: 'plan-1',
      kind: 'service',
      description: 'Quarterly service',
      vendorId: 'v-1',
      costCents: 8900,
      meterValue: 12000,
      checklistDone: ['Clean rollers'],
    });
  });
});

describe('dueMaintenance (across items)', () => {
  const plans = [
    { id: 'p1', equipmentId: 'copier', name: 'Drum', meterId: 'm1', meterEvery: 50_000, lastDone: { date: '2025-01-01', meterValue: 0 } },
    { id: 'p2', equipmentId: 'ac', name: 'Spring service', ...monthly('fixed', '2026-03-10', 12) },
    { id: 'p3', equipmentId: 'ac', name: 'Filter', ...monthly('from-last-done', '2026-03-01') },
    { id: 'p4', equipmentId: 'car', name: 'Tyres', ...monthly('from-last-done', '2026-03-09') },
    { id: 'p5', equipmentId: 'old', name: 'Old', ...monthly('from-last-done', '2026-01-01') },
    { id: 'p6', equipmentId: 'ac', name: 'Paused', active: false, ...monthly('from-last-done', '2026-01-01') },
    { id: 'p7', equipmentId: 'ac', name: 'Later', ...monthly('from-last-done', '2026-03-20') },
  ];
  const equipment = [
    { id: 'copier', status: 'in-use' as const },
    { id: 'ac', status: 'in-use' as const },
    { id: 'car', status: 'lent-out' as const },
    { id: 'old', status: 'retired' as const },
  ];
  it('lists overdue and due-in-window plans of active plans on items in service, overdue first', () => {
    const due = dueMaintenance({ plans, equipment, meterValues: new Map([['m1', 47_000]]), meterUnits: { m1: 'pages' }, today: '2026-03-04', until: '2026-03-10' });
    expect(due.map((d) => [d.planId, d.status])).toEqual([
      ['p3', 'overdue'],
      ['p4', 'due-soon'],
      ['p2', 'due-soon'],
      // Meter-only plans have no date and sort after dated ones of the same status.
      ['p1', 'due-soon'],
    ]);
    expect(due[3]?.reason).toBe('Due at 50,000 pages (3,000 to go)');
  });
  it('leaves out time plans due after the window even when due soon by their own setting', () => {
    const due = dueMaintenance({ plans, equipment, today: '2026-03-04' });
    expect(due.map((d) => d.planId)).toEqual(['p3']);
  });
});

describe('due-date rules: leap days, year ends, weeks and resets after whichever first', () => {
  it('fixed yearly schedule anchored on 29 Feb: 28 Feb in common years, 29 Feb again in leap years', () => {
    let plan: PlanLike = monthly('fixed', '2028-02-29', 12);
    const dues: string[] = [];
    for (let i = 0; i < 5; i++) {
      const due = nextDue(plan, { today: '2028-01-01' }).dueDate!;
      dues.push(due);
      plan = { ...plan, lastDone: markDone(plan, { date: due }) };
    }
    expect(dues).toEqual(['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']);
  });
  it('from last done across a year end and on 31 December', () => {
    expect(nextDue(monthly('from-last-done', '2026-01-01'), { today: '2026-12-31', lastDone: { date: '2026-12-31' } }).dueDate).toBe('2027-01-31');
    expect(nextDue(monthly('from-last-done', '2026-01-01', 2), { today: '2026-12-31', lastDone: { date: '2026-12-31' } }).dueDate).toBe('2027-02-28');
    // Quarterly on a fixed schedule from 30 Nov: 28 Feb, then back to 30 May (from the anchor).
    const q = monthly('fixed', '2026-11-30', 3);
    expect(firstOccurrenceAfter('2026-11-30', 3, 'months', '2026-11-30')).toBe('2027-02-28');
    expect(nextDue(q, { today: '2027-03-01', lastDone: { date: '2027-02-28', coversDueDate: '2027-02-28' } }).dueDate).toBe('2027-05-30');
  });
  it('weeks and days from last done; a leap day counts as a day', () => {
    const weekly: PlanLike = { intervalEvery: 2, intervalUnit: 'weeks', startDate: '2028-02-20' };
    expect(nextDue(weekly, { today: '2028-02-21', lastDone: { date: '2028-02-20' } }).dueDate).toBe('2028-03-05');
    const daily: PlanLike = { intervalEvery: 10, intervalUnit: 'days', startDate: '2028-02-25' };
    expect(nextDue(daily, { today: '2028-02-26', lastDone: { date: '2028-02-25' } }).dueDate).toBe('2028-03-06');
    expect(nextDue(daily, { today: '2027-02-26', lastDone: { date: '2027-02-25' } }).dueDate).toBe('2027-03-07');
  });
  it('whichever first: work done when the meter made it due resets both triggers (from last done)', () => {
    const both: PlanLike = { ...monthly('from-last-done', '2026-07-01', 6), meterEvery: 10_000, lastDone: { date: '2026-01-01', meterValue: 0 } };
    expect(nextDue(both, { today: '2026-03-01', currentMeter: 10_200 }).status).toBe('overdue');
    const done = markDone(both, { date: '2026-03-01', meterValue: 10_200 });
    expect(nextDue({ ...both, lastDone: done }, { today: '2026-03-01', currentMeter: 10_200 })).toMatchObject({
      status: 'ok',
      dueDate: '2026-09-01',
      dueMeter: 20_200,
    });
  });
  it('whichever first on a fixed schedule: work done early for the meter covers the next scheduled date', () => {
    const both: PlanLike = { ...monthly('fixed', '2026-06-30', 6), meterEvery: 10_000, meterId: 'm' };
    const done = markDone(both, { date: '2026-04-15', meterValue: 10_100 });
    expect(done).toEqual({ date: '2026-04-15', meterValue: 10_100, coversDueDate: '2026-06-30' });
    expect(nextDue({ ...both, lastDone: done }, { today: '2026-04-15', currentMeter: 10_100 })).toMatchObject({ dueDate: '2026-12-30', dueMeter: 20_100, status: 'ok' });
  });
  it('a paused plan or an item under repair: paused is left out, under repair still listed', () => {
    const plans = [
      { id: 'a', equipmentId: 'x', name: 'A', active: false, ...monthly('from-last-done', '2026-01-01') },
      { id: 'b', equipmentId: 'y', name: 'B', ...monthly('from-last-done', '2026-01-01') },
      { id: 'c', equipmentId: 'z', name: 'C', deletedAt: '2026-01-02T00:00:00.000Z', ...monthly('from-last-done', '2026-01-01') },
    ];
    const equipment = [
      { id: 'x', status: 'in-use' as const },
      { id: 'y', status: 'in-repair' as const },
      { id: 'z', status: 'in-use' as const },
    ];
    expect(dueMaintenance({ plans, equipment, today: '2026-02-01' }).map((d) => d.planId)).toEqual(['b']);
  });
});

describe('reason wording', () => {
  it('says "1 page" for an overrun of exactly one unit, and keeps the plural otherwise', () => {
    const plan = { meterId: 'm', meterEvery: 100 };
    expect(nextDue(plan, { today: '2026-01-01', currentMeter: 101, meterUnit: 'pages' }).reason).toBe(
      'Overdue by 1 page (due at 100, meter at 101)',
    );
    expect(nextDue(plan, { today: '2026-01-01', currentMeter: 102, meterUnit: 'pages' }).reason).toBe(
      'Overdue by 2 pages (due at 100, meter at 102)',
    );
    expect(nextDue(plan, { today: '2026-01-01', currentMeter: 101, meterUnit: 'km' }).reason).toBe('Overdue by 1 km (due at 100, meter at 101)');
  });
});

describe('dates in the reason text', () => {
  const long = (d: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const plan = { intervalEvery: 1, intervalUnit: 'months' as const, startDate: '2026-12-07' };

  it('writes YYYY-MM-DD by default and the given format when one is passed', () => {
    expect(nextDue(plan, { today: '2026-12-04' }).reason).toBe('Due 2026-12-07 (in 3 days)');
    expect(nextDue(plan, { today: '2026-12-04', formatDate: long }).reason).toBe('Due Dec 7, 2026 (in 3 days)');
    expect(nextDue(plan, { today: '2026-12-10', formatDate: long }).reason).toBe('Overdue by 3 days (due Dec 7, 2026)');
    expect(nextDue(plan, { today: '2026-12-07', formatDate: long }).reason).toBe('Due today (Dec 7, 2026)');
    expect(nextDue(plan, { today: '2026-10-01', formatDate: long }).reason).toBe('Next due Dec 7, 2026');
    // The due date itself stays YYYY-MM-DD for sorting and links.
    expect(nextDue(plan, { today: '2026-10-01', formatDate: long }).dueDate).toBe('2026-12-07');
  });

  it('passes the format through the list across items and the mark-done check', () => {
    const rows = dueMaintenance({
      plans: [{ ...plan, id: 'p', equipmentId: 'e', name: 'Service' }],
      equipment: [{ id: 'e', status: 'in-use' }],
      today: '2026-12-10',
      formatDate: long,
    });
    expect(rows.map((r) => r.reason)).toEqual(['Overdue by 3 days (due Dec 7, 2026)']);
    expect(validateMarkDone({ ...plan, lastDone: { date: '2026-12-07' } }, { date: '2026-12-01' }, long)).toBe(
      'The date (Dec 1, 2026) is before the last time this was done (Dec 7, 2026).',
    );
  });
});
