/** Tasks and errands: open, in progress, overdue, done and cancelled, some without a due date. */
import { addDays } from '../../lib/dates';
import type { Task } from '../../domain';
import { compact, instant, type SampleContext } from '../context';

export function generateTasks(ctx: SampleContext, emp: (key: string) => string): Task[] {
  const { rng, today, base, workMinutes } = ctx;
  const taskSeeds: [
    string,
    'task' | 'errand',
    number | null,
    string,
    Task['status'],
    Task['priority'],
    string?,
  ][] = [
    [
      'Mail permit drawings to City Planning',
      'errand',
      -1,
      'noah',
      'open',
      'high',
      'Post office',
    ],
    [
      'Deposit client checks',
      'errand',
      0,
      'aisha',
      'open',
      'normal',
      'Bangor Savings Bank, Exchange St',
    ],
    [
      'Pick up presentation boards from FedEx Office',
      'errand',
      1,
      'hannah',
      'open',
      'normal',
      'FedEx Office Marginal Way',
    ],
    ['Approve draft supply order', 'task', 0, 'marcus', 'open', 'high'],
    ['Book plotter service visit', 'task', 2, 'tomas', 'in-progress', 'normal'],
    ['Renew domain name', 'task', 12, 'tomas', 'open', 'normal'],
    ['Collect December time-off requests', 'task', 6, 'elena', 'open', 'normal'],
    ['Send revised Sanderson schedule', 'task', -2, 'noah', 'open', 'urgent'],
    ['Prepare offer paperwork for Senior Designer', 'task', 3, 'margaret', 'open', 'high'],
    ['Update courier billing contact', 'task', 4, 'marcus', 'open', 'low'],
    ['Order replacement shredder bin bags', 'task', 7, 'elena', 'open', 'low'],
    [
      'Drop old laptops at e-waste recycling',
      'errand',
      9,
      'tomas',
      'open',
      'low',
      'ecomaine, Blueberry Rd',
    ],
    ['Buy birthday card for Priya', 'errand', 5, 'grace', 'open', 'normal', 'Rosemont Market'],
    ['Reconcile October credit card statement', 'task', -4, 'aisha', 'in-progress', 'high'],
    ['File Q3 sales tax return', 'task', -30, 'benjamin', 'done', 'high'],
    ['Restock first aid kit', 'task', -10, 'grace', 'done', 'normal'],
    ['Return rental car', 'errand', -8, 'jonas', 'done', 'normal', 'Enterprise, Jetport'],
    ['Schedule fire extinguisher inspection', 'task', -5, 'elena', 'done', 'normal'],
    ['Collect prints from plotter for Bayside meeting', 'task', -6, 'priya', 'done', 'normal'],
    ['Archive 2023 project files', 'task', null, 'hannah', 'open', 'low'],
    ['Research standing desks quote', 'task', null, 'marcus', 'cancelled', 'low'],
  ];
  return taskSeeds.map(([title, kind, dueOffset, who, status, priority, location]) => {
    const due = dueOffset === null ? undefined : addDays(today, dueOffset);
    const created = addDays(due && due < today ? due : today, -rng.int(3, 12));
    const t = compact<Task>({
      ...base(created, workMinutes()),
      title,
      kind,
      checklist: [],
      due,
      assigneeId: emp(who),
      status,
      priority,
      location,
      completedAt: status === 'done' ? instant(due ?? today, 16 * 60) : null,
    });
    if (t.completedAt) t.updatedAt = t.completedAt;
    return t;
  });
}
