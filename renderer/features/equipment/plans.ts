/**
 * Maintenance plans (issue 12.4): create, edit, pause and resume an item's plans; their next
 * due date or meter value (`nextDue` from the domain, counting the meter's lifetime value);
 * "mark done", which in ONE transaction records the work in the maintenance log, moves the
 * plan's `lastDone` state and, when asked, creates the Expense through the expenses feature;
 * and the due list across all items (`listDueMaintenance`: the Equipment module's due page
 * and the Dashboard's "maintenance due this week").
 */
import {
  dueMaintenance,
  maintenancePlanDraftSchema,
  maintenancePlanSchema,
  maintenanceRecordForDone,
  markDone,
  nextDue,
  validateMarkDone,
  type DateFormatter,
  type DueMaintenanceEntry,
  type DueResult,
  type MaintenancePlan,
  type MaintenancePlanDraft,
} from '../../../shared/domain/equipmentMaintenance';
import { METER_UNIT_LABELS, type Meter } from '../../../shared/domain/equipmentMeters';
import type { Maintenance } from '../../../shared/domain/equipment';
import { today as todayDate } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb, type TableName } from '../../db';
import { auditEntry, createCrudRepository, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { expenseRepository, type Expense } from '../expenses';
import { maintenanceRepository } from './repository';

export const maintenancePlanRepository = createCrudRepository({
  table: 'maintenancePlans',
  schema: maintenancePlanSchema,
  draftSchema: maintenancePlanDraftSchema,
  noun: 'maintenance plan',
  label: (p) => p.name,
  compare: (a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt),
});

const PLAN_TABLES: readonly TableName[] = ['maintenancePlans', 'equipment', 'equipmentMeters', 'auditLog'];
/** Mark done writes the plan, the log, the expense (with its aggregate) and the audit log together. */
export const MARK_DONE_TABLES: readonly TableName[] = [
  'maintenancePlans',
  'maintenance',
  'equipment',
  'equipmentMeters',
  'expenses',
  'expenseTotals',
  'auditLog',
];

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

async function requireLiveEquipment(db: BackdeskDb, equipmentId: string) {
  const eq = await db.equipment.get(equipmentId);
  if (!eq || eq.deletedAt !== null) throw new RecordNotFoundError('equipment', equipmentId);
  return eq;
}

/** A plan's meter must be a live meter of the same item. */
async function checkPlanMeter(db: BackdeskDb, equipmentId: string, meterId: string | undefined): Promise<void> {
  if (!meterId) return;
  const meter = await db.equipmentMeters.get(meterId);
  if (!meter || meter.deletedAt !== null || meter.equipmentId !== equipmentId) throw new Error('Choose one of this item’s meters for the plan.');
}

export async function createMaintenancePlan(draft: MaintenancePlanDraft, db: BackdeskDb = getDb()): Promise<MaintenancePlan> {
  const plan = maintenancePlanRepository.build(draft);
  await writeTransaction(db, PLAN_TABLES, async () => {
    const eq = await requireLiveEquipment(db, plan.equipmentId);
    await checkPlanMeter(db, plan.equipmentId, plan.meterId);
    await db.maintenancePlans.add(plan);
    await db.auditLog.add(auditEntry('maintenancePlans', plan.id, 'create', `Added maintenance plan ${quote(plan.name)} to ${quote(eq.name)}`, plan.createdAt));
  });
  return plan;
}

/**
 * Edits a plan: `undefined` or '' clears an optional field (e.g. a plan no longer counted by
 * meter). The item and the plan's `lastDone` state are not edited here.
 */
export async function updateMaintenancePlan(
  id: string,
  patch: Partial<Omit<MaintenancePlanDraft, 'equipmentId' | 'lastDone'>>,
  db: BackdeskDb = getDb(),
): Promise<MaintenancePlan> {
  const { equipmentId: _e, lastDone: _l, ...safe } = patch as Partial<MaintenancePlanDraft>;
  return writeTransaction(db, PLAN_TABLES, async () => {
    const existing = await maintenancePlanRepository.require(id, db);
    const meterId = 'meterId' in safe ? safe.meterId : existing.meterId;
    await checkPlanMeter(db, existing.equipmentId, meterId || undefined);
    return maintenancePlanRepository.update(id, safe, db);
  });
}

/** Pauses a plan: it is never listed as due until resumed. */
export function pauseMaintenancePlan(id: string, db: BackdeskDb = getDb()): Promise<MaintenancePlan> {
  return maintenancePlanRepository.update(id, { active: false }, db);
}

export function resumeMaintenancePlan(id: string, db: BackdeskDb = getDb()): Promise<MaintenancePlan> {
  return maintenancePlanRepository.update(id, { active: true }, db);
}

export function deleteMaintenancePlan(id: string, db: BackdeskDb = getDb()): Promise<void> {
  return maintenancePlanRepository.softDelete(id, db);
}

export interface PlanWithDue {
  plan: MaintenancePlan;
  due: DueResult;
  /** The plan's meter, when it counts one. */
  meter?: Meter;
  /** False when the plan is paused. */
  active: boolean;
}

/**
 * An item's live plans by name, each with its next due date or meter value and status as of
 * `asOf`; `formatDate` writes the dates in the reason text (default YYYY-MM-DD).
 */
export async function listMaintenancePlans(
  equipmentId: string,
  db: BackdeskDb = getDb(),
  asOf: string = todayDate(),
  options: { formatDate?: DateFormatter } = {},
): Promise<PlanWithDue[]> {
  const [plans, meters] = await Promise.all([
    db.maintenancePlans.where('equipmentId').equals(equipmentId).toArray(),
    db.equipmentMeters.where('equipmentId').equals(equipmentId).toArray(),
  ]);
  const byId = new Map(meters.map((m) => [m.id, m]));
  return plans
    .filter((p) => p.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt))
    .map((plan) => {
      const meter = plan.meterId ? byId.get(plan.meterId) : undefined;
      const due = nextDue(plan, {
        today: asOf,
        ...(meter?.lifetimeValue !== undefined ? { currentMeter: meter.lifetimeValue } : {}),
        ...(meter ? { meterUnit: METER_UNIT_LABELS[meter.unit] } : {}),
        ...(options.formatDate ? { formatDate: options.formatDate } : {}),
      });
      return { plan, due, ...(meter ? { meter } : {}), active: plan.active !== false };
    });
}

