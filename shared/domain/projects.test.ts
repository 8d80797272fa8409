import { describe, expect, it } from 'vitest';
import {
  projectCommittedCents,
  projectDraftSchema,
  projectHealth,
  projectNextSteps,
  projectProgress,
  projectSpend,
  projectSpentCents,
  projectTimeline,
  setMilestoneDone,
  sortMilestones,
} from './projects';

const milestones = [
  { id: 'm1', title: 'Floor plan agreed', due: '2026-11-20', done: true },
  { id: 'm2', title: 'Movers booked', due: '2026-12-01', done: false },
  { id: 'm3', title: 'Moving day', due: '2027-01-15', done: false },
];

describe('projects (issue 17.4)', () => {
  it('takes progress from tasks (cancelled left out), milestones when there are none', () => {
    const tasks = [{ status: 'done' }, { status: 'done' }, { status: 'open', due: '2026-12-01' }, { status: 'cancelled' }, { status: 'open' }];
    const p = projectProgress({ milestones }, tasks, '2026-12-04');
    expect(p).toMatchObject({ tasksTotal: 4, tasksDone: 2, percent: 50, milestonesDone: 1, milestonesTotal: 3, overdueTasks: 1, overdueMilestones: 1 });
    expect(p.nextMilestone?.title).toBe('Movers booked');
    expect(projectProgress({ milestones }, [], '2026-12-04').percent).toBe(33);
    expect(projectProgress({ milestones: [] }, [], '2026-12-04').percent).toBe(0);
  });

  it('says on track, at risk or late', () => {
    const progress = projectProgress({ milestones }, [], '2026-12-04');
    expect(projectHealth({ status: 'active', due: '2027-01-31' }, progress, '2026-12-04')).toBe('at risk');
    expect(projectHealth({ status: 'active', due: '2026-12-01' }, progress, '2026-12-04')).toBe('late');
    expect(projectHealth({ status: 'active' }, projectProgress({ milestones: [] }, [], '2026-12-04'), '2026-12-04')).toBe('on track');
    expect(projectHealth({ status: 'done', due: '2026-01-01' }, progress, '2026-12-04')).toBe('done');
  });

  it('counts spending against the project budget', () => {
    expect(projectSpend(500_000, 320_000, 200_000)).toEqual({ spentCents: 320_000, committedCents: 200_000, remainingCents: -20_000, over: true });
    expect(projectSpend(undefined, 1, 0).over).toBe(false);
  });

  it('refuses a due date before the start', () => {
    expect(projectDraftSchema.safeParse({ name: 'Office move', start: '2026-12-10', due: '2026-12-01' }).success).toBe(false);
  });

  it('commits what is still to arrive on open orders; drafts, received and cancelled orders commit nothing', () => {
    const line = (quantity: number, receivedQuantity: number, unitCostCents: number) => ({ id: 'l', description: 'x', quantity, receivedQuantity, unitCostCents });
    const order = (status: 'draft' | 'ordered' | 'partially-received' | 'received' | 'cancelled', lines: ReturnType<typeof line>[], shippingCents = 0) => ({
      status,
      deletedAt: null,
      lines,
      shippingCents,
    });
    expect(
      projectCommittedCents([
        order('ordered', [line(10, 0, 1_000)], 500), // 10,500 to come
        order('partially-received', [line(4, 1, 2_500)]), // 10,000 ordered, 2,500 arrived
        order('draft', [line(1, 0, 99_999)]),
        order('received', [line(1, 1, 5_000)]),
        order('cancelled', [line(1, 0, 5_000)]),
        { ...order('ordered', [line(1, 0, 7_000)]), deletedAt: '2026-12-01T00:00:00.000Z' },
      ]),
    ).toBe(18_000);
    expect(projectSpentCents([{ amountCents: 12_000, deletedAt: null }, { amountCents: -2_000, deletedAt: null }, { amountCents: 5_000, deletedAt: 'x' }])).toBe(10_000);
  });

  it('orders milestones by date and keeps the day one was done', () => {
    expect(sortMilestones([milestones[2]!, milestones[0]!, milestones[1]!]).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    const done = setMilestoneDone(milestones[1]!, true, '2026-12-04');
    expect(done).toMatchObject({ done: true, doneOn: '2026-12-04' });
    expect(setMilestoneDone(done, true, '2026-12-09').doneOn).toBe('2026-12-04');
    const reopened = setMilestoneDone(done, false, '2026-12-09');
    expect(reopened.done).toBe(false);
    expect('doneOn' in reopened).toBe(false);
  });

  it('lays out the timeline: the project span, then milestones and dated tasks by date, today inside the range', () => {
    const tl = projectTimeline(
      { id: 'p1', name: 'Office move', start: '2026-11-01', due: '2027-01-31', milestones, createdAt: '2026-10-20T09:00:00.000Z' },
      [
        { id: 't1', title: 'Book movers', status: 'done', due: '2026-11-25', createdAt: '2026-10-25T10:00:00.000Z' },
        { id: 't2', title: 'Pack archive', status: 'open', due: '2026-12-02', createdAt: '2026-11-10T10:00:00.000Z' },
        { id: 't3', title: 'Label desks', status: 'open', createdAt: '2026-11-10T10:00:00.000Z' },
        { id: 't4', title: 'Dropped idea', status: 'cancelled', due: '2026-12-10', createdAt: '2026-11-10T10:00:00.000Z' },
      ],
      '2026-12-04',
    );
    expect(tl.rows.map((r) => `${r.kind}:${r.label}:${r.start}..${r.end}:${r.state}`)).toEqual([
      'project:Office move:2026-11-01..2027-01-31:open',
      'milestone:Floor plan agreed:2026-11-20..2026-11-20:done',
      // Made before the project started: its bar starts at the project's start.
      'task:Book movers:2026-11-01..2026-11-25:done',
      'milestone:Movers booked:2026-12-01..2026-12-01:overdue',
      'task:Pack archive:2026-11-10..2026-12-02:overdue',
      'milestone:Moving day:2027-01-15..2027-01-15:open',
    ]);
    expect(tl.undated).toEqual([{ id: 't3', label: 'Label desks', state: 'open' }]);
    expect([tl.from, tl.to]).toEqual(['2026-10-29', '2027-02-03']);
    // Without dates the range still holds today; a task made after its due date is a point.
    const bare = projectTimeline({ id: 'p2', name: 'Refit', milestones: [], createdAt: '2026-12-01T09:00:00.000Z' }, [{ id: 'x', title: 'Late add', status: 'open', due: '2026-12-02', createdAt: '2026-12-03T09:00:00.000Z' }], '2026-12-20');
    expect(bare.rows).toEqual([{ kind: 'task', id: 'x', label: 'Late add', start: '2026-12-02', end: '2026-12-02', state: 'overdue' }]);
    expect([bare.from, bare.to]).toEqual(['2026-11-28', '2026-12-23']);
  });

  it('lists the next steps: open milestones and tasks by date, overdue first, undated last', () => {
    const steps = projectNextSteps(
      milestones,
      [
        { title: 'Label desks', status: 'open' },
        { title: 'Pack archive', status: 'in-progress', due: '2026-12-02' },
        { title: 'Book movers', status: 'done', due: '2026-11-25' },
        { title: 'Order crates', status: 'open', due: '2026-12-01' },
      ],
      '2026-12-04',
      4,
    );
    expect(steps).toEqual([
      { kind: 'milestone', label: 'Movers booked', due: '2026-12-01', overdue: true },
      { kind: 'task', label: 'Order crates', due: '2026-12-01', overdue: true },
      { kind: 'task', label: 'Pack archive', due: '2026-12-02', overdue: true },
      { kind: 'milestone', label: 'Moving day', due: '2027-01-15', overdue: false },
    ]);
  });
});
