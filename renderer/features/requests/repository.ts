/**
 * Staff requests (issue 17.1): the office's request queue. A request is numbered REQ-0001…,
 * asked by someone from People (or a name typed for a visitor), says what, where, how urgent
 * and what kind, and may carry attachments (a photo of the broken thing). It is triaged in ONE
 * step — one transaction — into what it really is: a task (the Tasks feature's createTask, the
 * task linked back to the request), a repair on a piece of equipment (the Equipment feature's
 * reportEquipmentRepair), a purchase request (./purchaseRequests createPurchaseRequest, which
 * carries the staff request's id), or an answer (which closes it).
 *
 * Status follows the linked work (rules: shared/domain/staffRequests requestAfterWork): the
 * task done → request done; the repair completed → done; the purchase ordered → done, declined
 * → declined with the approver's reason; the work cancelled or removed → waiting for the office
 * to decide. The features behind the work do not know about requests (they may not import this
 * one: that would be a cycle), so the request is reconciled instead:
 * - on read: `listStaffRequestRows` and `readStaffRequest` show the status the work gives
 *   (never a stale "in progress" next to a finished repair), and
 * - on write: `syncStaffRequestsWithWork` stores those statuses with closedAt and an audit line
 *   each, in one transaction; the Requests screen and the Dashboard run it whenever the linked
 *   tables change (useStaffRequestSync in hooks.ts), and triage runs it too.
 * Every change writes its audit line in the same transaction (create, edit, triage, decline,
 * close, reopen, attachments).
 */
