/**
 * The project status report (issue 17.4): ONE page under the office letterhead — the project's
 * name, owner, dates, status and health, progress (tasks and milestones), the milestones, the
 * open tasks, spend against the budget line and the next steps. Lists are cut to what fits on
 * A4 and Letter with a line saying how many more there are; the description is cut to a few
 * lines. The caller resolves names and labels; every user value is escaped here.
 */
import { formatMoney } from '../../lib/money';
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';
import { shortDocumentDate } from './equipmentRegister';

export interface StatusReportMilestone {
  title: string;
  due: string;
  done: boolean;
  doneOn?: string | undefined;
  overdue: boolean;
}

export interface StatusReportTask {
  title: string;
  due?: string | undefined;
  assignee?: string | undefined;
  overdue: boolean;
}

export interface StatusReportStep {
  kind: 'task' | 'milestone';
  label: string;
  due?: string | undefined;
  overdue: boolean;
}

export interface ProjectStatusReportInput {
  preparedOn: string;
  pageSize?: PageSize;
  name: string;
  owner?: string | undefined;
  /** 'Active', 'On hold'… */
  status: string;
  /** 'On track', 'At risk', 'Late'… */
  health: string;
  /** True when the health calls for attention (at risk, late). */
  healthWarning: boolean;
  start?: string | undefined;
  due?: string | undefined;
  description?: string | undefined;
  progress: { percent: number; tasksDone: number; tasksTotal: number; milestonesDone: number; milestonesTotal: number };
  milestones: readonly StatusReportMilestone[];
  openTasks: readonly StatusReportTask[];
  budget: {
    /** The budget category's name. */
    line?: string | undefined;
    budgetCents?: number | undefined;
    spentCents: number;
    committedCents: number;
    remainingCents?: number | undefined;
    over: boolean;
    orders: number;
    expenses: number;
  };
  nextSteps: readonly StatusReportStep[];
}

/** What fits on one page beside everything else (checked by printing on A4 and Letter). */
export const STATUS_REPORT_LIMITS = { milestones: 6, openTasks: 6, nextSteps: 4, descriptionChars: 260 } as const;

const SANS = '"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
const STYLES = `
<style>
.psr { font-family: ${SANS}; font-size: 9.5pt; }
.psr .doc-title { font-size: 11pt; letter-spacing: 0.08em; margin: 0 0 1.5mm; }
.psr-title { font-size: 13pt; margin: 0 0 1mm; overflow-wrap: anywhere; }
.psr .report-meta { margin: 0 0 2mm; }
.psr-desc { margin: 0 0 3mm; color: #333; white-space: pre-wrap; overflow-wrap: anywhere; }
.psr .report-summary { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 3mm; margin: 0 0 3mm; padding-right: 1pt; }
.psr .report-summary div { min-width: 0; padding: 1.5mm 2.5mm; }
.psr .report-summary b { font-size: 11pt; }
.psr-bar { display: block; width: 100%; height: 2.2mm; margin-top: 1mm; }
.psr-warn { color: #a01818; font-weight: 600; }
.psr-cols { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); column-gap: 6mm; }
.psr .report-section { font-size: 11pt; margin: 2.5mm 0 1.5mm; }
.psr .report-table { font-size: 9pt; margin: 0 0 1.5mm; table-layout: fixed; }
.psr .report-table th, .psr .report-table td { padding: 0.8mm 1.5mm; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.psr-date { width: 22mm; }
.psr-state { width: 16mm; }
.psr-who { width: 40mm; }
.psr .psr-money th { font-weight: 400; background: none; border-bottom: 0.5pt solid #c8c8c8; white-space: normal; }
.psr .psr-money td.num { white-space: normal; }
.psr-more { color: #555; margin: 0 0 1.5mm; }
.psr-steps { margin: 0; padding: 0; list-style: none; }
.psr-line { color: #555; margin: -0.5mm 0 1.5mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.psr-steps li { margin: 0 0 0.8mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.psr-none { color: #555; margin: 0 0 1.5mm; }
</style>`;

/**
 * The milestones that fit, in the caller's (date) order: the open ones first (the earliest),
 * then the most recently dated done ones — what is still ahead matters more than what is past.
 */
export function pickMilestones<T extends { done: boolean }>(all: readonly T[], limit: number): T[] {
  if (all.length <= limit) return [...all];
  const open = all.filter((m) => !m.done).slice(0, limit);
  const done = all.filter((m) => m.done);
  const keep = new Set<T>([...open, ...done.slice(done.length - Math.max(0, limit - open.length))]);
  return all.filter((m) => keep.has(m));
}

