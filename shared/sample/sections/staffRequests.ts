/**
 * Staff requests (issue 17.1, 17.7): eighteen requests in every state, numbered REQ-0001… in the
 * order they came in — new ones (two overdue), waiting ones, in progress and closed — each
 * triaged the way the office would: into a task (one open, one done; the tasks made here, linked
 * back to the request), a repair (the front desk printer's open repair and the plotter's fixed
 * one, from the Equipment section), a purchase request (one waiting for approval, one declined
 * with its reason, one ordered, from the Purchase requests section), an answer (closed), or
 * declined by the office with a reason. One asker is a visitor, written by name. A request
 * linked to work has the status that work gives it (shared/domain/staffRequests requestAfterWork).
 * Pure: ids and times come from the context, nothing else.
 *
 * The lead adds `staffRequests` and `tasks` to their tables and puts `updatedPurchaseRequests`
 * in place of the purchase requests with the same ids (they gain `staffRequestId`).
 */
import { addDays } from '../../lib/dates';
import type { Equipment, PurchaseRequest, Repair, StaffRequest, Task } from '../../domain';
import {
  nextRequestNumber,
  purchaseWorkState,
  repairWorkState,
  requestAfterWork,
  taskWorkState,
  type LinkedWork,
  type RequestKind,
  type RequestStatus,
  type RequestUrgency,
} from '../../domain/staffRequests';
import { compact, instant, type SampleContext } from '../context';

export interface SampleStaffRequestsInput {
  /** Employee id by the sample's key ('grace', 'tomas'…). */
  emp: (key: string) => string;
  /** The register (to find the front desk printer HL-0003 and the plotter HL-0001). */
  equipment: readonly Pick<Equipment, 'id' | 'assetTag'>[];
  /** The Equipment section's repairs: the open one of HL-0003 and the fixed one of HL-0001 are linked. */
  equipmentRepairs: readonly Repair[];
  /** The Purchase requests section's requests: one pending, the declined and the ordered one are linked (when present). */
  purchaseRequests: readonly PurchaseRequest[];
}

export interface SampleStaffRequests {
  staffRequests: StaffRequest[];
  /** Tasks made from requests (linkedTable 'staffRequests'). */
  tasks: Task[];
  /** Purchase requests that came from a staff request (replace those with the same ids). */
  updatedPurchaseRequests: PurchaseRequest[];
}

type Triage =
  | { to: 'task'; title: string; assignee: string; dueIn: number; done?: number }
  | { to: 'repair'; tag: string; open: boolean }
  | { to: 'purchase'; pick: 'pending' | 'declined' | 'ordered' }
  | { to: 'answer'; answer: string; after: number }
  | { to: 'declined'; reason: string; after: number }
  | { to: 'waiting' };

interface Seed {
  what: string;
  kind: RequestKind;
  urgency: RequestUrgency;
  /** An employee's key, or a typed name (a visitor). */
  who: { emp: string } | { name: string };
  where?: string;
  details?: string;
  daysAgo: number;
  triage?: Triage;
}

