/**
 * The app's modules in sidebar order: one list drives the sidebar, the router, the command
 * palette's "Go to" commands and the empty states, so a module is added in one place.
 */
import {
  Boxes,
  Briefcase,
  CalendarDays,
  CheckSquare,
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
  | 'documents'
  | 'tasks'
  | 'settings';

export interface ModuleInfo {
  id: ModuleId;
  label: string;
  icon: LucideIcon;
  /** What the module holds, in the words of the person who uses it. */
  purpose: string;
  /** Shown while the module's screens are not built yet: what they will let you do. */
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
    label: 'Inventory',
    icon: Boxes,
    purpose: 'Office supplies counted against what the office needs.',
    comingSoon: [
      'Stock kept as a ledger of receipts, issues, adjustments and counts',
      'Printable count sheets and a fast keyboard count screen',
      'A reorder list with suggested quantities, days of cover and order-by dates',
    ],
  },
  {
    id: 'purchasing',
    label: 'Purchasing',
    icon: ShoppingCart,
    purpose: 'Purchase orders from draft to received, printed on order forms.',
    comingSoon: [
      'One draft order per vendor from the reorder list',
      'Printed order forms on your letterhead',
      'Partial and full receiving that adds stock in one step',
    ],
  },
  {
    id: 'vendors',
    label: 'Vendors',
    icon: Truck,
    purpose: 'The suppliers the office buys from, with contacts, terms and lead times.',
    comingSoon: ['A vendor page with its items, orders and spend', 'Ratings and payment terms'],
  },
  {
    id: 'equipment',
    label: 'Equipment',
    icon: Printer,
    purpose: 'Printers, computers and machines with their usage, warranties and repairs.',
    comingSoon: ['Maintenance and repair history per machine', 'Warranty and service reminders'],
  },
  {
    id: 'budget',
    label: 'Budget',
    icon: PiggyBank,
    purpose: 'The office budget for the year against what was really spent.',
    comingSoon: [
      'A budget per fiscal year by category and month',
      'Budget against actual charts and a year-end forecast',
    ],
  },
  {
    id: 'expenses',
    label: 'Expenses',
    icon: Receipt,
    purpose: 'Every cost with its receipt, and the vendor invoices to pay.',
    comingSoon: [
      'Fast keyboard entry of expenses with receipts',
      'Invoices due in the next 14 days',
      'Import of bank and card exports',
    ],
  },
  {
    id: 'recruiting',
    label: 'Recruiting',
    icon: Briefcase,
    purpose: 'Open positions and candidates from resume to offer.',
    comingSoon: [
      'A pipeline board you can drag or move with the keyboard',
      'Interviews on the calendar with clash warnings',
    ],
  },
  {
    id: 'people',
    label: 'People',
    icon: Users,
    purpose: 'The staff directory and the confidential employee file.',
    comingSoon: [
      'Directory and organisation view by department',
      'Training, disciplinary and termination records kept confidential',
    ],
  },
  {
    id: 'calendar',
    label: 'Calendar',
    icon: CalendarDays,
    purpose: 'Managers’ diaries, meetings and travel.',
    comingSoon: ['Day, week and month views', 'Travel itineraries and calendar file import'],
  },
  {
    id: 'calls',
    label: 'Calls',
    icon: PhoneCall,
    purpose: 'The call log and “while you were out” messages.',
    comingSoon: ['Quick call entry with follow-ups', 'Printed message slips'],
  },
  {
    id: 'documents',
    label: 'Documents',
    icon: FileText,
    purpose: 'Memos, letters and reports, printed on the letterhead and kept in a register.',
  },
  {
    id: 'tasks',
    label: 'Tasks',
    icon: CheckSquare,
    purpose: 'Errands and to-dos for the back office.',
    comingSoon: ['Due dates, priorities and who it is for', 'A checklist for the day'],
  },
  {
    id: 'settings',
    label: 'Settings',
    icon: Settings,
    purpose: 'The company profile used on letterheads, money and dates; appearance; your data.',
  },
];

export function moduleById(id: string): ModuleInfo | undefined {
  return MODULES.find((m) => m.id === id);
}
