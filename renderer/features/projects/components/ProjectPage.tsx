/**
 * `#/projects/<id>[/<tab>]`: one project. The header says its owner, dates, status, health and
 * progress, with Edit, the status report (Print…, Save as PDF…, Email…, on the chosen paper)
 * and Delete. Tabs: Overview (description, milestones, next steps, the money in short), Tasks,
 * Timeline, Budget & spending (orders and expenses), Events & documents.
 */
import { useMemo, useState } from 'react';
import { ArrowLeft, FileDown, Printer } from 'lucide-react';
import { PROJECT_STATUS_LABELS, projectNextSteps, projectTimeline, type Project } from '../../../../shared/domain/projects';
import { formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { EmailDraftButton } from '../../../ui/EmailDraft';
import { PaperSelect } from '../../../ui/PaperSelect';
import { usePaperChoice, usePrintDocument } from '../../../ui/printing';
import { useToast } from '../../../ui/Toast';
import { useBudgetCategories } from '../../budget';
import { useEmployees } from '../../people';
import { useVendors } from '../../vendors';
import { useProject, useProjectWork } from '../hooks';
import { projectFigures, type ProjectFigures, type ProjectWork } from '../links';
import { deleteProject } from '../repository';
import { MilestonesSection } from './MilestonesSection';
import { ProjectFiles } from './ProjectFiles';
import { ProjectForm } from './ProjectForm';
import { HealthBadge, ProgressCell } from './ProjectsPage';
import { ProjectSpending, SpendSummary } from './ProjectSpending';
import { ProjectTasks } from './ProjectTasks';
import { ProjectTimeline } from './ProjectTimeline';
import { statusReportRequest } from './statusReport';
import './projects.css';

export const PROJECT_TABS = [
  { id: '', label: 'Overview' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'spending', label: 'Budget & spending' },
  { id: 'files', label: 'Events & documents' },
] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number]['id'];

function Tabs({ projectId, current, work }: { projectId: string; current: ProjectTab; work: ProjectWork | undefined }) {
  const count = (id: ProjectTab) =>
    !work ? '' : id === 'tasks' ? ` (${work.tasks.length})` : id === 'spending' ? ` (${work.orders.length + work.expenses.length})` : id === 'files' ? ` (${work.events.length + work.documents.length})` : '';
  return (
    <nav className="section-tabs prj-tabs" aria-label="Project sections">
      {PROJECT_TABS.map((t) => (
        <a key={t.id} href={t.id ? hrefFor('projects', projectId, t.id) : hrefFor('projects', projectId)} aria-current={current === t.id ? 'page' : undefined}>
          {t.label}
          {count(t.id)}
        </a>
      ))}
    </nav>
  );
}

