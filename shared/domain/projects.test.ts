import { describe, expect, it } from 'vitest';
import { projectDraftSchema, projectHealth, projectProgress, projectSpend } from './projects';

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
});
