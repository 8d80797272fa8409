/**
 * The calls module's badge in People (issue 14.4): "2 messages" beside a person with open
 * messages, "· 1 over a day" (warning) when one has waited more than a day. Read through the
 * person-badge registry so People never imports calls.
 */
import { isOpenMessage, isStaleMessage, type Call } from '../../../shared/domain/calls';
import type { PersonBadge, PersonBadgeSource } from '../../core/personBadges';
import { hrefFor } from '../../core/router';
import type { BackdeskDb } from '../../db';
import { messagesCount } from './labels';

/** The badge for one person's open messages. */
export function messageBadge(employeeId: string, open: readonly Call[], now: Date): PersonBadge {
  const stale = open.filter((c) => isStaleMessage(c, now)).length;
  const urgent = open.filter((c) => c.urgent).length;
  const label = stale ? `${messagesCount(open.length)} · ${stale} over a day` : messagesCount(open.length);
  const callers = [...new Set(open.map((c) => c.caller))].slice(0, 5).join(', ');
  return {
    key: `calls:${employeeId}`,
    label,
    description: `Open messages from ${callers}${urgent ? ` (${urgent} urgent)` : ''}`,
    href: hrefFor('calls', 'messages', employeeId),
    tone: stale || urgent ? 'warning' : 'info',
  };
}

export const callsPersonBadgeSource: PersonBadgeSource = {
  name: 'calls',
  tables: ['calls'],
  async read(db: BackdeskDb, now: Date) {
    const rows = await db.calls.where('status').anyOf('new', 'seen').toArray();
    const byPerson = new Map<string, Call[]>();
    for (const c of rows) {
      if (!c.forEmployeeId || !isOpenMessage(c)) continue;
      byPerson.set(c.forEmployeeId, [...(byPerson.get(c.forEmployeeId) ?? []), c]);
    }
    return new Map([...byPerson].map(([id, open]) => [id, [messageBadge(id, open, now)]]));
  },
};
