/**
 * Open, filled and on-hold positions with candidates at every stage, and their interviews
 * (which the diaries read from the interviews table: no calendar copies).
 */
import { addDays, diffDays } from '../../lib/dates';
import type { CalendarEvent, Candidate, CandidateStage, Interview, Position } from '../../domain';
import { CANDIDATE_NAMES } from '../catalog';
import { asciiEmail, compact, instant, isWorkday, type SampleContext } from '../context';

export interface SampleRecruiting {
  positions: Position[];
  candidates: Candidate[];
  interviews: Interview[];
  /**
   * Always empty: interviews are no longer copied into the calendar's events (issue 13.6).
   * Kept so `generateCalendar(ctx, employees, emp, interviewEvents)` still compiles.
   */
  interviewEvents: CalendarEvent[];
}

export function generateRecruiting(
  ctx: SampleContext,
  emp: (key: string) => string,
): SampleRecruiting {
  const { rng, today, base, workMinutes } = ctx;
  const positionSeeds = [
    {
      title: 'Senior Architectural Designer',
      department: 'Design',
      status: 'open',
      type: 'full-time',
      opened: 40,
      manager: 'david',
      min: 85000,
      max: 105000,
      stages: [
        'Applied',
        'Applied',
        'Applied',
        'Screening',
        'Screening',
        'Interview',
        'Interview',
        'Interview',
        'Offer',
        'Rejected',
      ],
    },
    {
      title: 'Office Assistant',
      department: 'Operations',
      status: 'open',
      type: 'full-time',
      opened: 25,
      manager: 'elena',
      min: 40000,
      max: 46000,
      stages: [
        'Applied',
        'Applied',
        'Applied',
        'Screening',
        'Screening',
        'Interview',
        'Interview',
        'Rejected',
      ],
    },
    {
      title: 'Bookkeeper (part-time)',
      department: 'Finance',
      status: 'filled',
      type: 'part-time',
      opened: 150,
      manager: 'benjamin',
      min: 48000,
      max: 56000,
      stages: ['Hired', 'Rejected', 'Rejected'],
    },
    {
      title: 'Marketing Intern',
      department: 'Projects',
      status: 'on-hold',
      type: 'intern',
      opened: 70,
      manager: 'noah',
      min: 0,
      max: 0,
      stages: ['Applied', 'Applied', 'Screening', 'Rejected'],
    },
  ] as const;
  const positions: Position[] = [];
  const candidates: Candidate[] = [];
  const interviews: Interview[] = [];
  const interviewEvents: CalendarEvent[] = [];
  let nameIndex = 0;
  for (const p of positionSeeds) {
    const openedDate = addDays(today, -p.opened);
    const position = compact<Position>({
      ...base(openedDate, 10 * 60),
      title: p.title,
      department: p.department,
      status: p.status,
      employmentType: p.type,
      location: 'Portland, ME (on site)',
      openedDate,
      closedDate: p.status === 'filled' ? addDays(today, -60) : undefined,
      hiringManagerId: emp(p.manager),
      salaryMinCents: p.min ? p.min * 100 : undefined,
      salaryMaxCents: p.max ? p.max * 100 : undefined,
      description: `We are looking for a ${p.title.toLowerCase()} to join our ${p.department.toLowerCase()} team in Portland.`,
    });
    positions.push(position);
    for (const stage of p.stages as readonly CandidateStage[]) {
      const name =
        stage === 'Hired' && p.department === 'Finance'
          ? 'Aisha Mensah'
          : CANDIDATE_NAMES[nameIndex++ % CANDIDATE_NAMES.length]!;
      const latest = p.status === 'filled' ? addDays(today, -65) : today;
      const appliedDate = addDays(
        openedDate,
        rng.int(1, Math.max(1, diffDays(openedDate, latest) - 3)),
      );
      const c = compact<Candidate>({
        ...base(appliedDate, workMinutes()),
        name,
        email: asciiEmail(name, rng.pick(['gmail.example', 'outlook.example', 'proton.example'])),
        phone: `(207) 555-0${rng.int(500, 999)}`,
        positionId: position.id,
        stage,
        source: rng.pick(['LinkedIn', 'Indeed', 'Referral', 'Company website', 'AIA job board']),
        appliedDate,
        rating: stage === 'Applied' ? undefined : rng.int(2, 5),
        expectedSalaryCents: p.min ? rng.int(p.min / 1000, p.max / 1000 + 5) * 100000 : undefined,
        rejectedReason:
          stage === 'Rejected'
            ? rng.pick([
                'Not enough Revit experience',
                'Salary expectations too high',
                'Withdrew application',
                'Position put on hold',
              ])
            : undefined,
        privateNotes: stage === 'Offer' ? 'References checked: both strongly positive.' : undefined,
      });
      if (c.updatedAt < c.createdAt) c.updatedAt = c.createdAt;
      candidates.push(c);
      const addInterview = (
        date: string,
        localMinutes: number,
        kind: Interview['kind'],
        outcome: Interview['outcome'],
        panel: string[],
      ) => {
        const start = instant(date, localMinutes);
        const end = instant(date, localMinutes + (kind === 'phone' ? 30 : 60));
        const iv = compact<Interview>({
          ...base(date <= today ? date : today, 8 * 60 + 15),
          candidateId: c.id,
          positionId: position.id,
          start,
          end,
          kind,
          location:
            kind === 'onsite' ? 'Conference room' : kind === 'video' ? 'Video call' : undefined,
          interviewerIds: panel.map(emp),
          outcome,
          feedback:
            outcome === 'advance'
              ? 'Strong portfolio; clear communicator.'
              : outcome === 'reject'
                ? 'Portfolio not a fit for our residential work.'
                : undefined,
        });
        interviews.push(iv);
        if (date >= addDays(today, -14) && date <= addDays(today, 16)) {
          // Interviews are no longer copied into the calendar (issue 13.6: the diaries read
          // them from their own table). The id the copy drew is still drawn, so every record
          // generated after this one keeps its id and values.
          void base(iv.createdAt.slice(0, 10), 8 * 60 + 20);
        }
      };
      const manager = p.manager;
      if (stage === 'Interview') {
        addInterview(addDays(appliedDate, 4), 10 * 60, 'phone', 'advance', [manager]);
        let upcoming = addDays(today, rng.int(1, 10));
        while (!isWorkday(upcoming)) upcoming = addDays(upcoming, 1);
        addInterview(
          upcoming,
          rng.pick([10 * 60, 11 * 60, 14 * 60, 15 * 60]),
          'onsite',
          'pending',
          [manager, 'margaret'],
        );
      } else if (stage === 'Offer' || stage === 'Hired') {
        addInterview(addDays(appliedDate, 3), 10 * 60, 'phone', 'advance', [manager]);
        addInterview(addDays(appliedDate, 9), 14 * 60, 'onsite', 'advance', [manager, 'margaret']);
      } else if (stage === 'Rejected' && rng.chance(0.5)) {
        addInterview(addDays(appliedDate, 5), 11 * 60, 'video', 'reject', [manager]);
      }
    }
  }
  return { positions, candidates, interviews, interviewEvents };
}

/**
 * The upcoming on-site interviews (still pending, from `today` on) are booked in a room — the
 * sample's 'Meeting room 2' — so the room's diary shows them and the clash check weighs them
 * against the room's other bookings (issue 13 review). The rooms are generated last
 * (generateCalendarMonth, after the Equipment module) so that every earlier record keeps its
 * ids; this runs after it, takes the room's id from there and draws nothing, so only the
 * interviews table changes. The free-text "Conference room" makes way for the room record;
 * interviews held before the rooms existed keep it.
 */
export function bookSampleInterviewRooms(interviews: readonly Interview[], roomId: string | undefined, today: string): Interview[] {
  if (!roomId) return [...interviews];
  return interviews.map((iv) =>
    iv.kind === 'onsite' && iv.outcome === 'pending' && iv.start.slice(0, 10) >= today ? compact<Interview>({ ...iv, location: undefined, roomId }) : iv,
  );
}