import {
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_LABELS,
  compareRequests,
  isRequestOpen,
  isRequestOverdue,
  nextRequestNumber,
  purchaseWorkState,
  repairWorkState,
  requestAfterWork,
  staffRequestDraftSchema,
  staffRequestSchema,
  taskWorkState,
  type LinkedWork,
  type RequestKind,
  type RequestStatus,
  type RequestUrgency,
  type StaffRequest,
  type StaffRequestDraft,
  type TriageKind,
} from '../../../shared/domain/staffRequests';
import type { PurchaseRequest } from '../../../shared/domain/purchaseRequests';
import { requiredText } from '../../../shared/domain/common';
import { nowIso, today as todayIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import { numberCodeOfThisPc } from '../../db/sync';
import type { TableName } from '../../db/database';
import { ATTACHMENT_TABLES, prepareAttachment, writePreparedAttachment, type PreparedAttachment } from '../../db/attachments';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import type { ModuleId } from '../../core/modules';
import { equipmentRepairRepository, equipmentRepository, reportEquipmentRepair, type Equipment, type Repair } from '../equipment';
import { employeeRepository, type Employee } from '../people';
import { createTask, taskRepository, type Task, type TaskPriority } from '../tasks';
import { createPurchaseRequest, PURCHASE_REQUEST_TABLES } from './purchaseRequests';

export type { StaffRequest };

export const staffRequestRepository = createCrudRepository({
  table: 'staffRequests',
  schema: staffRequestSchema,
  draftSchema: staffRequestDraftSchema,
  noun: 'request',
  label: (r) => `${r.number} ${r.what}`,
});

/** What someone typing a request gives: the number, status, triage and closing are set here. */
export type StaffRequestInput = Pick<StaffRequestDraft, 'requesterId' | 'requesterName' | 'kind' | 'what' | 'where' | 'details' | 'urgency'>;

/** A file attached to a request (from the platform's file picker). */
export interface RequestFileInput {
  name: string;
  mimeType?: string;
  bytes: Uint8Array;
}

/** Everything a request write may touch (read or written), so a nested write joins one transaction. */
export const STAFF_REQUEST_TABLES: readonly TableName[] = [
  'staffRequests',
  'auditLog',
  'employees',
  'tasks',
  'equipmentRepairs',
  'equipment',
  ...PURCHASE_REQUEST_TABLES,
  ...ATTACHMENT_TABLES,
];

/** The tables whose changes can move a request's status (the live queries watch them). */
export const LINKED_WORK_TABLES = ['tasks', 'equipmentRepairs', 'purchaseRequests'] as const;

const uniq = (tables: readonly TableName[]) => [...new Set(tables)];

async function requireLive(db: BackdeskDb, id: string): Promise<StaffRequest> {
  const r = await db.staffRequests.get(id);
  if (!r || r.deletedAt !== null) throw new RecordNotFoundError('staffRequests', id);
  return r;
}

async function allNumbers(db: BackdeskDb): Promise<string[]> {
  const keys = await db.staffRequests.orderBy('number').keys();
  return keys.map(String);
}

/** "Grace Park" (People), the typed name, or "someone". */
async function requesterLabel(db: BackdeskDb, r: Pick<StaffRequest, 'requesterId' | 'requesterName'>): Promise<string> {
  if (r.requesterId) {
    const e = await employeeRepository.get(r.requesterId, db);
    if (e) return e.name;
  }
  return r.requesterName?.trim() || 'someone';
}

function label(r: Pick<StaffRequest, 'number' | 'what'>): string {
  return `${r.number} ${quote(r.what)}`;
}

/**
 * Saves a new request, numbered REQ-0001…, with its attachments, in one transaction. A person
 * picked from People is kept by id (their name is looked up when shown); anyone else by name.
 */
export async function createStaffRequest(input: StaffRequestInput, files: readonly RequestFileInput[] = [], db: BackdeskDb = getDb()): Promise<StaffRequest> {
  // Built (and so validated) before anything is written; the number is drawn in the transaction.
  const draft = staffRequestRepository.build({ ...pickInput(input), what: input.what, number: 'REQ-0000', attachmentIds: [] });
  if (files.length > 20) throw new Error('At most 20 attachments on one request.');
  const prepared: PreparedAttachment[] = [];
  for (const f of files) prepared.push(await prepareAttachment({ ...f, linkedTable: 'staffRequests', linkedId: draft.id }));
  return writeTransaction(db, uniq(['staffRequests', 'auditLog', 'employees', ...ATTACHMENT_TABLES]), async () => {
    const number = nextRequestNumber(await allNumbers(db), numberCodeOfThisPc());
    const record: StaffRequest = { ...draft, number, attachmentIds: prepared.map((p) => p.record.id) };
    await db.staffRequests.add(record);
    const who = await requesterLabel(db, record);
    await db.auditLog.add(
      auditEntry('staffRequests', record.id, 'create', `New request ${label(record)} from ${who} (${REQUEST_KIND_LABELS[record.kind]}, ${record.urgency})`, record.createdAt),
    );
    for (const p of prepared) await writePreparedAttachment(db, p);
    return record;
  });
}

function pickInput(input: Partial<StaffRequestInput>): Partial<StaffRequestInput> {
  const out: Partial<StaffRequestInput> = {};
  for (const k of ['requesterId', 'requesterName', 'kind', 'what', 'where', 'details', 'urgency'] as const) if (k in input) (out as Record<string, unknown>)[k] = input[k];
  return out;
}

/** Corrects what was asked, by whom, where, how urgent or what kind (audited with the fields changed). */
export async function updateStaffRequest(id: string, patch: Partial<StaffRequestInput>, db: BackdeskDb = getDb()): Promise<StaffRequest> {
  const clean = pickInput(patch);
  // Switching between a person and a typed name clears the other.
  if (clean.requesterId) clean.requesterName = '';
  else if (clean.requesterName?.trim()) clean.requesterId = '';
  return staffRequestRepository.update(id, clean, db);
}

/** Attaches files to a request; one transaction. */
export async function addStaffRequestFiles(id: string, files: readonly RequestFileInput[], db: BackdeskDb = getDb()): Promise<StaffRequest> {
  const prepared: PreparedAttachment[] = [];
  for (const f of files) prepared.push(await prepareAttachment({ ...f, linkedTable: 'staffRequests', linkedId: id }));
  return writeTransaction(db, uniq(['staffRequests', 'auditLog', ...ATTACHMENT_TABLES]), async () => {
    const r = await requireLive(db, id);
    const ids = [...r.attachmentIds, ...prepared.map((p) => p.record.id)];
    if (ids.length > 20) throw new Error('At most 20 attachments on one request.');
    for (const p of prepared) await writePreparedAttachment(db, p);
    const next: StaffRequest = { ...r, attachmentIds: ids, updatedAt: nowIso() };
    await db.staffRequests.put(next);
    return next;
  });
}

/** Removes an attachment from a request (the attachment is soft-deleted); one transaction. */
export async function removeStaffRequestFile(id: string, attachmentId: string, db: BackdeskDb = getDb()): Promise<StaffRequest> {
  return writeTransaction(db, uniq(['staffRequests', 'auditLog', ...ATTACHMENT_TABLES]), async () => {
    const r = await requireLive(db, id);
    const at = nowIso();
    const att = await db.attachments.get(attachmentId);
    if (att && att.deletedAt === null) {
      await db.attachments.put({ ...att, deletedAt: at, updatedAt: at });
      await db.auditLog.add(auditEntry('attachments', attachmentId, 'delete', `Removed ${quote(att.name)} from request ${r.number}`, at));
    }
    const next: StaffRequest = { ...r, attachmentIds: r.attachmentIds.filter((a) => a !== attachmentId), updatedAt: at };
    await db.staffRequests.put(next);
    return next;
  });
}

/** Moves an open request by hand: back to new, in progress, or waiting (on the requester, a part…). */
export async function setStaffRequestStatus(id: string, status: 'new' | 'in-progress' | 'waiting', db: BackdeskDb = getDb()): Promise<StaffRequest> {
  return writeTransaction(db, ['staffRequests', 'auditLog'], async () => {
    const r = await requireLive(db, id);
    if (!isRequestOpen(r)) throw new Error(`${r.number} is ${REQUEST_STATUS_LABELS[r.status].toLowerCase()}; reopen it first.`);
    if (r.status === status) return r;
    const at = nowIso();
    const next: StaffRequest = { ...r, status, updatedAt: at };
    await db.staffRequests.put(next);
    await db.auditLog.add(auditEntry('staffRequests', id, 'update', `Request ${label(r)} is now ${REQUEST_STATUS_LABELS[status].toLowerCase()}`, at));
    return next;
  });
}

/** Declines a request; the reason is required (the requester is told). */
export async function declineStaffRequest(id: string, reason: string, db: BackdeskDb = getDb()): Promise<StaffRequest> {
  const why = reason.trim();
  if (!why) throw new Error('Say why the request is declined; the requester is told.');
  return writeTransaction(db, ['staffRequests', 'auditLog'], async () => {
    const r = await requireLive(db, id);
    if (!isRequestOpen(r)) throw new Error(`${r.number} is already ${REQUEST_STATUS_LABELS[r.status].toLowerCase()}.`);
    const at = nowIso();
    const next = parseOrThrow('staffRequests', staffRequestSchema, { ...r, status: 'declined', declineReason: why, closedAt: at, updatedAt: at });
    await db.staffRequests.put(next);
    await db.auditLog.add(auditEntry('staffRequests', id, 'update', `Declined request ${label(r)}: ${why}`, at));
    return next;
  });
}

/**
 * Opens a closed request again (done or declined). When its linked work is still open it goes
 * back in progress with the link; when that work is finished (or it was answered) the link is
 * let go — the work keeps its history — and the request is new again, ready to be triaged anew.
 */
export async function reopenStaffRequest(id: string, db: BackdeskDb = getDb()): Promise<StaffRequest> {
  return writeTransaction(db, uniq(['staffRequests', 'auditLog', ...LINKED_WORK_TABLES]), async () => {
    const r = await requireLive(db, id);
    if (isRequestOpen(r)) return r;
    const at = nowIso();
    const work = await readLinkedWork(db, r);
    const { declineReason: _reason, triage, ...rest } = r;
    const keepLink = !!triage && work?.state === 'open';
    const next: StaffRequest = { ...rest, ...(keepLink ? { triage } : {}), status: keepLink ? 'in-progress' : 'new', closedAt: null, updatedAt: at };
    await db.staffRequests.put(next);
    await db.auditLog.add(auditEntry('staffRequests', id, 'update', `Reopened request ${label(r)}${triage && !keepLink ? ' (triage it again)' : ''}`, at));
    return next;
  });
}

/** What the request turns into, with what that work needs. */
export type TriageChoice =
  | { kind: 'task'; title?: string; assigneeId?: string; due?: string; priority?: TaskPriority }
  | { kind: 'repair'; equipmentId: string; problem?: string }
  | {
      kind: 'purchase-request';
      description?: string;
      quantity: number;
      estimatedUnitCostCents: number;
      budgetCategoryId?: string;
      itemId?: string;
      reason?: string;
    }
  | { kind: 'answer'; answer: string };

export interface TriageResult {
  request: StaffRequest;
  task?: Task;
  repair?: Repair;
  purchaseRequest?: PurchaseRequest;
}

/** The task's notes: where it came from, where, and the requester's details. */
function taskNotes(r: StaffRequest, who: string): string {
  return [`From request ${r.number} by ${who}.`, r.where ? `Where: ${r.where}` : '', r.details ?? ''].filter(Boolean).join('\n').slice(0, 10000);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Triages a request in one step and one transaction: the work is made through its own
 * feature, the request keeps the link (triage.kind/linkedTable/linkedId) and moves to in
 * progress — or, for an answer, is done with the answer kept. A request is triaged once; when
 * its work was cancelled (status waiting) it may be triaged again into something else.
 */
export async function triageStaffRequest(id: string, choice: TriageChoice, db: BackdeskDb = getDb()): Promise<TriageResult> {
  if (choice.kind === 'answer' && !choice.answer.trim()) throw new Error('Write the answer the requester is given.');
  if (choice.kind === 'repair' && !choice.equipmentId) throw new Error('Choose the piece of equipment to repair.');
  return writeTransaction(db, STAFF_REQUEST_TABLES, async () => {
    const r = await requireLive(db, id);
    if (!isRequestOpen(r)) throw new Error(`${r.number} is ${REQUEST_STATUS_LABELS[r.status].toLowerCase()}; reopen it to triage it again.`);
    if (r.triage?.linkedId) {
      const work = await readLinkedWork(db, r);
      if (work && work.state !== 'cancelled') throw new Error(`${r.number} was already triaged into ${TRIAGE_NOUNS[r.triage.kind]}; that work is still open.`);
    }
    const at = nowIso();
    const who = await requesterLabel(db, r);
    const result: TriageResult = { request: r };
    let linkedTable: string | undefined;
    let linkedId: string | undefined;
    let summary: string;
    let equipmentId = r.equipmentId;

    switch (choice.kind) {
      case 'task': {
        const title = parseOrThrow('tasks', requiredText('Title', 200), (choice.title?.trim() || clip(r.what, 200)));
        const task = await createTask(
          {
            title,
            priority: choice.priority ?? r.urgency,
            ...(choice.assigneeId ? { assigneeId: choice.assigneeId } : {}),
            ...(choice.due ? { due: choice.due } : {}),
            notes: taskNotes(r, who),
            linkedTable: 'staffRequests',
            linkedId: r.id,
          },
          db,
        );
        result.task = task;
        linkedTable = 'tasks';
        linkedId = task.id;
        summary = `Triaged request ${label(r)} into the task ${quote(task.title)}`;
        break;
      }
      case 'repair': {
        const eq = await equipmentRepository.get(choice.equipmentId, db);
        if (!eq) throw new Error('The equipment chosen is no longer in the register. Choose another item.');
        const problem = clip(choice.problem?.trim() || [r.what, r.details].filter(Boolean).join('\n'), 2000);
        const repair = await reportEquipmentRepair(
          {
            equipmentId: eq.id,
            reportedBy: clip(who === 'someone' ? '' : who, 120) || undefined,
            reportedByPersonId: r.requesterId,
            problem,
            reportedOn: todayIso(),
            notes: `From request ${r.number}`,
          },
          db,
        );
        result.repair = repair;
        linkedTable = 'equipmentRepairs';
        linkedId = repair.id;
        equipmentId = eq.id;
        summary = `Triaged request ${label(r)} into a repair of ${quote(eq.name)}`;
        break;
      }
      case 'purchase-request': {
        const pr = await createPurchaseRequest(
          {
            description: clip(choice.description?.trim() || r.what, 300),
            quantity: choice.quantity,
            estimatedUnitCostCents: choice.estimatedUnitCostCents,
            ...(choice.budgetCategoryId ? { budgetCategoryId: choice.budgetCategoryId } : {}),
            ...(choice.itemId ? { itemId: choice.itemId } : {}),
            reason: clip([choice.reason?.trim(), `From request ${r.number}${r.where ? ` (${r.where})` : ''}`].filter(Boolean).join('\n'), 2000),
            ...(r.requesterId ? { requesterId: r.requesterId } : {}),
            ...(r.requesterName ? { requesterName: r.requesterName } : who !== 'someone' ? { requesterName: who } : {}),
            staffRequestId: r.id,
          },
          db,
        );
        result.purchaseRequest = pr;
        linkedTable = 'purchaseRequests';
        linkedId = pr.id;
        summary = `Triaged request ${label(r)} into purchase request ${pr.number}`;
        break;
      }
      case 'answer': {
        summary = `Answered and closed request ${label(r)}: ${clip(choice.answer.trim(), 300)}`;
        break;
      }
    }

    const answer = choice.kind === 'answer' ? choice.answer.trim() : r.answer;
    const next = parseOrThrow('staffRequests', staffRequestSchema, {
      ...r,
      status: choice.kind === 'answer' ? 'done' : 'in-progress',
      closedAt: choice.kind === 'answer' ? at : null,
      ...(answer ? { answer } : {}),
      ...(equipmentId ? { equipmentId } : {}),
      triage: { kind: choice.kind, ...(linkedTable ? { linkedTable, linkedId } : {}), at },
      updatedAt: at,
    });
    await db.staffRequests.put(next);
    await db.auditLog.add(auditEntry('staffRequests', r.id, 'update', summary, at));
    result.request = next;
    return result;
  });
}

export const TRIAGE_NOUNS: Record<TriageKind, string> = {
  task: 'a task',
  repair: 'a repair',
  'purchase-request': 'a purchase request',
  answer: 'an answer',
};

/** Where a request's linked work stands, read from its own feature (undefined: nothing linked). */
async function readLinkedWork(db: BackdeskDb, r: StaffRequest): Promise<LinkedWork | undefined> {
  const t = r.triage;
  if (!t?.linkedId) return undefined;
  switch (t.kind) {
    case 'task':
      return taskWorkState(await taskRepository.get(t.linkedId, db, { includeDeleted: true }));
    case 'repair':
      return repairWorkState(await equipmentRepairRepository.get(t.linkedId, db, { includeDeleted: true }));
    case 'purchase-request':
      // The purchase requests table belongs to this feature (./purchaseRequests writes it).
      return purchaseWorkState(await db.purchaseRequests.get(t.linkedId));
    default:
      return undefined;
  }
}

const WORK_WORDS: Record<Exclude<TriageKind, 'answer'>, string> = { task: 'its task', repair: 'its repair', 'purchase-request': 'its purchase request' };

function syncSummary(r: StaffRequest, next: Pick<StaffRequest, 'status' | 'declineReason'>): string {
  const what = r.triage && r.triage.kind !== 'answer' ? WORK_WORDS[r.triage.kind] : 'its work';
  switch (next.status) {
    case 'done':
      return `Closed request ${label(r)}: ${what} ${r.triage?.kind === 'purchase-request' ? 'was ordered' : 'is done'}`;
    case 'declined':
      return `Declined request ${label(r)}: ${what} was declined (${next.declineReason ?? ''})`;
    case 'waiting':
      return `Request ${label(r)} is waiting: ${what} was cancelled or removed; triage it again or decline it`;
    default:
      return `Request ${label(r)} is ${REQUEST_STATUS_LABELS[next.status].toLowerCase()}`;
  }
}

/** Open requests that were triaged into work (only these can move with it). */
async function openTriaged(db: BackdeskDb): Promise<StaffRequest[]> {
  const rows = await db.staffRequests.where('status').anyOf(['new', 'in-progress', 'waiting']).toArray();
  return rows.filter((r) => r.deletedAt === null && !!r.triage?.linkedId);
}

/**
 * Stores the status each triaged request's work gives it (done, declined, waiting, in progress)
 * with closedAt and an audit line each, in one transaction. Returns the requests changed.
 */
export async function syncStaffRequestsWithWork(db: BackdeskDb = getDb(), now: string = nowIso()): Promise<StaffRequest[]> {
  return writeTransaction(db, uniq(['staffRequests', 'auditLog', ...LINKED_WORK_TABLES]), async () => {
    const changed: StaffRequest[] = [];
    for (const r of await openTriaged(db)) {
      const work = await readLinkedWork(db, r);
      if (!work) continue;
      const after = requestAfterWork(r, work, now);
      if (!after) continue;
      const next = parseOrThrow('staffRequests', staffRequestSchema, { ...r, ...after, updatedAt: now });
      await db.staffRequests.put(next);
      await db.auditLog.add(auditEntry('staffRequests', r.id, 'update', syncSummary(r, after), now));
      changed.push(next);
    }
    return changed;
  });
}

/** True when some triaged request's stored status is behind its work (the screens then sync). */
export async function staffRequestsNeedSync(db: BackdeskDb = getDb(), now: string = nowIso()): Promise<boolean> {
  for (const r of await openTriaged(db)) {
    const work = await readLinkedWork(db, r);
    if (work && requestAfterWork(r, work, now)) return true;
  }
  return false;
}

/** The work a request links to, as the screens show it. */
export interface RequestLink {
  kind: TriageKind;
  /** The task's title, the item repaired ("Copier (HL-0042)"), "PR-0003 Ergonomic chair", the answer. */
  label: string;
  /** Where its record opens (module and path); absent for an answer or work that is gone. */
  module?: ModuleId;
  path?: string[];
  /** Its state in its own words ("Done", "Open", "Waiting for approval", "Removed"). */
  state: string;
}

/** A request as the queue shows it: its status as its work gives it, the requester's name, the link. */
export interface StaffRequestRow {
  request: StaffRequest;
  status: RequestStatus;
  closedAt: string | null;
  declineReason?: string;
  requester: string;
  link?: RequestLink;
}

function personName(r: StaffRequest, people: ReadonlyMap<string, Employee>): string {
  return (r.requesterId ? people.get(r.requesterId)?.name : undefined) ?? r.requesterName ?? '';
}

const PR_STATE_WORDS: Record<string, string> = {
  pending: 'Waiting for approval',
  approved: 'Approved',
  declined: 'Declined',
  ordered: 'Ordered',
  cancelled: 'Cancelled',
};

async function linkOf(db: BackdeskDb, r: StaffRequest, cache: { equipment: Map<string, Equipment | undefined> }): Promise<{ link?: RequestLink; work?: LinkedWork }> {
  const t = r.triage;
  if (!t) return {};
  if (t.kind === 'answer') return { link: { kind: 'answer', label: r.answer ?? '', state: 'Answered' } };
  if (!t.linkedId) return {};
  switch (t.kind) {
    case 'task': {
      const task = await taskRepository.get(t.linkedId, db, { includeDeleted: true });
      const work = taskWorkState(task);
      if (!task || task.deletedAt !== null) return { work, link: { kind: 'task', label: task?.title ?? 'A task since removed', state: 'Removed' } };
      const state = task.status === 'done' ? 'Done' : task.status === 'cancelled' ? 'Cancelled' : task.status === 'in-progress' ? 'In progress' : 'Open';
      return { work, link: { kind: 'task', label: task.title, module: 'tasks', path: [task.id], state } };
    }
    case 'repair': {
      const repair = await equipmentRepairRepository.get(t.linkedId, db, { includeDeleted: true });
      const work = repairWorkState(repair);
      const eqId = repair?.equipmentId ?? r.equipmentId;
      if (eqId && !cache.equipment.has(eqId)) cache.equipment.set(eqId, await equipmentRepository.get(eqId, db, { includeDeleted: true }));
      const eq = eqId ? cache.equipment.get(eqId) : undefined;
      const name = eq ? `${eq.name}${eq.assetTag ? ` (${eq.assetTag})` : ''}` : 'Equipment';
      const state = !repair || repair.deletedAt !== null ? 'Removed' : repair.fixedOn ? 'Repaired' : 'Under repair';
      return { work, link: { kind: 'repair', label: name, ...(eq ? { module: 'equipment' as const, path: [eq.id] } : {}), state } };
    }
    case 'purchase-request': {
      const pr = await db.purchaseRequests.get(t.linkedId);
      const work = purchaseWorkState(pr);
      if (!pr || pr.deletedAt !== null) return { work, link: { kind: 'purchase-request', label: 'A purchase request since removed', state: 'Removed' } };
      return { work, link: { kind: 'purchase-request', label: `${pr.number} ${pr.description}`, module: 'requests', path: ['purchase', pr.id], state: PR_STATE_WORDS[pr.status] ?? pr.status } };
    }
  }
}

async function toRows(db: BackdeskDb, requests: readonly StaffRequest[], now: string): Promise<StaffRequestRow[]> {
  // One read transaction; the links are read side by side (IndexedDB serves them together), so a
  // long queue does not wait on one read after another.
  return db.transaction('r', uniq(['staffRequests', 'employees', 'equipment', ...LINKED_WORK_TABLES]), async () => {
    const people = new Map((await employeeRepository.list(db)).map((e) => [e.id, e]));
    const cache = { equipment: new Map<string, Equipment | undefined>() };
    const links = await Promise.all(requests.map((r) => linkOf(db, r, cache)));
    return requests.map((r, i) => {
      const { link, work } = links[i]!;
      const after = work && isRequestOpen(r) ? requestAfterWork(r, work, now) : null;
      const shown = after ? { ...r, ...after } : r;
      return {
        request: r,
        status: shown.status,
        closedAt: shown.closedAt,
        ...(shown.declineReason ? { declineReason: shown.declineReason } : {}),
        requester: personName(r, people),
        ...(link ? { link } : {}),
      };
    });
  });
}

/**
 * Every live request as the queue shows it, open first (overdue, most urgent, oldest), each with
 * the status its linked work gives it. Only open triaged requests read their work; closed ones
 * read the label of their link too (a few reads each), so the queue stays quick.
 */
export async function listStaffRequestRows(db: BackdeskDb = getDb(), today: string = todayIso(), now: string = nowIso()): Promise<StaffRequestRow[]> {
  const all = await db.staffRequests.filter((r) => r.deletedAt === null).toArray();
  const rows = await toRows(db, all, now);
  return rows.sort((a, b) => compareRequests({ ...a.request, status: a.status }, { ...b.request, status: b.status }, today));
}

/** One request as its detail shows it; undefined when it does not exist or was deleted. */
export async function readStaffRequest(id: string, db: BackdeskDb = getDb(), now: string = nowIso()): Promise<StaffRequestRow | undefined> {
  const r = await db.staffRequests.get(id);
  if (!r || r.deletedAt !== null) return undefined;
  return (await toRows(db, [r], now))[0];
}

/** The requests triaged from one purchase request, task or repair (e.g. to show on that record). */
export async function listStaffRequestsLinkedTo(linkedTable: string, linkedId: string, db: BackdeskDb = getDb()): Promise<StaffRequest[]> {
  const rows = await db.staffRequests.filter((r) => r.deletedAt === null && r.triage?.linkedTable === linkedTable && r.triage.linkedId === linkedId).toArray();
  return rows;
}

export interface StaffRequestsDashboard {
  openCount: number;
  overdueCount: number;
  /** The first open requests, overdue and most urgent first. */
  rows: StaffRequestRow[];
}

/** Open and overdue requests for the Dashboard: counts and the first `limit` rows. */
export async function readStaffRequestsDashboard(today: string, db: BackdeskDb = getDb(), limit = 6, now: string = nowIso()): Promise<StaffRequestsDashboard> {
  const open = await db.staffRequests.where('status').anyOf(['new', 'in-progress', 'waiting']).toArray();
  const rows = (await toRows(db, open.filter((r) => r.deletedAt === null), now)).filter((row) => isRequestOpen({ status: row.status, deletedAt: null }));
  const withStatus = (row: StaffRequestRow) => ({ ...row.request, status: row.status });
  rows.sort((a, b) => compareRequests(withStatus(a), withStatus(b), today));
  return {
    openCount: rows.length,
    overdueCount: rows.filter((row) => isRequestOverdue(withStatus(row), today)).length,
    rows: rows.slice(0, limit),
  };
}

export type { RequestKind, RequestStatus, RequestUrgency };