const SEEDS: Seed[] = [
  { what: 'Whiteboard markers in meeting room 1 are all dry', kind: 'supplies', urgency: 'low', who: { emp: 'noah' }, where: 'Meeting room 1', daysAgo: 0 },
  { what: 'Key for the supply cupboard', kind: 'access', urgency: 'high', who: { emp: 'sofia' }, where: 'Reception', details: 'Starting on the front desk Monday; need to restock paper.', daysAgo: 1 },
  { what: 'Laptop will not connect to the meeting room projector', kind: 'it', urgency: 'urgent', who: { emp: 'david' }, where: 'Meeting room 2', details: 'HDMI adapter shows no signal; client presentation on Thursday.', daysAgo: 3 },
  { what: 'Light flickers above desk 7', kind: 'facilities', urgency: 'normal', who: { emp: 'priya' }, where: 'Studio, desk 7', daysAgo: 7 },
  { what: 'Kitchen tap keeps dripping', kind: 'facilities', urgency: 'normal', who: { emp: 'hannah' }, where: 'Kitchen', details: 'Landlord’s plumber asked to call back with a time.', daysAgo: 9, triage: { to: 'waiting' } },
  { what: 'A headset for client calls', kind: 'it', urgency: 'low', who: { emp: 'liam' }, daysAgo: 4, triage: { to: 'waiting' } },
  { what: 'Move the old bookshelf out of meeting room 2', kind: 'facilities', urgency: 'normal', who: { emp: 'margaret' }, where: 'Meeting room 2', daysAgo: 5, triage: { to: 'task', title: 'Move the bookshelf from meeting room 2 to storage', assignee: 'tomas', dueIn: 2 } },
  { what: 'A desk and chair for the new intern', kind: 'facilities', urgency: 'high', who: { emp: 'elena' }, where: 'Studio, desk 12', daysAgo: 20, triage: { to: 'task', title: 'Set up desk 12 for the intern', assignee: 'grace', dueIn: -16, done: -17 } },
  { what: 'Front desk printer smears every page', kind: 'repair', urgency: 'high', who: { emp: 'grace' }, where: 'Front desk', details: 'Grinding noise from the back too.', daysAgo: 3, triage: { to: 'repair', tag: 'HL-0003', open: true } },
  { what: 'Plotter prints come out banded', kind: 'repair', urgency: 'urgent', who: { emp: 'jonas' }, where: 'Plot room', daysAgo: 23, triage: { to: 'repair', tag: 'HL-0001', open: false } },
  { what: 'A pen display for detailed drawings', kind: 'purchase', urgency: 'normal', who: { emp: 'david' }, daysAgo: 6, triage: { to: 'purchase', pick: 'pending' } },
  { what: 'A standing desk', kind: 'purchase', urgency: 'low', who: { emp: 'noah' }, details: 'Back trouble; the physio recommends standing part of the day.', daysAgo: 18, triage: { to: 'purchase', pick: 'declined' } },
  { what: 'A second monitor', kind: 'purchase', urgency: 'normal', who: { emp: 'marcus' }, daysAgo: 15, triage: { to: 'purchase', pick: 'ordered' } },
  { what: 'Where is the guest Wi-Fi password?', kind: 'it', urgency: 'normal', who: { name: 'Dana Whitfield (Bayside Builders, visiting)' }, where: 'Meeting room 1', daysAgo: 2, triage: { to: 'answer', answer: 'On the card at reception; it changes on the first of each month.', after: 0 } },
  { what: 'Can I book the large meeting room every Friday morning?', kind: 'other', urgency: 'low', who: { emp: 'benjamin' }, daysAgo: 12, triage: { to: 'answer', answer: 'Yes: booked as a weekly event in the Calendar from next Friday.', after: 1 } },
  { what: 'Cleaner to come twice a week instead of once', kind: 'facilities', urgency: 'normal', who: { emp: 'aisha' }, daysAgo: 26, triage: { to: 'answer', answer: 'Agreed with the cleaning company from the first of the month.', after: 4 } },
  { what: 'A parking space for a second car', kind: 'access', urgency: 'low', who: { emp: 'liam' }, daysAgo: 30, triage: { to: 'declined', reason: 'The lease gives the office four spaces and all are taken; the city garage on Fore St offers monthly passes.', after: 2 } },
  { what: 'Admin rights on my laptop', kind: 'it', urgency: 'normal', who: { emp: 'priya' }, daysAgo: 11, triage: { to: 'declined', reason: 'Office policy: software is installed by Tomas; send him the program’s name.', after: 1 } },
];