export interface MarkPlanDoneInput {
  planId: string;
  date: string;
  /**
   * What the plan's meter showed when the work was done. It is turned into the lifetime scale
   * the plan counts in (the meter's lifetime value plus the difference from its last reading),
   * so a replaced meter does not reset the plan.
   */
  meterReading?: number;
  checklistDone?: string[];
  costCents?: number;
  performedBy?: string;
  vendorId?: string;
  /** The log line; default the plan's name. */
  description?: string;
  /** Creates an Expense of `costCents` in this budget category (optional category). */
  createExpense?: { categoryId?: string };
  /** Writes the dates in a refusal ("The date (…) is before …"); default YYYY-MM-DD. */
  formatDate?: DateFormatter;
}

export interface MarkPlanDoneResult {
  plan: MaintenancePlan;
  record: Maintenance;
  expense?: Expense;
}

/** The lifetime-scale value of a reading of `meter` (what the plans count in). */
export function meterLifetimeForReading(meter: Pick<Meter, 'lastValue' | 'lifetimeValue'> | undefined, reading: number): number {
  if (!meter || meter.lastValue === undefined || meter.lifetimeValue === undefined) return reading;
  return Math.max(0, meter.lifetimeValue + (reading - meter.lastValue));
}

/**
 * Records the plan's work as done, all in ONE transaction: the maintenance log row, the plan's
 * new `lastDone` state and, when asked, an Expense of the cost ("<plan> — <item>") linked
 * from the log row. Any failure leaves nothing written.
 */
