/**
 * The one Dexie database (DESIGN §1). Only repositories (renderer/features/<name>/repository.ts)
 * touch its tables.
 *
 * Opening is guarded three ways:
 * - a newer schema (data written by a later Backdesk) is refused with NewerSchemaError and
 *   left untouched. Dexie 4 would otherwise retry the open without a version and use the
 *   newer database as is; we intercept that retry at the IndexedDB factory.
 * - a 'versionchange' from another window closes this connection so that window's upgrade is
 *   never blocked; listeners (the app shell) can then ask the person to reload.
 * - `strictDurability` opens a connection whose transactions commit with
 *   durability 'strict' (imports, restores, the sample office: DESIGN §2 Durability). Dexie
 *   sets durability per connection, not per transaction, hence a separate instance.
 */
import Dexie, { type Table } from 'dexie';
import type {
  Attachment,
  AttachmentBlob,
  AuditLogEntry,
  Budget,
  BudgetCategory,
  CalendarEvent,
  Call,
  Candidate,
  Contact,
  DocumentRecord,
  Employee,
  Equipment,
  EquipmentBooking,
  EquipmentHolder,
  ConsumableLink,
  HandoverEntry,
  MaintenancePlan,
  Meter,
  MeterReading,
  Repair,
  Expense,
  ExpenseTotal,
  HrRecord,
  Interview,
  Invoice,
  Item,
  Maintenance,
  Position,
  PurchaseOrder,
  Setting,
  StockMovement,
  Task,
  Vendor,
  Room,
  DiaryProfile,
  Trip,
  ReminderDismissal,
  ImportBatch,
  StaffRequest,
  PurchaseRequest,
  Rfq,
  Project,
} from '../../shared/domain';
import type { InventoryTotal, ItemUsage } from '../../shared/domain/inventory';
import type { LowStockEntry } from '../../shared/domain/dashboard';
import { NewerSchemaError } from './errors';
import type { SyncConflict, SyncOutboxEntry, SyncRevision } from './sync/types';
import { SCHEMA_VERSION, declareSchema } from './versions';
import { installIndexFieldHooks } from './indexFields';
import { outboxMiddleware } from './sync/outbox';

export interface BackdeskDbOptions {
  /** Commit every transaction with strict durability (slower; for imports and restores). */
  strictDurability?: boolean;
  /** An IndexedDB factory other than the global one (tests). */
  indexedDB?: IDBFactory;
  /** An IDBKeyRange other than the global one (tests). */
  IDBKeyRange?: typeof IDBKeyRange;
}

type Listener = (db: BackdeskDb) => void;
const phoneRegions = new Map<string, string>();
const replacedListeners = new Set<Listener>();

/** Called when another window upgrades or deletes the database and this one closed. */
export function onDatabaseReplaced(listener: Listener): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

/**
 * Wraps the IndexedDB factory so that Dexie's versionless re-open (which it only does after
 * the browser reported VersionError, i.e. the stored version is newer than ours) fails with
 * NewerSchemaError before anything is read or patched.
 */
