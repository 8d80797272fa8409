import { describe, expect, it } from 'vitest';
import { pickMilestones, renderProjectStatusReportHtml, STATUS_REPORT_LIMITS, type ProjectStatusReportInput } from './projectStatusReport';

const company = { name: 'Harbor & Pine <Studio>', locale: 'en-US', currency: 'USD' };
const input: ProjectStatusReportInput = {
  preparedOn: '2026-12-04',
  pageSize: 'Letter',
  name: 'Office move <script>alert(1)</script>',
  owner: 'Ann "the planner" Lee',
  status: 'Active',
  health: 'At risk',
  healthWarning: true,
  start: '2026-11-01',
  due: '2027-01-31',
  description: 'Move to <b>Fore Street</b>.',
  progress: { percent: 50, tasksDone: 2, tasksTotal: 4, milestonesDone: 1, milestonesTotal: 3 },
  milestones: [
    { title: 'Floor plan agreed', due: '2026-11-20', done: true, doneOn: '2026-11-19', overdue: false },
    { title: 'Movers & vans booked', due: '2026-12-01', done: false, overdue: true },
  ],
  openTasks: [{ title: 'Pack <archive>', due: '2026-12-02', assignee: 'Bob', overdue: true }],
  budget: { line: 'Facilities', budgetCents: 500_000, spentCents: 300_000, committedCents: 250_000, remainingCents: -50_000, over: true, orders: 2, expenses: 3 },
  nextSteps: [{ kind: 'milestone', label: 'Movers & vans booked', due: '2026-12-01', overdue: true }],
};

describe('project status report (issue 17.4)', () => {
  it('prints the project, progress, milestones, open tasks, spend and next steps, every value escaped', () => {
    const html = renderProjectStatusReportHtml(input, company);
    expect(html).not.toMatch(/<script>alert|<b>Fore|<archive>/);
    expect(html).toContain('Office move &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Harbor &amp; Pine &lt;Studio&gt;');
    expect(html).toContain('Owner: Ann &quot;the planner&quot; Lee');
    expect(html).toContain('Start Nov 1, 2026 · Due Jan 31, 2027');
    expect(html).toContain('<b class="psr-warn">At risk</b>');
    expect(html).toContain('<b>50%</b>');
    expect(html).toContain('2 of 4');
    expect(html).toContain('<td class="psr-state">Done</td>');
    expect(html).toContain('Movers &amp; vans booked');
    expect(html).toContain('Pack &lt;archive&gt;');
    expect(html).toContain('Over budget by</span></td><td class="num">$500.00');
    expect(html).toContain('$3,000.00');
    expect(html).toContain('<span class="psr-warn">Overdue since Dec 1, 2026</span>: milestone Movers &amp; vans booked');
    expect(html).toMatch(/size: letter/i);
  });

  it('cuts long lists and descriptions to one page and says how many more', () => {
    const many = renderProjectStatusReportHtml(
      {
        ...input,
        description: 'x'.repeat(2000),
        milestones: Array.from({ length: 14 }, (_, i) => ({ title: `M${i}`, due: '2026-12-01', done: false, overdue: false })),
        openTasks: Array.from({ length: 25 }, (_, i) => ({ title: `T${i}`, overdue: false })),
        budget: { spentCents: 0, committedCents: 0, over: false, orders: 0, expenses: 0 },
        nextSteps: [],
      },
      company,
    );
    expect(many).toContain(`…and ${14 - STATUS_REPORT_LIMITS.milestones} more milestones.`);
    expect(many).toContain('Open tasks (25)');
    expect(many).toContain(`…and ${25 - STATUS_REPORT_LIMITS.openTasks} more open tasks.`);
    expect(many).toContain(`${'x'.repeat(STATUS_REPORT_LIMITS.descriptionChars - 1)}…`);
    expect(many).not.toContain('x'.repeat(STATUS_REPORT_LIMITS.descriptionChars));
    expect(many).toContain('No budget set');
    expect(many).toContain('Nothing left to do.');
  });

  it('keeps the open milestones when they do not all fit, then the latest done ones, in date order', () => {
    const ms = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, done: i < 4 }));
    expect(pickMilestones(ms, 4).map((m) => m.id)).toEqual(['c', 'd', 'e', 'f']);
    expect(pickMilestones(ms, 1).map((m) => m.id)).toEqual(['e']);
    expect(pickMilestones(ms, 10)).toHaveLength(6);
  });
});
