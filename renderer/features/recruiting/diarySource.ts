/**
 * Interviews in the diaries (issue 13.6): read from recruiting's own tables when a diary is
 * shown or a clash is checked — never copied into the calendar's events. Each interview is
 * busy time in every interviewer's diary ('person:<id>') and in its room's ('room:<id>').
 * Staff diaries may name the candidate; nothing confidential (feedback, scorecards) is read.
 */
import type { DiaryItem, DiarySource } from '../../core/diaries';
import type { DiaryKey } from '../../../shared/domain/calendar';
import type { BackdeskDb } from '../../db';

/** Interviews last minutes to hours: one started more than a day before a window cannot reach into it. */
const LOOKBACK_MS = 24 * 60 * 60 * 1000;

const KIND_LABELS = { onsite: 'On site', phone: 'Phone', video: 'Video' } as const;

/** Live interviews touching [fromInstant, toInstant), as diary items. */
export async function readInterviewDiaryItems(db: BackdeskDb, fromInstant: string, toInstant: string): Promise<DiaryItem[]> {
  const from = Date.parse(fromInstant);
  const to = Date.parse(toInstant);
  if (!(from < to)) return [];
  const rows = await db.interviews
    .where('start')
    .between(new Date(from - LOOKBACK_MS).toISOString(), toInstant, true, false)
    .toArray();
  const live = rows.filter((i) => i.deletedAt === null && Date.parse(i.start) < to && Date.parse(i.end) > from);
  if (live.length === 0) return [];
  const [candidates, positions] = await Promise.all([
    db.candidates.bulkGet([...new Set(live.map((i) => i.candidateId))]),
    db.positions.bulkGet([...new Set(live.flatMap((i) => (i.positionId ? [i.positionId] : [])))]),
  ]);
  const candidateName = new Map(candidates.flatMap((c) => (c && c.deletedAt === null ? [[c.id, c.name] as const] : [])));
  const positionTitle = new Map(positions.flatMap((p) => (p ? [[p.id, p.title] as const] : [])));
  return live
    .map((i): DiaryItem => {
      const diaries: DiaryKey[] = [...new Set(i.interviewerIds)].map((id): DiaryKey => `person:${id}`);
      if (i.roomId) diaries.push(`room:${i.roomId}`);
      const where = i.kind === 'onsite' ? i.location : (i.location ?? KIND_LABELS[i.kind]);
      const detail = [i.positionId ? positionTitle.get(i.positionId) : undefined, where].filter(Boolean).join(' · ');
      return {
        key: `interview:${i.id}`,
        source: 'interview',
        id: i.id,
        title: `Interview: ${candidateName.get(i.candidateId) ?? 'a candidate'}`,
        start: new Date(Date.parse(i.start)).toISOString(),
        end: new Date(Date.parse(i.end)).toISOString(),
        allDay: false,
        diaries,
        busy: true,
        href: `#/recruiting/candidate/${i.candidateId}`,
        ...(detail ? { detail } : {}),
        category: 'purple',
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

export const interviewDiarySource: DiarySource = {
  name: 'interview',
  tables: ['interviews', 'candidates', 'positions'],
  read: readInterviewDiaryItems,
};
