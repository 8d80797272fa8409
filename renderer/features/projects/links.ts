/**
 * A project's linked work (issue 17.4), read and written through each owner's public entry,
 * never its tables: tasks, events and documents link by [linkedTable+linkedId] with
 * linkedTable 'projects'; purchase orders and expenses carry the project's id. Each write is
 * the owner's own audited change. Linking a record that already belongs to another record
 * (an interview's event, a candidate's letter) is refused: it would lose that link.
 */
import {
  projectCommittedCents,
  projectHealth,
  projectProgress,
  projectSpend,
  projectSpentCents,
  type Project,
  type ProjectHealth,
  type ProjectProgress,
} from '../../../shared/domain/projects';
import { today as todayIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { eventRepository, listEventsLinkedTo, type CalendarEvent } from '../calendar';
import { getDocument, listDocuments, updateDocument } from '../documents';
import { listExpensesBetween, listExpensesForProject, setExpenseProject, expenseRepository, type Expense } from '../expenses';
import { listPurchaseOrdersForProject, purchaseOrderRepository, setPurchaseOrderProject, type PurchaseOrder } from '../purchasing';
import { createTask, listTasksLinkedTo, taskRepository, updateTask, type Task, type TaskDraft } from '../tasks';
import type { DocumentRecord } from '../../../shared/domain/documents';
import { projectRepository } from './repository';

export const PROJECT_LINK = 'projects';

export interface ProjectWork {
  tasks: Task[];
  events: CalendarEvent[];
  documents: DocumentRecord[];
  orders: PurchaseOrder[];
  expenses: Expense[];
}

export interface ProjectFigures {
  progress: ProjectProgress;
  health: ProjectHealth;
  spentCents: number;
  committedCents: number;
  remainingCents?: number;
  over: boolean;
}

export function projectFigures(p: Project, work: Pick<ProjectWork, 'tasks' | 'orders' | 'expenses'>, today: string): ProjectFigures {
  const progress = projectProgress(p, work.tasks, today);
  const spend = projectSpend(p.budgetCents, projectSpentCents(work.expenses), projectCommittedCents(work.orders));
  return { progress, health: projectHealth(p, progress, today), ...spend };
}

export async function listProjectTasks(projectId: string, db: BackdeskDb = getDb()): Promise<Task[]> {
  return listTasksLinkedTo(PROJECT_LINK, projectId, db);
}

/** Everything linked to a project, live records only; events by start, documents newest first. */
export async function loadProjectWork(projectId: string, db: BackdeskDb = getDb()): Promise<ProjectWork> {
  const [tasks, events, documents, orders, expenses] = await Promise.all([
    listProjectTasks(projectId, db),
    listEventsLinkedTo(PROJECT_LINK, [projectId], db),
    listDocuments(db),
    listPurchaseOrdersForProject(projectId, db),
    listExpensesForProject(projectId, db),
  ]);
  return {
    tasks,
    events: events.filter((e) => e.deletedAt === null).sort((a, b) => a.start.localeCompare(b.start)),
    documents: documents.filter((d) => d.linkedTable === PROJECT_LINK && d.linkedId === projectId).sort((a, b) => b.date.localeCompare(a.date)),
    orders,
    expenses,
  };
}

export interface ProjectSummary {
  project: Project;
  figures: ProjectFigures;
}

/** Every live project with its progress and health (the list); spend only needs the detail. */
export async function listProjectSummaries(db: BackdeskDb = getDb(), today = todayIso()): Promise<ProjectSummary[]> {
  const projects = await projectRepository.list(db);
  return Promise.all(
    projects.map(async (project) => {
      const tasks = await listProjectTasks(project.id, db);
      return { project, figures: projectFigures(project, { tasks, orders: [], expenses: [] }, today) };
    }),
  );
}

async function requireProject(projectId: string, db: BackdeskDb): Promise<Project> {
  return projectRepository.require(projectId, db);
}

function refuseOtherLink(what: string, r: { linkedTable?: string | undefined; linkedId?: string | undefined }, projectId: string): void {
  if (r.linkedTable && r.linkedId && !(r.linkedTable === PROJECT_LINK && r.linkedId === projectId)) {
    throw new Error(`This ${what} already belongs to another record; link it from there, or remove that link first.`);
  }
}

/** A new task for the project (its title, due date, who does it). */
export async function addProjectTask(projectId: string, draft: Omit<TaskDraft, 'linkedTable' | 'linkedId'>, db: BackdeskDb = getDb()): Promise<Task> {
  await requireProject(projectId, db);
  return createTask({ ...draft, linkedTable: PROJECT_LINK, linkedId: projectId }, db);
}

export async function linkTaskToProject(projectId: string, taskId: string, db: BackdeskDb = getDb()): Promise<Task> {
  await requireProject(projectId, db);
  const t = await taskRepository.require(taskId, db);
  refuseOtherLink('task', t, projectId);
  return updateTask(taskId, { linkedTable: PROJECT_LINK, linkedId: projectId }, db);
}

export function unlinkTask(taskId: string, db: BackdeskDb = getDb()): Promise<Task> {
  return updateTask(taskId, { linkedTable: undefined, linkedId: undefined }, db);
}

export async function linkEventToProject(projectId: string, eventId: string, db: BackdeskDb = getDb()): Promise<CalendarEvent> {
  await requireProject(projectId, db);
  const e = await eventRepository.require(eventId, db);
  refuseOtherLink('event', e, projectId);
  return eventRepository.update(eventId, { linkedTable: PROJECT_LINK, linkedId: projectId }, db);
}

export function unlinkEvent(eventId: string, db: BackdeskDb = getDb()): Promise<CalendarEvent> {
  return eventRepository.update(eventId, { linkedTable: undefined, linkedId: undefined }, db);
}

export async function linkDocumentToProject(projectId: string, documentId: string, db: BackdeskDb = getDb()): Promise<DocumentRecord> {
  await requireProject(projectId, db);
  const d = await getDocument(documentId, db);
  if (!d) throw new Error('That document is no longer there.');
  refuseOtherLink('document', d, projectId);
  return updateDocument(documentId, { linkedTable: PROJECT_LINK, linkedId: projectId }, db);
}

export function unlinkDocument(documentId: string, db: BackdeskDb = getDb()): Promise<DocumentRecord> {
  return updateDocument(documentId, { linkedTable: undefined, linkedId: undefined }, db);
}

/** Files an order under the project; an order already on another project moves (it says which). */
export async function linkOrderToProject(projectId: string, orderId: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder> {
  await requireProject(projectId, db);
  await purchaseOrderRepository.require(orderId, db);
  return setPurchaseOrderProject(orderId, projectId, db);
}

export function unlinkOrder(orderId: string, db: BackdeskDb = getDb()): Promise<PurchaseOrder> {
  return setPurchaseOrderProject(orderId, undefined, db);
}

export async function linkExpenseToProject(projectId: string, expenseId: string, db: BackdeskDb = getDb()): Promise<Expense> {
  await requireProject(projectId, db);
  await expenseRepository.require(expenseId, db);
  return setExpenseProject(expenseId, projectId, db);
}

export function unlinkExpense(expenseId: string, db: BackdeskDb = getDb()): Promise<Expense> {
  return setExpenseProject(expenseId, undefined, db);
}

/** Orders not filed under any project, newest first (the "Link an order" list). */
export async function listUnfiledOrders(db: BackdeskDb = getDb()): Promise<PurchaseOrder[]> {
  return (await purchaseOrderRepository.list(db)).filter((o) => !o.projectId && o.status !== 'cancelled');
}

/**
 * Expenses dated from `from` to `to` not counted against any project, newest first (the "Link
 * an expense" list: the project's dates, read by the date index, so a large ledger stays quick).
 */
export async function listUnfiledExpenses(from: string, to: string, db: BackdeskDb = getDb()): Promise<Expense[]> {
  return (await listExpensesBetween(from, to, db)).filter((e) => !e.projectId);
}
