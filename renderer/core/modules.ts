/**
 * The app's modules in sidebar order: one list drives the sidebar, the router, the command
 * palette's "Go to" commands and search results, the record counts and the empty states, so a
 * module is added here (and with a `route.tsx` in its feature folder) and nowhere else.
 */
import type { TableName } from '../db/database';
import {
  BarChart3,
  Boxes,
  FolderKanban,
  Inbox,
  Scale,
  Briefcase,
  CalendarDays,
  CheckSquare,
  Contact,
  FileText,
  LayoutDashboard,
  type LucideIcon,
  PhoneCall,
  PiggyBank,
  Printer,
  Receipt,
  Settings,
  ShoppingCart,
  Truck,
  Users,
} from 'lucide-react';

export type ModuleId =
  | 'dashboard'
  | 'inventory'
  | 'purchasing'
  | 'vendors'
  | 'equipment'
  | 'budget'
  | 'expenses'
  | 'recruiting'
  | 'people'
  | 'calendar'
  | 'calls'
  | 'contacts'
  | 'documents'
  | 'tasks'
  | 'requests'
  | 'quotes'
  | 'projects'
  | 'reports'
  | 'settings';

export interface ModuleInfo {
  id: ModuleId;
  /** The tables whose records this module's screens show (search hits link here). */
  tables?: readonly TableName[];
  /** The table counted for the module's badge (its main list). */
  mainTable?: TableName;
  label: string;
  icon: LucideIcon;
  /** What the module holds, in the words of the person who uses it. */
  purpose: string;
  /** Only for a module whose screens are not built yet: what they will let you do. */
  comingSoon?: string[];
}

export const MODULES: readonly ModuleInfo[] = [
  {
    id: 'dashboard',
    label: 'Dashboard',
    icon: LayoutDashboard,
    purpose: 'The day at a glance: supplies to reorder, today’s diary, open errands and calls.',
  },
  {
    id: 'inventory',
    tables: ['items', 'stockMovements'],
    mainTable: 'items',
    label: 'Inventory',
    icon: Boxes,
    purpose: 'Office supplies counted against what the office needs.',
  },
  {
    id: 'purchasing',
    tables: ['purchaseOrders'],
    mainTable: 'purchaseOrders',
    label: 'Purchasing',
    icon: ShoppingCart,
    purpose: 'Purchase orders from draft to received, printed on order forms.',
  },
  {
    id: 'quotes',
    tables: ['rfqs'],
    mainTable: 'rfqs',
    label: 'Quotes',
    icon: Scale,
    purpose: 'Prices asked of several vendors, compared side by side and awarded into a purchase order.',
  },
  {
    id: 'vendors',
    tables: ['vendors'],
    mainTable: 'vendors',
    label: 'Vendors',
    icon: Truck,
    purpose: 'The suppliers the office buys from, with contacts, terms and lead times.',
  },
  {
    id: 'equipment',
    tables: [
      'equipment',
      'maintenance',
      'equipmentHandovers',
      'equipmentMeters',
      'meterReadings',
      'maintenancePlans',
      'equipmentRepairs',
      'equipmentBookings',
      'consumableLinks',
    ],
    mainTable: 'equipment',
    label: 'Equipment',
    icon: Printer,
    purpose: 'Printers, computers and machines: who has them, their meters, maintenance plans, repairs and bookings.',
  },
  {
    id: 'budget',
    tables: ['budgets', 'budgetCategories'],
    mainTable: 'budgetCategories',
    label: 'Budget',
    icon: PiggyBank,
    purpose: 'The office budget for the year against what was really spent.',
  },
  {
    id: 'expenses',
    tables: ['expenses', 'invoices'],
    mainTable: 'expenses',
    label: 'Expenses',
    icon: Receipt,
    purpose: 'Every cost with its receipt, and the vendor invoices to pay.',
  },
  {
    id: 'recruiting',
    tables: ['positions', 'candidates', 'interviews'],
    mainTable: 'candidates',
    label: 'Recruiting',
    icon: Briefcase,
    purpose: 'Open positions and candidates from resume to offer.',
  },
  {
    id: 'people',
    tables: ['employees', 'hrRecords'],
    mainTable: 'employees',
    label: 'People',
    icon: Users,
    purpose: 'The staff directory and the confidential employee file.',
  },
  {
    id: 'calendar',
    tables: ['events', 'rooms', 'diaryProfiles', 'trips', 'reminderDismissals'],
    mainTable: 'events',
    label: 'Calendar',
    icon: CalendarDays,
    purpose: 'Managers’ diaries, meetings, rooms and travel.',
  },
  {
    id: 'calls',
    tables: ['calls'],
    mainTable: 'calls',
    label: 'Calls',
    icon: PhoneCall,
    purpose: 'The call log and “while you were out” messages: who called, what they wanted, who must call back.',
  },
  {
    id: 'contacts',
    tables: ['contacts'],
    mainTable: 'contacts',
    label: 'Contacts',
    icon: Contact,
    purpose: 'The address book of outside people and organisations, linked to vendors, candidates and staff.',
  },
  {
    id: 'documents',
    tables: ['documents'],
    mainTable: 'documents',
    label: 'Documents',
    icon: FileText,
    purpose: 'Memos, letters and reports, printed on the letterhead and kept in a register.',
  },
  {
    id: 'tasks',
    tables: ['tasks'],
    mainTable: 'tasks',
    label: 'Tasks',
    icon: CheckSquare,
    purpose: 'Errands and to-dos for the back office: due dates, who it is for, checklists, repeats.',
  },
  {
    id: 'requests',
    tables: ['staffRequests', 'purchaseRequests'],
    mainTable: 'staffRequests',
    label: 'Requests',
    icon: Inbox,
    purpose: 'What staff ask of the office — supplies, repairs, IT, purchases — triaged, approved and closed.',
  },
  {
    id: 'projects',
    tables: ['projects'],
    mainTable: 'projects',
    label: 'Projects',
    icon: FolderKanban,
    purpose: 'Small projects — an office move, a refit — with milestones, linked work and a budget line.',
  },
  {
    id: 'reports',
    label: 'Reports',
    icon: BarChart3,
    purpose: 'Spend by vendor and category, price trends and request times, as charts that open their lists.',
  },
  {
    id: 'settings',
    tables: ['settings'],
    label: 'Settings',
    icon: Settings,
    purpose: 'The company profile used on letterheads, money and dates; appearance; your data.',
  },
];

export function moduleById(id: string): ModuleInfo | undefined {
  return MODULES.find((m) => m.id === id);
}

/** The module whose screen shows a table's records. */
export const TABLE_MODULE: Partial<Record<TableName, ModuleId>> = Object.fromEntries(
  MODULES.flatMap((m) => (m.tables ?? []).map((table) => [table, m.id])),
);

/** Modules with a main list, and that list's table: what the sidebar counts. */
export const MODULE_MAIN_TABLE: Partial<Record<ModuleId, TableName>> = Object.fromEntries(
  MODULES.flatMap((m) => (m.mainTable ? [[m.id, m.mainTable]] : [])),
);
