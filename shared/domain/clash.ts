/**
 * Interviewer clashes: does a proposed time slot overlap something already on a person's
 * calendar? Pure, so the rule is tested without a database; the calendar repository feeds it
 * events and interviews. A clash is a warning, never a refusal: people double-book on purpose.
 */

export interface BusySlot {
  /** Where the slot came from, for the warning text and to skip the record being edited. */
  source: 'event' | 'interview';
  id: string;
  title: string;
  /** Instants, or 'YYYY-MM-DD' dates for all-day events (end inclusive). */
  start: string;
  end: string;
  allDay?: boolean;
  /** Employee ids taking part. */
  people: readonly string[];
  /** An event written for an interview points at it, so the pair counts once. */
  linkedInterviewId?: string;
}

export interface Clash {
  personId: string;
  slot: BusySlot;
}

/** [start, end) in milliseconds; an all-day slot covers its whole days in local time. */
function span(slot: Pick<BusySlot, 'start' | 'end' | 'allDay'>): [number, number] {
  if (slot.allDay) {
    const s = new Date(`${slot.start}T00:00:00`).getTime();
    const e = new Date(`${slot.end}T00:00:00`).getTime() + 86_400_000;
    return [s, e];
  }
  return [Date.parse(slot.start), Date.parse(slot.end)];
}

/** True when [aStart, aEnd) and [bStart, bEnd) share time; touching ends do not clash. */
export function slotsOverlap(a: Pick<BusySlot, 'start' | 'end' | 'allDay'>, b: Pick<BusySlot, 'start' | 'end' | 'allDay'>): boolean {
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  if ([as, ae, bs, be].some(Number.isNaN)) return false;
  // A zero-length slot still occupies its instant.
  const aEnd = ae === as ? as + 1 : ae;
  const bEnd = be === bs ? bs + 1 : be;
  return as < bEnd && bs < aEnd;
}

/**
 * The busy slots of `people` that overlap [start, end), one entry per person and slot.
 * `ignoreInterviewId` leaves out the interview being edited and its own calendar event.
 */
export function findClashes(
  proposal: { start: string; end: string; people: readonly string[]; ignoreInterviewId?: string },
  busy: readonly BusySlot[],
): Clash[] {
  const ignore = proposal.ignoreInterviewId;
  const interviewIdsWithEvents = new Set(busy.filter((b) => b.source === 'event' && b.linkedInterviewId).map((b) => b.linkedInterviewId));
  const out: Clash[] = [];
  for (const slot of busy) {
    if (ignore && ((slot.source === 'interview' && slot.id === ignore) || slot.linkedInterviewId === ignore)) continue;
    // The interview's calendar event already stands for it.
    if (slot.source === 'interview' && interviewIdsWithEvents.has(slot.id)) continue;
    if (!slotsOverlap(proposal, slot)) continue;
    for (const person of proposal.people) if (slot.people.includes(person)) out.push({ personId: person, slot });
  }
  return out.sort((a, b) => a.slot.start.localeCompare(b.slot.start) || a.personId.localeCompare(b.personId));
}
