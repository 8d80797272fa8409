/**
 * Purchase requests (issue 17.2, 17.7): the office's approval rule (above $250.00 Marcus Reed,
 * the operations manager, approves) and seven requests in every state — two above the threshold
 * waiting for Marcus, one approved by him and not yet ordered (a course: free text), one
 * approved and ordered (two monitors, a line on TechPoint's draft purchase order), one declined
 * with its reason (a standing desk, until the office move), and two small ones approved
 * automatically (one linked to a stock item). Pure: ids, times and nothing else come from the
 * context.
 *
 * The lead adds `purchaseRequests` to their table, `approvalSetting` to settings, the new
 * `purchaseOrders` to theirs and puts `updatedPurchaseOrders` in place of the orders with the
 * same ids (a vendor's existing draft gains the ordered request's line: never a second draft).
 */
import { addDays } from '../../lib/dates';
import type { Employee, Item, PurchaseOrder, PurchaseRequest } from '../../domain';
import { APPROVAL_SETTING_KEY, type ApprovalSetting } from '../../domain/purchaseRequests';
import { nextPurchaseOrderNumber } from '../../domain/purchasing';
import { compact, instant, type SampleContext } from '../context';

export interface SamplePurchaseRequestsInput {
  /** Employee id by the sample's key ('marcus', 'sofia'…). */
  emp: (key: string) => string;
  employees: readonly Employee[];
  /** Budget category id by leaf name ('Hardware', 'Training'…). */
  leaf: ReadonlyMap<string, string>;
  /** Vendor id by the sample's key ('tech', 'northeast'). */
  vendorIds: ReadonlyMap<string, string>;
  /** Stock items: a request for one by its name links it. */
  items: readonly Pick<Item, 'id' | 'name' | 'unitCostCents' | 'vendorId'>[];
  /** Every purchase order the office has so far (other sections' too): the ordered request joins its vendor's newest draft, else a new draft takes the next number. */
  purchaseOrders: readonly PurchaseOrder[];
}

export interface SamplePurchaseRequests {
  purchaseRequests: PurchaseRequest[];
  approvalSetting: { id: typeof APPROVAL_SETTING_KEY; value: ApprovalSetting };
  /** A new draft order (when the vendor had none). */
  purchaseOrders: PurchaseOrder[];
  /** Existing drafts with the request's line added (replace the order with the same id). */
  updatedPurchaseOrders: PurchaseOrder[];
}

export const SAMPLE_APPROVAL_THRESHOLD_CENTS = 25_000;

interface Seed {
  description: string;
  item?: string;
  quantity: number;
  unitCents: number;
  category: string;
  requester: string;
  vendor?: string;
  reason: string;
  daysAgo: number;
  outcome: 'pending' | 'auto' | 'approved' | 'declined' | 'ordered';
  decidedDaysAgo?: number;
  declineReason?: string;
}

const SEEDS: Seed[] = [
  {
    description: 'Dell UltraSharp 27-inch 4K monitor',
    quantity: 2,
    unitCents: 28_900,
    category: 'Hardware',
    requester: 'jonas',
    vendor: 'tech',
    reason: 'Second screens for the rendering PC and the loaner desk; the old 22-inch ones show banding.',
    daysAgo: 12,
    outcome: 'ordered',
    decidedDaysAgo: 11,
  },
  {
    description: 'Ergonomic standing desk',
    quantity: 1,
    unitCents: 64_900,
    category: 'Office supplies',
    requester: 'sofia',
    reason: 'Back trouble after long drafting days.',
    daysAgo: 9,
    outcome: 'declined',
    decidedDaysAgo: 8,
    declineReason: 'Every desk at 48 Fore Street is height-adjustable; let us revisit after moving day if that one does not suit.',
  },
  {
    description: 'Whiteboard markers, 4 pack',
    item: 'Whiteboard markers, 4 pack',
    quantity: 3,
    unitCents: 899,
    category: 'Office supplies',
    requester: 'hannah',
    reason: 'The conference room set is dry.',
    daysAgo: 6,
    outcome: 'auto',
  },
  {
    description: 'Revit advanced modelling course (online)',
    quantity: 2,
    unitCents: 42_500,
    category: 'Training',
    requester: 'david',
    reason: 'Priya and Jonas, before the Bayside Hotel project starts in January.',
    daysAgo: 5,
    outcome: 'approved',
    decidedDaysAgo: 4,
  },
  {
    description: 'Wacom Cintiq Pro 22 pen display',
    quantity: 1,
    unitCents: 189_900,
    category: 'Hardware',
    requester: 'sofia',
    vendor: 'tech',
    reason: 'Sketching client revisions directly over the plans; the old tablet no longer charges.',
    daysAgo: 2,
    outcome: 'pending',
  },
  {
    description: 'Conference speakerphone (Jabra Speak2 75)',
    quantity: 1,
    unitCents: 27_900,
    category: 'Internet & phone',
    requester: 'elena',
    vendor: 'tech',
    reason: 'Remote clients cannot hear the far end of the table.',
    daysAgo: 1,
    outcome: 'pending',
  },
  {
    description: 'USB-C charging cables, 2 m',
    quantity: 4,
    unitCents: 1_499,
    category: 'Hardware',
    requester: 'grace',
    reason: 'Reception and the meeting room keep borrowing each other’s.',
    daysAgo: 0,
    outcome: 'auto',
  },
];