function guardedFactory(base: IDBFactory, dbName: string): IDBFactory {
  return new Proxy(base, {
    get(target, prop) {
      if (prop === 'open') {
        return (name: string, version?: number) => {
          if (version === undefined && name === dbName) throw new NewerSchemaError(dbName, SCHEMA_VERSION);
          return version === undefined ? target.open(name) : target.open(name, version);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export class BackdeskDb extends Dexie {
  declare items: Table<Item, string>;
  declare stockMovements: Table<StockMovement, string>;
  declare vendors: Table<Vendor, string>;
  declare purchaseOrders: Table<PurchaseOrder, string>;
  declare equipment: Table<Equipment, string>;
  declare maintenance: Table<Maintenance, string>;
  declare equipmentHandovers: Table<HandoverEntry, string>;
  declare equipmentHolders: Table<EquipmentHolder, string>;
  declare equipmentMeters: Table<Meter, string>;
  declare meterReadings: Table<MeterReading, string>;
  declare maintenancePlans: Table<MaintenancePlan, string>;
  declare equipmentRepairs: Table<Repair, string>;
  declare equipmentBookings: Table<EquipmentBooking, string>;
  declare consumableLinks: Table<ConsumableLink, string>;
  declare budgets: Table<Budget, string>;
  declare budgetCategories: Table<BudgetCategory, string>;
  declare expenses: Table<Expense, string>;
  declare expenseTotals: Table<ExpenseTotal, [string, string]>;
  declare inventoryTotals: Table<InventoryTotal, string>;
  declare itemUsage: Table<ItemUsage, [string, string]>;
  declare lowStock: Table<LowStockEntry, string>;
  declare invoices: Table<Invoice, string>;
  declare positions: Table<Position, string>;
  declare candidates: Table<Candidate, string>;
  declare interviews: Table<Interview, string>;
  declare employees: Table<Employee, string>;
  declare hrRecords: Table<HrRecord, string>;
  declare events: Table<CalendarEvent, string>;
  declare rooms: Table<Room, string>;
  declare diaryProfiles: Table<DiaryProfile, string>;
  declare trips: Table<Trip, string>;
  declare reminderDismissals: Table<ReminderDismissal, string>;
  declare calls: Table<Call, string>;
  declare contacts: Table<Contact, string>;
  declare documents: Table<DocumentRecord, string>;
  declare tasks: Table<Task, string>;
  declare attachments: Table<Attachment, string>;
  declare attachmentBlobs: Table<AttachmentBlob, string>;
  declare settings: Table<Setting, string>;
  declare auditLog: Table<AuditLogEntry, string>;
  declare importBatches: Table<ImportBatch, string>;
  declare staffRequests: Table<StaffRequest, string>;
  declare purchaseRequests: Table<PurchaseRequest, string>;
  declare rfqs: Table<Rfq, string>;
  declare projects: Table<Project, string>;
  declare syncOutbox: Table<SyncOutboxEntry, number>;
  declare syncRevs: Table<SyncRevision, string>;
  declare syncConflicts: Table<SyncConflict, string>;

  /**
   * The office's phone region (ISO 3166 alpha-2) the write hooks read nationally written
   * numbers with (renderer/db/indexFields.ts); set from the office profile at startup. Kept
   * per database name, so the strict-durability sibling connection writes the same keys.
   */
  get phoneRegion(): string {
    return phoneRegions.get(this.name) ?? 'US';
  }
  set phoneRegion(region: string) {
    phoneRegions.set(this.name, region);
  }
  readonly strictDurability: boolean;
  /** The options it was made with, so a sibling connection can reuse the same factory. */
  readonly options: Readonly<BackdeskDbOptions>;

  constructor(name = 'backdesk', options: BackdeskDbOptions = {}) {
    const factory = options.indexedDB ?? (Dexie.dependencies.indexedDB as IDBFactory | undefined);
    const keyRange = options.IDBKeyRange ?? (Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange | undefined);
    super(name, {
      ...(factory ? { indexedDB: guardedFactory(factory, name) } : {}),
      ...(keyRange ? { IDBKeyRange: keyRange } : {}),
      chromeTransactionDurability: options.strictDurability ? 'strict' : 'default',
    });
    this.strictDurability = options.strictDurability ?? false;
    this.options = { ...options };
    declareSchema(this);
    installIndexFieldHooks(this);
    // Office sync's outbox (issue 18): a row per replicated write, in the writer's transaction.
    this.use(outboxMiddleware(name));
    this.on('versionchange', () => {
      // Dexie's own handler (registered first) has closed the connection; tell the shell.
      for (const l of replacedListeners) l(this);
    });
  }
}

/** Every table name, for transactions over everything (sample load, reset, restore). */
export const ALL_TABLES = [
  'items',
  'stockMovements',
  'vendors',
  'purchaseOrders',
  'equipment',
  'maintenance',
  'equipmentHandovers',
  'equipmentHolders',
  'equipmentMeters',
  'meterReadings',
  'maintenancePlans',
  'equipmentRepairs',
  'equipmentBookings',
  'consumableLinks',
  'budgets',
  'budgetCategories',
  'expenses',
  'expenseTotals',
  'inventoryTotals',
  'itemUsage',
  'lowStock',
  'invoices',
  'positions',
  'candidates',
  'interviews',
  'employees',
  'hrRecords',
  'events',
  'rooms',
  'diaryProfiles',
  'trips',
  'reminderDismissals',
  'calls',
  'contacts',
  'documents',
  'tasks',
  'attachments',
  'attachmentBlobs',
  'settings',
  'auditLog',
  'importBatches',
  'staffRequests',
  'purchaseRequests',
  'rfqs',
  'projects',
] as const satisfies readonly (keyof BackdeskDb)[];
export type TableName = (typeof ALL_TABLES)[number];

/**
 * This PC's side of office sync (issue 18): not office data, so outside ALL_TABLES (never in a
 * backup, never replicated); a reset clears them with the rest.
 */
export const SYNC_TABLES = ['syncOutbox', 'syncRevs', 'syncConflicts'] as const satisfies readonly (keyof BackdeskDb)[];

/** Tables holding user records (id + timestamps + soft delete). */
export type RecordTableName = Exclude<TableName, 'expenseTotals' | 'inventoryTotals' | 'itemUsage' | 'lowStock' | 'equipmentHolders' | 'attachmentBlobs'>;

export { SCHEMA_VERSION };
