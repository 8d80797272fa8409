/**
 * Which table belongs to which feature (the feature's route name). Search hits and record
 * counts use this to link to the right screen.
 */
import type { TableName } from './database';

export const MODULES = [
  'dashboard',
  'inventory',
  'purchasing',
  'vendors',
  'equipment',
  'budget',
  'expenses',
  'recruiting',
  'people',
  'calendar',
  'calls',
  'documents',
  'tasks',
  'settings',
] as const;
export type ModuleName = (typeof MODULES)[number];

/** The module whose screen shows a table's records. */
export const TABLE_MODULE: Partial<Record<TableName, ModuleName>> = {
  items: 'inventory',
  stockMovements: 'inventory',
  purchaseOrders: 'purchasing',
  vendors: 'vendors',
  equipment: 'equipment',
  maintenance: 'equipment',
  budgets: 'budget',
  budgetCategories: 'budget',
  expenses: 'expenses',
  invoices: 'expenses',
  positions: 'recruiting',
  candidates: 'recruiting',
  interviews: 'recruiting',
  employees: 'people',
  hrRecords: 'people',
  events: 'calendar',
  calls: 'calls',
  documents: 'documents',
  tasks: 'tasks',
  settings: 'settings',
};

/** The table counted for each module's badge (its main list). */
export const MODULE_MAIN_TABLE = {
  inventory: 'items',
  purchasing: 'purchaseOrders',
  vendors: 'vendors',
  equipment: 'equipment',
  budget: 'budgetCategories',
  expenses: 'expenses',
  recruiting: 'candidates',
  people: 'employees',
  calendar: 'events',
  calls: 'calls',
  documents: 'documents',
  tasks: 'tasks',
} as const satisfies Partial<Record<ModuleName, TableName>>;
export type CountedModule = keyof typeof MODULE_MAIN_TABLE;