export async function markMaintenancePlanDone(input: MarkPlanDoneInput, db: BackdeskDb = getDb()): Promise<MarkPlanDoneResult> {
  return writeTransaction(db, MARK_DONE_TABLES, async () => {
    const plan = await maintenancePlanRepository.require(input.planId, db);
    const eq = await requireLiveEquipment(db, plan.equipmentId);
    const meter = plan.meterId ? await db.equipmentMeters.get(plan.meterId) : undefined;
    const meterValue = input.meterReading !== undefined && Number.isFinite(input.meterReading) ? meterLifetimeForReading(meter, input.meterReading) : undefined;
    if (input.meterReading !== undefined && (!Number.isFinite(input.meterReading) || input.meterReading < 0))
      throw new Error('A meter reading is a number of at least 0.');
    const done = { date: input.date, ...(meterValue !== undefined ? { meterValue } : {}) };
    const problem = validateMarkDone(plan, done, input.formatDate);
    if (problem) throw new Error(problem);
    const costCents = input.costCents ?? 0;
    if (input.createExpense && !(costCents > 0)) throw new Error('Enter the cost to create an expense.');

    const draft = maintenanceRecordForDone(plan, {
      ...done,
      costCents,
      ...(input.performedBy?.trim() ? { performedBy: input.performedBy.trim() } : {}),
      ...(input.vendorId ? { vendorId: input.vendorId } : {}),
      ...(input.checklistDone ? { checklistDone: input.checklistDone } : {}),
      ...(input.description ? { description: input.description } : {}),
    });

    let expense: Expense | undefined;
    if (input.createExpense) {
      // The expenses repository's own transaction nests inside this one (its tables are a subset).
      expense = await expenseRepository.create(
        {
          date: input.date,
          description: `${plan.name} — ${eq.name}`.slice(0, 300),
          amountCents: costCents,
          ...(input.createExpense.categoryId ? { categoryId: input.createExpense.categoryId } : {}),
          ...(draft.vendorId ? { vendorId: draft.vendorId } : {}),
          status: 'approved',
        },
        db,
      );
    }

    const record = maintenanceRepository.build({ ...draft, ...(expense ? { expenseId: expense.id } : {}) });
    await db.maintenance.add(record);
    await db.auditLog.add(
      auditEntry(
        'maintenance',
        record.id,
        'create',
        `Maintenance plan ${quote(plan.name)} done on ${record.date} for ${quote(eq.name)}${meterValue !== undefined ? ` at ${fmt(meterValue)}` : ''}${expense ? ' (expense created)' : ''}`,
        record.createdAt,
      ),
    );
    const lastDone = markDone(plan, done);
    const updated: MaintenancePlan = maintenancePlanSchema.parse({ ...plan, lastDone, updatedAt: record.createdAt });
    await db.maintenancePlans.put(updated);
    return { plan: updated, record, ...(expense ? { expense } : {}) };
  });
}

export interface DueMaintenanceRow extends DueMaintenanceEntry {
  equipmentName: string;
  assetTag?: string;
  vendorId?: string;
  meterId?: string;
}

/**
 * Overdue and due plans across all items (`dueMaintenance`): overdue, due by time on or before
 * `until` (default today), or due soon by meter; with the item's name and asset tag. The
 * Dashboard's "maintenance due this week" passes until = today + 6. `formatDate` writes the
 * dates in the reason text (default YYYY-MM-DD).
 */
export async function listDueMaintenance(
  options: { today: string; until?: string; formatDate?: DateFormatter },
  db: BackdeskDb = getDb(),
): Promise<DueMaintenanceRow[]> {
  const plans = (await db.maintenancePlans.toArray()).filter((p) => p.deletedAt === null && p.active !== false);
  if (plans.length === 0) return [];
  const equipmentIds = [...new Set(plans.map((p) => p.equipmentId))];
  const meterIds = [...new Set(plans.flatMap((p) => (p.meterId ? [p.meterId] : [])))];
  const [equipment, meters] = await Promise.all([db.equipment.bulkGet(equipmentIds), db.equipmentMeters.bulkGet(meterIds)]);
  const items = equipment.filter((e) => e !== undefined);
  const meterValues = new Map<string, number>();
  const meterUnits = new Map<string, string>();
  for (const m of meters) {
    if (!m || m.deletedAt !== null) continue;
    if (m.lifetimeValue !== undefined) meterValues.set(m.id, m.lifetimeValue);
    meterUnits.set(m.id, METER_UNIT_LABELS[m.unit]);
  }
  const entries = dueMaintenance({
    plans,
    equipment: items,
    meterValues,
    meterUnits,
    today: options.today,
    ...(options.until ? { until: options.until } : {}),
    ...(options.formatDate ? { formatDate: options.formatDate } : {}),
  });
  const itemById = new Map(items.map((e) => [e.id, e]));
  const planById = new Map(plans.map((p) => [p.id, p]));
  return entries.map((entry) => {
    const eq = itemById.get(entry.equipmentId)!;
    const plan = planById.get(entry.planId)!;
    return {
      ...entry,
      equipmentName: eq.name,
      ...(eq.assetTag ? { assetTag: eq.assetTag } : {}),
      ...(plan.vendorId ? { vendorId: plan.vendorId } : {}),
      ...(plan.meterId ? { meterId: plan.meterId } : {}),
    };
  });
}