/** The sample's staff requests, the tasks made from them, and the purchase requests they link. */
export function generateStaffRequests(ctx: SampleContext, input: SampleStaffRequestsInput): SampleStaffRequests {
  const { today, base, now } = ctx;
  const tagId = (tag: string) => input.equipment.find((e) => e.assetTag === tag)?.id;
  const repairOf = (tag: string, open: boolean) => {
    const id = tagId(tag);
    return input.equipmentRepairs
      .filter((r) => r.equipmentId === id && r.deletedAt === null && !r.fixedOn === open)
      .sort((a, b) => b.reportedOn.localeCompare(a.reportedOn))[0];
  };
  const prs = [...input.purchaseRequests].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const taken = new Set<string>();
  const pickPr = (pick: 'pending' | 'declined' | 'ordered') => prs.find((p) => p.status === pick && !p.staffRequestId && !taken.has(p.id));

  const out: SampleStaffRequests = { staffRequests: [], tasks: [], updatedPurchaseRequests: [] };
  const numbers: string[] = [];
  // Oldest first, so the numbers run in the order the requests came in.
  const seeds = [...SEEDS].sort((a, b) => b.daysAgo - a.daysAgo);
  seeds.forEach((s, i) => {
    const day = addDays(today, -s.daysAgo);
    const b = base(day, 8 * 60 + 40 + ((i * 23) % 420));
    const number = nextRequestNumber(numbers);
    numbers.push(number);
    let status: RequestStatus = 'new';
    let closedAt: string | null = null;
    let triage: StaffRequest['triage'];
    let answer: string | undefined;
    let declineReason: string | undefined;
    let equipmentId: string | undefined;
    let work: LinkedWork | undefined;
    const triagedAt = instant(day, 16 * 60 + (i % 5) * 7);
    const t = s.triage;
    if (t?.to === 'task') {
      const done = t.done !== undefined ? instant(addDays(today, t.done), 15 * 60) : null;
      const task = compact<Task>({
        ...base(day, 16 * 60 + 5),
        title: t.title,
        kind: 'task',
        due: addDays(today, t.dueIn),
        assigneeId: input.emp(t.assignee),
        status: done ? 'done' : 'open',
        priority: s.urgency,
        checklist: [],
        notes: `From request ${number}.${s.where ? `\nWhere: ${s.where}` : ''}`,
        completedAt: done,
        linkedTable: 'staffRequests',
        linkedId: b.id,
      });
      if (done) task.updatedAt = done;
      out.tasks.push(task);
      triage = { kind: 'task', linkedTable: 'tasks', linkedId: task.id, at: triagedAt };
      work = taskWorkState(task);
    } else if (t?.to === 'repair') {
      const repair = repairOf(t.tag, t.open);
      if (repair) {
        equipmentId = repair.equipmentId;
        triage = { kind: 'repair', linkedTable: 'equipmentRepairs', linkedId: repair.id, at: triagedAt };
        work = repairWorkState(repair);
      }
    } else if (t?.to === 'purchase') {
      const pr = pickPr(t.pick);
      if (pr) {
        out.updatedPurchaseRequests.push({ ...pr, staffRequestId: b.id });
        taken.add(pr.id);
        triage = { kind: 'purchase-request', linkedTable: 'purchaseRequests', linkedId: pr.id, at: triagedAt };
        work = purchaseWorkState(pr);
      }
    } else if (t?.to === 'answer') {
      answer = t.answer;
      status = 'done';
      closedAt = instant(addDays(day, t.after), 11 * 60 + i);
      triage = { kind: 'answer', at: closedAt };
    } else if (t?.to === 'declined') {
      status = 'declined';
      declineReason = t.reason;
      closedAt = instant(addDays(day, t.after), 12 * 60 + i);
    } else if (t?.to === 'waiting') {
      status = 'waiting';
    }
    if (work) {
      // Triaged into work: in progress, or where the work has already taken it.
      const after = requestAfterWork({ status: 'in-progress', closedAt: null }, work, now);
      status = after?.status ?? 'in-progress';
      closedAt = after?.closedAt ?? null;
      declineReason = after?.declineReason;
    }
    const touched = closedAt ?? (triage ? triage.at : b.updatedAt);
    out.staffRequests.push(
      compact<StaffRequest>({
        ...b,
        updatedAt: touched < b.createdAt ? b.createdAt : touched,
        number,
        ...('emp' in s.who ? { requesterId: input.emp(s.who.emp) } : { requesterName: s.who.name }),
        kind: s.kind,
        what: s.what,
        where: s.where,
        details: s.details,
        urgency: s.urgency,
        status,
        declineReason,
        answer,
        triage,
        equipmentId,
        attachmentIds: [],
        closedAt: closedAt && closedAt < b.createdAt ? b.createdAt : closedAt,
      }),
    );
  });
  return out;
}
