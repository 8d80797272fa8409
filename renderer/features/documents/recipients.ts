/**
 * Who a letter can go to: vendors, employees and candidates, read through their features'
 * public surfaces and reduced to the Recipient shape the placeholders understand. Used for a
 * single letter's "address to" choice and for mail-merge lists.
 */
import type { Recipient } from '../../../shared/documents';
import type { RecipientKind } from '../../../shared/documents/templates/placeholders';
import { formatDate } from '../../../shared/lib/dates';
import type { BackdeskDb } from '../../db';
import { CANDIDATE_STAGES, type CandidateStage, candidateRepository } from '../recruiting';
import { employeeRepository } from '../people';
import { purchaseOrderRepository } from '../purchasing';
import { vendorRepository } from '../vendors';

export interface RecipientRecord extends Recipient {
  /** Where it came from, so a document can link back to it. */
  table: 'vendors' | 'employees' | 'candidates';
  id: string;
}

/** The kind of record a list holds: its fields are the ones the editor offers to insert. */
export function recipientKindOf(list: RecipientListKind): RecipientKind {
  return list.kind === 'employees' ? 'employee' : list.kind === 'candidates' ? 'candidate' : 'vendor';
}

export type RecipientListKind =
  | { kind: 'vendors-open-orders' }
  | { kind: 'vendors' }
  | { kind: 'employees' }
  | { kind: 'candidates'; stage: CandidateStage };

export const RECIPIENT_LISTS: { value: string; label: string; list: RecipientListKind }[] = [
  { value: 'vendors-open-orders', label: 'Vendors with an open order', list: { kind: 'vendors-open-orders' } },
  { value: 'vendors', label: 'All vendors', list: { kind: 'vendors' } },
  { value: 'employees', label: 'All current employees', list: { kind: 'employees' } },
  ...CANDIDATE_STAGES.map((stage) => ({
    value: `candidates-${stage}`,
    label: `Candidates at stage: ${stage}`,
    list: { kind: 'candidates', stage } as RecipientListKind,
  })),
];

// Orders still waiting for goods: sent to the vendor and not yet fully received.
const OPEN_ORDER_STATUSES = new Set(['ordered', 'partially-received']);

/**
 * The recipients on a list, with the fields of their kind of record (a vendor's open orders,
 * account number and terms; an employee's job title, department and start date; a
 * candidate's stage and application date) formatted for print in `locale`.
 */
export async function loadRecipients(list: RecipientListKind, db?: BackdeskDb, locale = 'en-US'): Promise<RecipientRecord[]> {
  const day = (date: string | null | undefined) => (date ? formatDate(date, locale, 'long') : null);
  switch (list.kind) {
    case 'vendors':
    case 'vendors-open-orders': {
      const [vendors, orders] = await Promise.all([vendorRepository.list(db), purchaseOrderRepository.list(db)]);
      const open = new Map<string, string[]>();
      for (const o of orders) {
        if (!OPEN_ORDER_STATUSES.has(o.status)) continue;
        open.set(o.vendorId, [...(open.get(o.vendorId) ?? []), o.number]);
      }
      return vendors
        .filter((v) => list.kind === 'vendors' || open.has(v.id))
        .map((v) => ({
          table: 'vendors',
          id: v.id,
          name: v.name,
          contact: v.contactName ?? null,
          address: v.address ?? null,
          email: v.email ?? null,
          phone: v.phone ?? null,
          fields: {
            'vendor.accountNumber': v.accountNumber ?? null,
            'vendor.paymentTerms': v.paymentTerms ?? null,
            'vendor.openOrders': (open.get(v.id) ?? []).sort().join(', ') || null,
          },
        }));
    }
    case 'employees': {
      const employees = await employeeRepository.list(db);
      return employees
        .filter((e) => e.status !== 'left')
        .map((e) => ({
          table: 'employees',
          id: e.id,
          name: e.name,
          contact: e.name,
          email: e.email ?? null,
          phone: e.phone ?? null,
          fields: { 'employee.title': e.title ?? null, 'employee.department': e.department ?? null, 'employee.startDate': day(e.startDate) },
        }));
    }
    case 'candidates': {
      const candidates = await candidateRepository.list(db);
      return candidates
        .filter((c) => c.stage === list.stage)
        .map((c) => ({
          table: 'candidates',
          id: c.id,
          name: c.name,
          contact: c.name,
          email: c.email,
          phone: c.phone ?? null,
          fields: { 'candidate.stage': c.stage, 'candidate.appliedDate': day(c.appliedDate) },
        }));
    }
  }
}

/** Everyone a single letter could be addressed to, grouped for a picker. */
export async function loadAllRecipients(): Promise<RecipientRecord[]> {
  const [vendors, employees, candidates] = await Promise.all([
    loadRecipients({ kind: 'vendors' }),
    loadRecipients({ kind: 'employees' }),
    candidateRepository.list(),
  ]);
  return [
    ...vendors,
    ...employees,
    ...candidates.map((c) => ({ table: 'candidates' as const, id: c.id, name: c.name, contact: c.name, email: c.email, phone: c.phone ?? null })),
  ];
}
