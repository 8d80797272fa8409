/**
 * The repair log of an item (issue 12.5): reporting a problem puts the item "under repair";
 * marking it done records who fixed it, books the cost as an Expense in the chosen budget
 * category (or links an existing one) and issues the parts from Inventory through the stock
 * ledger — the repair, the expense, the stock movements and the item's status in ONE
 * transaction, so either all of it is saved or none. Cost of ownership and the "replace it"
 * flag are read from the same log (rules in shared/domain/equipmentRepairs).
 */
import { z } from 'zod';
import {
  REPAIR_FIXERS,
  downtimeDays,
  flagForReplacement,
  isRepairOpen,
  repairDraftSchema,
  repairPartSchema,
  repairSchema,
  totalCostOfOwnership,
  type CostOfOwnership,
  type Repair,
  type RepairDraft,
  type RepairPart,
  type ReplacementFlag,
} from '../../../shared/domain/equipmentRepairs';
import { endOfExpectedLife, isOutOfService, isPastExpectedLife, type Equipment, type EquipmentStatus } from '../../../shared/domain/equipment';
import { statusAfterHandover } from '../../../shared/domain/equipmentLedger';
import { idSchema, isoDateSchema, nonNegativeCentsSchema, optionalText } from '../../../shared/domain/common';
import { nowIso, today as todayIso } from '../../../shared/lib/dates';
import { getDb, type BackdeskDb } from '../../db';
import type { TableName } from '../../db/database';
import { auditEntry, createCrudRepository, parseOrThrow, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { expenseRepository, type Expense } from '../expenses';
import { InsufficientStockError, STOCK_TABLES, planStockMovement, writePlannedMovements, type Item, type PlannedMovement } from '../inventory';
import { listMaintenance } from './repository';

export { REPAIR_FIXERS, downtimeDays, isRepairOpen, type Repair, type RepairDraft, type RepairPart, type ReplacementFlag };

export const equipmentRepairRepository = createCrudRepository({
  table: 'equipmentRepairs',
  schema: repairSchema,
  draftSchema: repairDraftSchema,
  noun: 'repair',
  label: (r) => r.problem,
  compare: (a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.createdAt.localeCompare(a.createdAt),
});

/** Every table a repair write may touch: the log, the item, its holder, the expense and the stock ledger. */
const REPAIR_TABLES: readonly TableName[] = [
  'equipmentRepairs',
  'equipment',
  'equipmentHolders',
  'budgetCategories',
  'expenses',
  'expenseTotals',
  'auditLog',
  ...STOCK_TABLES,
];

const byNewest = (a: Repair, b: Repair) =>
  b.reportedOn.localeCompare(a.reportedOn) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** Live repairs of one item, newest report first (open and past). */
export async function listEquipmentRepairs(equipmentId: string, db: BackdeskDb = getDb()): Promise<Repair[]> {
  const rows = await db.equipmentRepairs.where('equipmentId').equals(equipmentId).toArray();
  return rows.filter((r) => r.deletedAt === null).sort(byNewest);
}

/** Live repairs not fixed yet, across the register, oldest report first. */
export async function listOpenEquipmentRepairs(db: BackdeskDb = getDb()): Promise<Repair[]> {
  const rows = await db.equipmentRepairs.orderBy('reportedOn').toArray();
  return rows.filter((r) => isRepairOpen(r));
}

async function requireLiveEquipment(db: BackdeskDb, id: string): Promise<Equipment> {
  const eq = await db.equipment.get(id);
  if (!eq || eq.deletedAt !== null) throw new RecordNotFoundError('equipment', id);
  return eq;
}

/** The status an item goes back to when its last open repair is done. */
async function statusAfterRepair(db: BackdeskDb, equipmentId: string): Promise<EquipmentStatus> {
  const holder = await db.equipmentHolders.get(equipmentId);
  return holder ? statusAfterHandover({ kind: 'check-out', dueBack: holder.dueBack }) : 'in-use';
}

async function setStatus(db: BackdeskDb, eq: Equipment, status: EquipmentStatus, why: string, at: string): Promise<Equipment> {
  if (eq.status === status) return eq;
  const next: Equipment = { ...eq, status, updatedAt: at };
  await db.equipment.put(next);
  await db.auditLog.add(auditEntry('equipment', eq.id, 'update', `${quote(eq.name)} is now ${statusWord(status)} (${why})`, at));
  return next;
}

function statusWord(status: EquipmentStatus): string {
  const words: Record<EquipmentStatus, string> = {
    'in-use': 'in use',
    'in-storage': 'in store',
    'lent-out': 'lent out',
    'in-repair': 'under repair',
    retired: 'retired',
    disposed: 'disposed of',
  };
  return words[status];
}

/** What reporting a problem takes: who, what, when (the fix is recorded later). */
export type RepairReport = Pick<RepairDraft, 'equipmentId' | 'reportedBy' | 'reportedByPersonId' | 'problem' | 'reportedOn' | 'notes'>;

/**
 * Records a problem and puts the item under repair, in one transaction. A retired or
 * disposed item cannot be reported. Nothing else on the item changes: when the repair is done
 * its status is worked out again from who holds it (see completeEquipmentRepair).
 */
export async function reportEquipmentRepair(draft: RepairReport, db: BackdeskDb = getDb()): Promise<Repair> {
  const { equipmentId, reportedBy, reportedByPersonId, problem, reportedOn, notes } = draft;
  const repair = equipmentRepairRepository.build({ equipmentId, reportedBy, reportedByPersonId, problem, reportedOn, notes });
  await writeTransaction(db, ['equipmentRepairs', 'equipment', 'auditLog'], async () => {
    const eq = await requireLiveEquipment(db, repair.equipmentId);
    if (isOutOfService(eq.status)) throw new Error(`${eq.name} is ${statusWord(eq.status)}; a problem cannot be reported on it.`);
    await db.equipmentRepairs.add(repair);
    await db.auditLog.add(auditEntry('equipmentRepairs', repair.id, 'create', `Reported a problem with ${quote(eq.name)}: ${quote(repair.problem)}`, repair.createdAt));
    await setStatus(db, eq, 'in-repair', 'problem reported', repair.createdAt);
  });
  return repair;
}

/** The fields of a repair that can be corrected after the fact (the cost, parts and expense are ledger-bound). */
export type RepairCorrection = Partial<Pick<RepairDraft, 'reportedBy' | 'reportedByPersonId' | 'problem' | 'reportedOn' | 'fixedByName' | 'notes'>>;

/** Corrects who reported it, the problem, the date reported, the in-house fixer's name or the notes. */
export async function updateEquipmentRepair(id: string, patch: RepairCorrection, db: BackdeskDb = getDb()): Promise<Repair> {
  const allowed: (keyof RepairCorrection)[] = ['reportedBy', 'reportedByPersonId', 'problem', 'reportedOn', 'fixedByName', 'notes'];
  const clean: RepairCorrection = {};
  for (const k of allowed) if (k in patch) (clean as Record<string, unknown>)[k] = patch[k];
  return equipmentRepairRepository.update(id, clean, db);
}

export const repairCompletionSchema = z
  .object({
    fixedOn: isoDateSchema,
    fixedBy: z.enum(REPAIR_FIXERS, { error: 'Say who fixed it: a vendor or in house' }),
    vendorId: idSchema.optional(),
    fixedByName: optionalText('Fixed by', 120),
    costCents: nonNegativeCentsSchema.default(0),
    /** Budget category of the expense the cost creates. */
    categoryId: idSchema.optional(),
    /** Link this existing expense instead of creating one. */
    linkExpenseId: idSchema.optional(),
    /** Create an expense for the cost (default: yes when there is a cost and no expense to link). */
    createExpense: z.boolean().optional(),
    parts: z.array(repairPartSchema).max(100, 'At most 100 parts per repair').default([]),
    notes: optionalText('Notes', 4000),
  })
  .superRefine((c, ctx) => {
    if (c.linkExpenseId && c.createExpense)
      ctx.addIssue({ code: 'custom', path: ['linkExpenseId'], message: 'Either create an expense or link an existing one, not both.' });
  });
export type RepairCompletion = z.input<typeof repairCompletionSchema>;

export interface CompletedRepair {
  repair: Repair;
  equipment: Equipment;
  expense?: Expense;
  /** The parts' ledger rows. */
  movements: PlannedMovement['movement'][];
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Marks a repair done, all in one transaction: the fix (date, vendor or in-house name), the
 * cost booked as a new Expense in `categoryId` (or the existing expense `linkExpenseId`
 * linked), the parts issued from stock with a reason naming the repair, and the item back in
 * service (lent out or in use per its current holder) once no other repair is open.
 * Not enough stock for a part refuses the whole thing with a sentence saying which part.
 */
export async function completeEquipmentRepair(id: string, input: RepairCompletion, db: BackdeskDb = getDb()): Promise<CompletedRepair> {
  const c = parseOrThrow('equipmentRepairs', repairCompletionSchema, input);
  return writeTransaction(db, REPAIR_TABLES, async () => {
    const at = nowIso();
    const repair = await db.equipmentRepairs.get(id);
    if (!repair || repair.deletedAt !== null) throw new RecordNotFoundError('equipmentRepairs', id);
    if (repair.fixedOn) throw new Error(`This repair was already marked done on ${repair.fixedOn}.`);
    const eq = await requireLiveEquipment(db, repair.equipmentId);

    const next = parseOrThrow('equipmentRepairs', repairSchema, {
      ...repair,
      fixedOn: c.fixedOn,
      fixedBy: c.fixedBy,
      vendorId: c.fixedBy === 'vendor' ? c.vendorId : undefined,
      fixedByName: c.fixedByName,
      costCents: c.costCents,
      categoryId: c.categoryId,
      parts: c.parts,
      notes: c.notes ?? repair.notes,
      updatedAt: at,
    });

    // Parts: every movement is planned (and refused) before anything is written.
    const reason = clip(`Repair of ${eq.name}: ${repair.problem}`, 500);
    const planned: PlannedMovement[] = [];
    const current = new Map<string, Item | undefined>();
    for (const part of next.parts) {
      const item = current.has(part.itemId) ? current.get(part.itemId) : await db.items.get(part.itemId);
      try {
        const p = planStockMovement(item, { kind: 'issued', itemId: part.itemId, quantity: part.quantity, reason, date: c.fixedOn }, at);
        planned.push(p);
        current.set(part.itemId, p.item);
      } catch (e) {
        if (e instanceof InsufficientStockError) {
          const unit = e.unit;
          throw new Error(
            `Not enough ${e.itemName} in stock for this repair: ${e.onHand} ${unit} on hand, ${e.requested} needed. Nothing was saved; record a receipt or a count first, or use fewer.`,
          );
        }
        if (e instanceof RecordNotFoundError) throw new Error('A part chosen for this repair is no longer in Inventory. Nothing was saved.');
        throw e;
      }
    }

    let expense: Expense | undefined;
    if (c.linkExpenseId) {
      const linked = await db.expenses.get(c.linkExpenseId);
      if (!linked || linked.deletedAt !== null) throw new Error('The expense to link no longer exists. Nothing was saved.');
      const other = await db.equipmentRepairs.filter((r) => r.deletedAt === null && r.expenseId === linked.id && r.id !== repair.id).first();
      if (other) throw new Error(`That expense is already linked to another repair (${clip(other.problem, 60)}).`);
      expense = linked;
    } else if (c.costCents > 0 && c.createExpense !== false) {
      if (c.categoryId) {
        const cat = await db.budgetCategories.get(c.categoryId);
        if (!cat || cat.deletedAt !== null) throw new Error('The budget category chosen no longer exists. Choose another one.');
      }
      expense = await expenseRepository.create(
        {
          date: c.fixedOn,
          description: clip(`Repair: ${eq.name} — ${repair.problem}`, 300),
          amountCents: c.costCents,
          categoryId: c.categoryId,
          vendorId: next.vendorId,
          status: 'approved',
          notes: eq.assetTag ? `Asset ${eq.assetTag}` : undefined,
        },
        db,
      );
    }
    const stored: Repair = expense ? { ...next, expenseId: expense.id } : next;

    await writePlannedMovements(db, planned);
    await db.equipmentRepairs.put(stored);
    await db.auditLog.add(auditEntry('equipmentRepairs', repair.id, 'update', `Repair of ${quote(eq.name)} done on ${c.fixedOn}`, at));

    const othersOpen = await db.equipmentRepairs
      .where('equipmentId')
      .equals(eq.id)
      .filter((r) => r.id !== repair.id && isRepairOpen(r))
      .count();
    const equipment = othersOpen === 0 && eq.status === 'in-repair' ? await setStatus(db, eq, await statusAfterRepair(db, eq.id), 'repair done', at) : eq;
    return { repair: stored, equipment, expense, movements: planned.map((p) => p.movement) };
  });
}

/**
 * Removes a repair reported by mistake (soft delete); a done repair with an expense or parts
 * is history and stays. When no other repair is open the item goes back in service.
 */
export async function deleteEquipmentRepair(id: string, db: BackdeskDb = getDb()): Promise<void> {
  await writeTransaction(db, ['equipmentRepairs', 'equipment', 'equipmentHolders', 'auditLog'], async () => {
    const repair = await db.equipmentRepairs.get(id);
    if (!repair || repair.deletedAt !== null) throw new RecordNotFoundError('equipmentRepairs', id);
    if (!isRepairOpen(repair)) throw new Error('A repair that was done is kept in the history; only an open report can be removed.');
    await equipmentRepairRepository.softDelete(id, db);
    const eq = await db.equipment.get(repair.equipmentId);
    if (!eq || eq.deletedAt !== null || eq.status !== 'in-repair') return;
    const othersOpen = await db.equipmentRepairs
      .where('equipmentId')
      .equals(eq.id)
      .filter((r) => isRepairOpen(r))
      .count();
    if (othersOpen === 0) await setStatus(db, eq, await statusAfterRepair(db, eq.id), 'problem report removed', nowIso());
  });
}

export interface EquipmentCostSummary extends CostOfOwnership {
  /** Whole days out of service over every repair (open ones counted to today). */
  downtimeDays: number;
  repairCount: number;
  openRepairCount: number;
  /** Repeated repairs in the 12 months ending today. */
  replacement: ReplacementFlag;
  /** The day the expected life runs out, and whether it has. */
  endOfLife?: string;
  pastExpectedLife: boolean;
}

/**
 * Total cost of ownership (purchase + repairs + maintenance not recorded as repairs, so a
 * repair is never counted twice), downtime and the replacement flag for one item.
 */
export async function getEquipmentCostOfOwnership(equipmentId: string, db: BackdeskDb = getDb(), today: string = todayIso()): Promise<EquipmentCostSummary> {
  const [eq, repairs, maintenance] = await Promise.all([
    db.equipment.get(equipmentId),
    listEquipmentRepairs(equipmentId, db),
    listMaintenance(equipmentId, db),
  ]);
  if (!eq) throw new RecordNotFoundError('equipment', equipmentId);
  const cost = totalCostOfOwnership({
    purchaseCostCents: eq.purchaseCostCents,
    repairs,
    maintenanceDone: maintenance.filter((m) => m.kind !== 'repair'),
  });
  return {
    ...cost,
    downtimeDays: repairs.reduce((t, r) => t + downtimeDays(r, today), 0),
    repairCount: repairs.length,
    openRepairCount: repairs.filter((r) => isRepairOpen(r)).length,
    replacement: flagForReplacement(repairs, { today }),
    endOfLife: endOfExpectedLife(eq),
    pastExpectedLife: isPastExpectedLife(eq, today),
  };
}

export interface FlaggedForReplacement {
  equipment: Equipment;
  flag: ReplacementFlag;
}

/**
 * Items in service with repeated repairs (3 or more reported in the 12 months ending today),
 * most repairs first.
 */
export async function listEquipmentFlaggedForReplacement(db: BackdeskDb = getDb(), today: string = todayIso()): Promise<FlaggedForReplacement[]> {
  const repairs = await db.equipmentRepairs.toArray();
  const byItem = new Map<string, Repair[]>();
  for (const r of repairs) {
    if (r.deletedAt !== null) continue;
    const list = byItem.get(r.equipmentId);
    if (list) list.push(r);
    else byItem.set(r.equipmentId, [r]);
  }
  const ids = [...byItem.keys()];
  const items = await db.equipment.bulkGet(ids);
  const out: FlaggedForReplacement[] = [];
  items.forEach((eq, i) => {
    if (!eq || eq.deletedAt !== null || isOutOfService(eq.status)) return;
    const flag = flagForReplacement(byItem.get(ids[i]!)!, { today });
    if (flag.flagged) out.push({ equipment: eq, flag });
  });
  return out.sort((a, b) => b.flag.count - a.flag.count || a.equipment.name.localeCompare(b.equipment.name));
}
