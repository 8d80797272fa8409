/** The status report as the platform prints it: the project's figures on the chosen paper. */
import type { CompanyProfile, PageSize } from '../../../../shared/documents';
import { renderProjectStatusReportHtml } from '../../../../shared/documents/templates/projectStatusReport';
import {
  PROJECT_HEALTH_LABELS,
  PROJECT_STATUS_LABELS,
  projectNextSteps,
  sortMilestones,
  type Project,
} from '../../../../shared/domain/projects';
import type { PrintRequest } from '../../../platform';
import { isTaskOpen } from '../../tasks';
import type { ProjectFigures, ProjectWork } from '../links';

export function statusReportRequest(
  p: Project,
  work: ProjectWork,
  figures: ProjectFigures,
  extra: { budgetLine?: string | undefined; names: ReadonlyMap<string, string>; today: string; pageSize: PageSize },
  company: CompanyProfile,
): PrintRequest {
  const { today, names } = extra;
  const openTasks = work.tasks.filter((t) => isTaskOpen(t));
  const html = renderProjectStatusReportHtml(
    {
      preparedOn: today,
      pageSize: extra.pageSize,
      name: p.name,
      owner: p.ownerName,
      status: PROJECT_STATUS_LABELS[p.status],
      health: PROJECT_HEALTH_LABELS[figures.health],
      healthWarning: figures.health === 'at risk' || figures.health === 'late',
      start: p.start,
      due: p.due,
      description: p.description,
      progress: figures.progress,
      milestones: sortMilestones(p.milestones).map((m) => ({ title: m.title, due: m.due, done: m.done, doneOn: m.doneOn, overdue: !m.done && m.due < today })),
      openTasks: openTasks.map((t) => ({
        title: t.title,
        due: t.due,
        assignee: t.assigneeId ? names.get(t.assigneeId) : undefined,
        overdue: t.due !== undefined && t.due < today,
      })),
      budget: {
        line: extra.budgetLine,
        budgetCents: p.budgetCents,
        spentCents: figures.spentCents,
        committedCents: figures.committedCents,
        remainingCents: figures.remainingCents,
        over: figures.over,
        orders: work.orders.length,
        expenses: work.expenses.length,
      },
      nextSteps: projectNextSteps(p.milestones, work.tasks, today),
    },
    company,
  );
  return { html, title: `Status report — ${p.name}`, pageSize: extra.pageSize };
}
