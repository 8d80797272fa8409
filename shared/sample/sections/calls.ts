/** A month of phone messages taken at reception, from clients and vendors. */
import { addDays, diffDays } from '../../lib/dates';
import type { Call } from '../../domain';
import { CLIENTS, VENDORS } from '../catalog';
import { compact, instant, isWorkday, type SampleContext } from '../context';

export function generateCalls(ctx: SampleContext, emp: (key: string) => string): Call[] {
  const { rng, today, base, workMinutes } = ctx;
  const callers = [
    ...CLIENTS.map((c) => ({ caller: c.name, company: c.company, phone: c.phone })),
    ...VENDORS.map((v) => ({ caller: v.contactName, company: v.name, phone: v.phone })),
  ];
  const messages = [
    'Asked about the revised schedule; please call back before Friday.',
    'Confirming the meeting time next week.',
    'Has questions about the latest invoice.',
    'Wants to discuss a change to the lobby lighting plan.',
    'Delivery is delayed by two days.',
    'Returning your call about the drawing set.',
    'Needs the permit drawings signed and sealed.',
    'Calling to schedule the service visit.',
    'Wants a quote for an additional floor plan option.',
    'Please send the updated renderings by email.',
  ];
  const calls: Call[] = [];
  for (let k = 0; k < 30; k++) {
    let date = addDays(today, -rng.int(0, 20));
    while (!isWorkday(date)) date = addDays(date, -1);
    const who = rng.pick(callers);
    const age = diffDays(date, today);
    const outgoing = rng.chance(0.15);
    const followUp = outgoing
      ? 'none'
      : rng.pick([
          'please-call',
          'please-call',
          'will-call-again',
          'returned-call',
          'none',
          'wants-to-see-you',
        ] as const);
    calls.push(
      compact<Call>({
        ...base(date, workMinutes()),
        direction: outgoing ? 'outgoing' : 'incoming',
        outcome: 'talked',
        caller: who.caller,
        company: who.company,
        phone: who.phone,
        forEmployeeId: rng.pick([
          emp('noah'),
          emp('margaret'),
          emp('david'),
          emp('marcus'),
          emp('benjamin'),
          emp('tomas'),
          emp('sofia'),
        ]),
        message: rng.pick(messages),
        takenAt: instant(date, workMinutes()),
        takenByEmployeeId: emp('grace'),
        followUp,
        urgent: rng.chance(0.1),
        status:
          age > 7
            ? 'done'
            : age > 2
              ? rng.pick(['seen', 'done'] as const)
              : rng.pick(['new', 'new', 'seen'] as const),
      }),
    );
  }
  for (const c of calls) c.createdAt = c.updatedAt = c.takenAt;
  calls.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return calls;
}