function Overview({ project, work, figures, today, locale, budgetLine, money }: { project: Project; work: ProjectWork; figures: ProjectFigures; today: string; locale: string; budgetLine?: string | undefined; money: (c: number) => string }) {
  const steps = projectNextSteps(project.milestones, work.tasks, today);
  return (
    <div className="prj-overview">
      <div className="prj-overview-main">
        {project.description ? (
          <section className="card" aria-labelledby="prj-about">
            <h2 id="prj-about">About</h2>
            <p className="prj-description">{project.description}</p>
          </section>
        ) : null}
        <MilestonesSection project={project} today={today} locale={locale} />
      </div>
      <div className="prj-overview-side">
        <section className="card" aria-labelledby="prj-next">
          <h2 id="prj-next">Next steps</h2>
          {steps.length === 0 ? (
            <p className="muted">Nothing open: no open tasks or milestones.</p>
          ) : (
            <ol className="prj-steps">
              {steps.map((s, i) => (
                <li key={i}>
                  {s.kind === 'milestone' ? <span className="muted">Milestone: </span> : null}
                  {s.label}
                  {s.due ? (
                    <span className={s.overdue ? 'prj-over' : 'muted'}>
                      {' '}
                      — {s.overdue ? 'overdue since' : 'by'} {formatDate(s.due, locale)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="card" aria-labelledby="prj-money-short">
          <h2 id="prj-money-short">Budget</h2>
          <SpendSummary project={project} figures={figures} budgetLine={budgetLine} money={money} />
        </section>
      </div>
    </div>
  );
}

export function ProjectPage({ projectId, tab }: { projectId: string; tab: ProjectTab }) {
  const project = useProject(projectId);
  const work = useProjectWork(projectId);
  const { profile: company, loaded } = useCompanyProfileState();
  const categories = useBudgetCategories();
  const people = useEmployees();
  const vendors = useVendors();
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const paper = usePaperChoice(company);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = todayIso();
  const locale = company.locale || 'en-US';
  const money = useMemo(() => (c: number) => formatMoney(c, company.currency, locale), [company.currency, locale]);
  const names = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);
  const vendorNames = useMemo(() => new Map((vendors ?? []).map((v) => [v.id, v.name])), [vendors]);

  if (project === undefined) {
    return (
      <div className="page">
        <p className="muted" role="status">
          Loading the project…
        </p>
      </div>
    );
  }
  if (project === null) {
    return (
      <div className="page">
        <h1>Project not found</h1>
        <p>This project was deleted or never existed.</p>
        <a href={hrefFor('projects')}>All projects</a>
      </div>
    );
  }
  const figures = work ? projectFigures(project, work, today) : undefined;
  const budgetLine = project.budgetCategoryId ? (categories ?? []).find((c) => c.id === project.budgetCategoryId)?.name : undefined;
  const request = () => (work && figures ? statusReportRequest(project, work, figures, { budgetLine, names, today, pageSize: paper.paper }, company) : null);
  const output = async (how: 'print' | 'pdf') => {
    const r = request();
    if (r) await printDocument(how, r, { what: `The status report of ${project.name}`, onError: setError });
  };
  const owner = project.ownerId ? people?.find((p) => p.id === project.ownerId) : undefined;

  return (
    <div className="page prj">
      <p className="prj-back">
        <a href={hrefFor('projects')}>
          <ArrowLeft size={14} aria-hidden="true" /> All projects
        </a>
      </p>
      <header className="page-header prj-header">
        <h1>{project.name}</h1>
        <span className="badge">{PROJECT_STATUS_LABELS[project.status]}</span>
        {figures ? <HealthBadge health={figures.health} /> : null}
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          Edit
        </button>
      </header>
      <p className="prj-facts">
        <span>{project.ownerName ? `Owner: ${project.ownerName}` : 'No owner'}</span>
        <span>{project.start ? `Start ${formatDate(project.start, locale)}` : 'No start date'}</span>
        <span>{project.due ? `Due ${formatDate(project.due, locale)}` : 'No due date'}</span>
        {figures ? (
          <span className="prj-facts-progress">
            Progress <ProgressCell percent={figures.progress.percent} label="Project progress" />
            <span className="muted">
              {figures.progress.tasksTotal > 0
                ? `${figures.progress.tasksDone} of ${figures.progress.tasksTotal} tasks done`
                : `${figures.progress.milestonesDone} of ${figures.progress.milestonesTotal} milestones reached`}
            </span>
          </span>
        ) : null}
      </p>
      <div className="prj-actions" role="group" aria-label="Status report">
        <span className="prj-actions-label">Status report:</span>
        <button type="button" className="btn" disabled={!loaded || !work} onClick={() => void output('print')}>
          <Printer size={14} aria-hidden="true" /> Print…
        </button>
        <button type="button" className="btn" disabled={!loaded || !work} onClick={() => void output('pdf')}>
          <FileDown size={14} aria-hidden="true" /> Save as PDF…
        </button>
        <EmailDraftButton
          what={`The status report of ${project.name}`}
          disabled={!loaded || !work}
          onError={setError}
          prepare={() => {
            const document = request();
            if (!document) return null;
            const pct = figures?.progress.percent ?? 0;
            return {
              document,
              to: owner?.email ? [owner.email] : [],
              subject: `Status report: ${project.name}`,
              body: `Hello,\n\nAttached is the status report of ${project.name} as of ${formatDate(today, locale)}: ${pct}% done${project.due ? `, due ${formatDate(project.due, locale)}` : ''}.\n\nKind regards,\n${company.name}`,
              fileName: `Status report ${project.name}`,
            };
          }}
        />
        <PaperSelect choice={paper} />
        <span className="spacer" />
        {confirmDelete ? (
          <>
            <span>Delete this project? Its tasks, orders and expenses stay.</span>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void deleteProject(project.id)
                  .then(() => {
                    toast(`Project ${project.name} deleted`);
                    navigate('projects');
                  })
                  .catch((e: unknown) => setError(errorMessage(e)))
              }
            >
              Delete project
            </button>
            <button type="button" className="btn" autoFocus onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirmDelete(true)}>
            Delete…
          </button>
        )}
      </div>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <Tabs projectId={project.id} current={tab} work={work} />
      {!work || !figures ? (
        <p className="muted" role="status">
          Loading the project&apos;s work…
        </p>
      ) : tab === 'tasks' ? (
        <ProjectTasks projectId={project.id} tasks={work.tasks} today={today} locale={locale} names={names} />
      ) : tab === 'timeline' ? (
        <section className="card" aria-labelledby="prj-timeline">
          <h2 id="prj-timeline">Timeline</h2>
          <ProjectTimeline timeline={projectTimeline(project, work.tasks, today)} locale={locale} />
        </section>
      ) : tab === 'spending' ? (
        <ProjectSpending
          project={project}
          work={work}
          figures={figures}
          budgetLine={budgetLine}
          today={today}
          locale={locale}
          money={money}
          vendorName={(id) => vendorNames.get(id) ?? 'A deleted vendor'}
        />
      ) : tab === 'files' ? (
        <ProjectFiles projectId={project.id} work={work} locale={locale} />
      ) : (
        <Overview project={project} work={work} figures={figures} today={today} locale={locale} budgetLine={budgetLine} money={money} />
      )}
      {editing ? (
        <ProjectForm
          project={project}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            setEditing(false);
            toast(`Project ${p.name} saved`);
          }}
        />
      ) : null}
    </div>
  );
}
