/**
 * What a day's message slips print (issue 14.4): every message taken that day (open or
 * already called back), with the recipient's and the taker's names from People.
 */
import type { Call, CallFollowUp } from '../../../shared/domain/calls';
import type { MessageSlipEntry, MessageSlipsInput, PageSize, SlipBox } from '../../../shared/documents';
import { getDb, type BackdeskDb } from '../../db';
import { formatPhone } from '../../../shared/contacts/phone';
import { employeeRepository } from '../people';
import { listMessagesOnDay } from './lists';

const BOX_OF: Partial<Record<CallFollowUp, SlipBox>> = {
  'please-call': 'pleaseCall',
  'will-call-again': 'willCallAgain',
  'returned-call': 'returnedCall',
  'wants-to-see-you': 'wantsToSeeYou',
};

/** The ticked boxes of a call's slip. */
export function slipBoxes(c: Pick<Call, 'direction' | 'followUp' | 'urgent'>): SlipBox[] {
  const boxes: SlipBox[] = [];
  if (c.direction === 'incoming') boxes.push('telephoned');
  const kind = BOX_OF[c.followUp];
  if (kind) boxes.push(kind);
  if (c.urgent) boxes.push('urgent');
  return boxes;
}

/** A slip; the number printed the way the office dials it (`region`), not as it was typed. */
export function slipOf(c: Call, nameOf: (id: string | undefined) => string | undefined, region = 'US'): MessageSlipEntry {
  return {
    forName: nameOf(c.forEmployeeId) ?? 'Anyone',
    takenAt: c.takenAt,
    from: c.caller,
    company: c.company,
    phone: c.phone ? formatPhone(c.phone, region) : c.phone,
    subject: c.subject,
    message: c.message,
    takenBy: nameOf(c.takenByEmployeeId),
    boxes: slipBoxes(c),
  };
}

/** The slips of one day, grouped by recipient (alphabetically), each person's in time order. */
export async function readMessageSlips(date: string, pageSize: PageSize, db: BackdeskDb = getDb()): Promise<MessageSlipsInput> {
  return db.transaction('r', ['calls', 'employees'], async () => {
    const [messages, people] = await Promise.all([listMessagesOnDay(date, db), employeeRepository.list(db)]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const nameOf = (id: string | undefined) => (id ? names.get(id) : undefined);
    const slips = messages.map((c) => slipOf(c, nameOf, db.phoneRegion));
    slips.sort((a, b) => a.forName.localeCompare(b.forName) || a.takenAt.localeCompare(b.takenAt));
    return { date, slips, pageSize };
  });
}
