/**
 * `#/projects`: every project in the shared DataGrid (search, column filters, sort, export) —
 * name, owner, status, due date, progress and health; Enter or a click opens one.
 * `#/projects/new` opens the form over the list. An empty office says what a project is for.
 */
import { useMemo } from 'react';
import { FolderKanban } from 'lucide-react';
import { PROJECT_HEALTH_LABELS, PROJECT_STATUSES, PROJECT_STATUS_LABELS, type ProjectHealth } from '../../../../shared/domain/projects';
import { formatDate } from '../../../../shared/lib/dates';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { useProjectSummaries } from '../hooks';
import type { ProjectSummary } from '../links';
import { ProjectForm } from './ProjectForm';
import './projects.css';

export function HealthBadge({ health }: { health: ProjectHealth }) {
  return <span className={`badge prj-health prj-health-${health.replace(' ', '-')}`}>{PROJECT_HEALTH_LABELS[health]}</span>;
}

export function ProgressCell({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="prj-progress">
      <progress className="progress" max={100} value={percent} aria-label={label} />
      <span>{percent}%</span>
    </span>
  );
}

export function ProjectsPage({ creating = false }: { creating?: boolean }) {
  const summaries = useProjectSummaries();
  const { locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);

  const columns = useMemo<GridColumn<ProjectSummary>[]>(
    () => [
      {
        id: 'name',
        header: 'Project',
        value: (s) => s.project.name,
        cell: (s) => (
          <a href={hrefFor('projects', s.project.id)} title={s.project.name}>
            {s.project.name}
          </a>
        ),
        minWidth: '10rem',
      },
      { id: 'owner', header: 'Owner', value: (s) => s.project.ownerName ?? '' },
      {
        id: 'status',
        header: 'Status',
        value: (s) => PROJECT_STATUS_LABELS[s.project.status],
        filter: 'select',
        filterOptions: PROJECT_STATUSES.map((x) => PROJECT_STATUS_LABELS[x]),
        width: '7.5rem',
      },
      {
        id: 'due',
        header: 'Due',
        value: (s) => s.project.due,
        cell: (s) => (s.project.due ? formatDate(s.project.due, locale) : ''),
        searchable: false,
        width: '8.5rem',
      },
      {
        id: 'progress',
        header: 'Progress',
        value: (s) => s.figures.progress.percent,
        cell: (s) => <ProgressCell percent={s.figures.progress.percent} label={`${s.project.name} progress`} />,
        exportValue: (s) => `${s.figures.progress.percent}%`,
        searchable: false,
        width: '10rem',
      },
      {
        id: 'health',
        header: 'Health',
        value: (s) => PROJECT_HEALTH_LABELS[s.figures.health],
        cell: (s) => <HealthBadge health={s.figures.health} />,
        filter: 'select',
        width: '7.5rem',
      },
    ],
    [locale],
  );

  const close = () => navigate('projects');
  return (
    <div className="page">
      <header className="page-header">
        <h1>Projects</h1>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => navigate('projects', 'new')}>
          New project
        </button>
      </header>
      <section className="card">
        {summaries === undefined ? (
          <p className="muted" role="status">
            Loading projects…
          </p>
        ) : (
          <DataGrid
            id="projects.list"
            label="Projects"
            rows={summaries}
            columns={columns}
            getRowId={(s) => s.project.id}
            onActivate={(s) => navigate('projects', s.project.id)}
            exportName="projects"
            searchPlaceholder="Search project or owner…"
            empty={
              summaries.length === 0 ? (
                <EmptyState
                  icon={FolderKanban}
                  title="No projects yet"
                  actions={
                    <button type="button" className="btn btn-primary" onClick={() => navigate('projects', 'new')}>
                      Start a project
                    </button>
                  }
                >
                  <p>
                    A project holds a piece of work with a deadline — the office move, a refit, a new starter&apos;s first week: its owner,
                    milestones, tasks, orders and expenses against a budget line, a timeline and a one-page status report.
                  </p>
                </EmptyState>
              ) : (
                <p className="empty-state">No project matches.</p>
              )
            }
          />
        )}
      </section>
      {creating ? (
        <ProjectForm
          onClose={close}
          onSaved={(p) => {
            toast(`Project ${p.name} created`);
            navigate('projects', p.id);
          }}
        />
      ) : null}
    </div>
  );
}