export function renderProjectStatusReportHtml(input: ProjectStatusReportInput, company: CompanyProfile): string {
  const currency = company.currency || 'USD';
  const locale = company.locale || 'en-US';
  const money = (c: number) => escapeHtml(formatMoney(c, currency, locale));
  const date = (d: string | undefined) => escapeHtml(shortDocumentDate(d, locale));
  const more = (n: number, what: string) => (n > 0 ? `<p class="psr-more">…and ${n} more ${what}.</p>` : '');
  const desc = (input.description ?? '').trim();
  const descShown = desc.length > STATUS_REPORT_LIMITS.descriptionChars ? `${desc.slice(0, STATUS_REPORT_LIMITS.descriptionChars - 1).trimEnd()}…` : desc;
  const p = input.progress;
  const pct = Math.max(0, Math.min(100, Math.round(p.percent)));
  const dates = [input.start ? `Start ${date(input.start)}` : '', input.due ? `Due ${date(input.due)}` : 'No due date'].filter(Boolean).join(' · ');

  const milestones = pickMilestones(input.milestones, STATUS_REPORT_LIMITS.milestones);
  const milestoneRows = milestones
    .map((m) => {
      const state = m.done ? 'Done' : m.overdue ? '<span class="psr-warn">Overdue</span>' : 'Open';
      return `<tr><td>${escapeHtml(m.title)}</td><td class="psr-date">${date(m.due)}</td><td class="psr-state">${state}</td></tr>`;
    })
    .join('');
  const tasks = input.openTasks.slice(0, STATUS_REPORT_LIMITS.openTasks);
  const taskRows = tasks
    .map(
      (t) =>
        `<tr><td>${escapeHtml(t.title)}</td><td>${escapeHtml(t.assignee ?? '')}</td><td class="psr-date">${
          t.due ? (t.overdue ? `<span class="psr-warn">${date(t.due)}</span>` : date(t.due)) : '—'
        }</td></tr>`,
    )
    .join('');
  const b = input.budget;
  const moneyRows = [
    b.budgetCents !== undefined ? `<tr><th>Budget</th><td class="num">${money(b.budgetCents)}</td></tr>` : '',
    `<tr><th>Spent (${b.expenses} expense${b.expenses === 1 ? '' : 's'})</th><td class="num">${money(b.spentCents)}</td></tr>`,
    `<tr><th>Committed (${b.orders} order${b.orders === 1 ? '' : 's'})</th><td class="num">${money(b.committedCents)}</td></tr>`,
    b.remainingCents !== undefined
      ? `<tr class="total"><td>${b.over ? '<span class="psr-warn">Over budget by</span>' : 'Remaining'}</td><td class="num">${money(Math.abs(b.remainingCents))}</td></tr>`
      : '<tr class="total"><td>No budget set</td><td class="num">—</td></tr>',
  ].join('');
  const steps = input.nextSteps.slice(0, STATUS_REPORT_LIMITS.nextSteps);

  const content = [
    REPORT_STYLES,
    STYLES,
    '<main class="doc doc-report psr">',
    '<h1 class="doc-title">PROJECT STATUS REPORT</h1>',
    `<h2 class="psr-title">${escapeHtml(input.name)}</h2>`,
    '<p class="report-meta">',
    input.owner ? `<span>Owner: ${escapeHtml(input.owner)}</span>` : '<span>No owner</span>',
    `<span>${dates}</span>`,
    `<span>Status: ${escapeHtml(input.status)}</span>`,
    `<span>Prepared ${escapeHtml(formatDocumentDate(input.preparedOn, locale))}</span>`,
    '</p>',
    descShown ? `<p class="psr-desc">${escapeHtml(descShown)}</p>` : '',
    '<div class="report-summary">',
    `<div><small>Health</small><b class="${input.healthWarning ? 'psr-warn' : ''}">${escapeHtml(input.health)}</b></div>`,
    `<div><small>Progress</small><b>${pct}%</b><svg class="psr-bar" aria-hidden="true" width="100%" height="8" preserveAspectRatio="none"><rect width="100%" height="8" fill="#e5e5e5"/><rect width="${pct}%" height="8" fill="#1a1a1a"/></svg></div>`,
    `<div><small>Tasks done</small><b>${p.tasksDone} of ${p.tasksTotal}</b></div>`,
    `<div><small>Milestones</small><b>${p.milestonesDone} of ${p.milestonesTotal}</b></div>`,
    '</div>',
    '<div class="psr-cols">',
    '<section>',
    '<h3 class="report-section">Milestones</h3>',
    milestones.length > 0
      ? `<table class="report-table"><thead><tr><th>Milestone</th><th class="psr-date">Date</th><th class="psr-state">State</th></tr></thead><tbody>${milestoneRows}</tbody></table>`
      : '<p class="psr-none">No milestones set.</p>',
    more(input.milestones.length - milestones.length, 'milestones'),
    '</section>',
    '<section>',
    '<h3 class="report-section">Spend against budget</h3>',
    b.line ? `<p class="psr-line">Budget line: ${escapeHtml(b.line)}</p>` : '',
    `<table class="report-table psr-money"><tbody>${moneyRows}</tbody></table>`,
    '<h3 class="report-section">Next steps</h3>',
    steps.length > 0
      ? `<ul class="psr-steps">${steps
          .map(
            (s) =>
              `<li>${s.due ? `${s.overdue ? `<span class="psr-warn">Overdue since ${date(s.due)}</span>` : `By ${date(s.due)}`}: ` : ''}${s.kind === 'milestone' ? 'milestone ' : ''}${escapeHtml(s.label)}</li>`,
          )
          .join('')}</ul>`
      : '<p class="psr-none">Nothing left to do.</p>',
    '</section>',
    '</div>',
    `<h3 class="report-section">Open tasks (${input.openTasks.length})</h3>`,
    tasks.length > 0
      ? `<table class="report-table"><thead><tr><th>Task</th><th class="psr-who">Who</th><th class="psr-date">Due</th></tr></thead><tbody>${taskRows}</tbody></table>`
      : '<p class="psr-none">No open tasks.</p>',
    more(input.openTasks.length - tasks.length, 'open tasks'),
    '</main>',
  ].join('\n');
  return renderPage({ title: `Status report — ${input.name}`, pageSize: input.pageSize ?? 'A4', company, content });
}