export function generatePurchaseRequests(ctx: SampleContext, input: SamplePurchaseRequestsInput): SamplePurchaseRequests {
  const { today, base } = ctx;
  const nameOf = (key: string) => input.employees.find((e) => e.id === input.emp(key))?.name;
  const approverId = input.emp('marcus');
  const approverName = nameOf('marcus') ?? 'Marcus Reed';
  const approvalSetting: SamplePurchaseRequests['approvalSetting'] = { id: APPROVAL_SETTING_KEY, value: { thresholdCents: SAMPLE_APPROVAL_THRESHOLD_CENTS, approverId, approverName } };

  const purchaseRequests: PurchaseRequest[] = [];
  const purchaseOrders: PurchaseOrder[] = [];
  const updatedPurchaseOrders: PurchaseOrder[] = [];

  SEEDS.forEach((s, i) => {
    const created = base(addDays(today, -s.daysAgo), 9 * 60 + 15 + i * 37);
    const item = s.item ? input.items.find((it) => it.name === s.item) : undefined;
    const decidedAt = s.outcome === 'auto' ? created.createdAt : s.decidedDaysAgo !== undefined ? instant(addDays(today, -s.decidedDaysAgo), 10 * 60 + i * 11) : undefined;
    const status = s.outcome === 'auto' ? 'approved' : s.outcome;
    const request = compact<PurchaseRequest>({
      ...created,
      updatedAt: decidedAt ?? created.createdAt,
      number: `PR-${String(i + 1).padStart(4, '0')}`,
      requesterId: input.emp(s.requester),
      requesterName: nameOf(s.requester),
      itemId: item?.id,
      description: s.description,
      quantity: s.quantity,
      estimatedUnitCostCents: item && item.unitCostCents > 0 ? item.unitCostCents : s.unitCents,
      budgetCategoryId: input.leaf.get(s.category),
      vendorId: s.vendor ? input.vendorIds.get(s.vendor) : item?.vendorId,
      reason: s.reason,
      status,
      autoApproved: s.outcome === 'auto',
      decidedBy: s.outcome === 'auto' ? 'Approved automatically' : decidedAt ? approverName : undefined,
      decidedById: s.outcome !== 'auto' && decidedAt ? approverId : undefined,
      decidedAt,
      declineReason: s.declineReason,
    });
    if (s.outcome === 'ordered' && request.vendorId) {
      const line = { id: ctx.newId(), description: request.description, quantity: request.quantity, unitCostCents: request.estimatedUnitCostCents, receivedQuantity: 0 };
      const drafts = input.purchaseOrders.filter((o) => o.vendorId === request.vendorId && o.status === 'draft' && o.deletedAt === null);
      const newest = drafts.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      let order: PurchaseOrder;
      if (newest) {
        order = { ...newest, lines: [...newest.lines, line], updatedAt: decidedAt ?? newest.updatedAt };
        updatedPurchaseOrders.push(order);
      } else {
        const orderDate = addDays(today, -(s.decidedDaysAgo ?? s.daysAgo));
        const year = Number(orderDate.slice(0, 4));
        const taken = input.purchaseOrders.map((o) => o.number);
        const fresh: PurchaseOrder = {
          ...base(orderDate, 10 * 60 + 30),
          number: nextPurchaseOrderNumber(taken, year),
          vendorId: request.vendorId,
          status: 'draft',
          orderDate,
          lines: [line],
          shippingCents: 0,
        };
        order = fresh;
        purchaseOrders.push(fresh);
      }
      request.purchaseOrderId = order.id;
    }
    purchaseRequests.push(request);
  });
  return { purchaseRequests, approvalSetting, purchaseOrders, updatedPurchaseOrders };
}
