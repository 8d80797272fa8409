/** Recruiting figures for the Dashboard, from index keys rather than loading candidates. */
import { CLOSED_STAGES, isActiveStage } from '../../../shared/domain/recruiting';
import type { BackdeskDb } from '../../db';

/**
 * Live candidates in an active stage. Closed stages are few and fixed while offices may add
 * active ones, so: all rows − rows in a closed stage (key counts), less the soft-deleted active ones
 * (the `deletedAt` index holds only deleted rows, so reading it loads nothing else).
 */
export async function countActiveCandidates(db: BackdeskDb): Promise<number> {
  return db.transaction('r', db.candidates, async () => {
    const [all, closed, deleted] = await Promise.all([
      db.candidates.count(),
      db.candidates.where('stage').anyOf([...CLOSED_STAGES]).count(),
      db.candidates.orderBy('deletedAt').toArray(),
    ]);
    return all - closed - deleted.filter((c) => isActiveStage(c.stage)).length;
  });
}
