/**
 * The wizard's import batch (issue 15.3): started before the first row is written, handed to
 * the saving feature (which stamps every row with it and commits it with its last chunk), and
 * settled afterwards — committed when the import finished, rolled back whole when the user
 * cancelled it or it failed midway, so an import is the whole file or nothing.
 */
import { getDb, type BackdeskDb } from '../../db';
import {
  beginImportBatch,
  commitImportBatch,
  getImportBatch,
  releaseImportBatch,
} from '../../db/importBatches';
import { rollbackImportBatches } from '../../db/importRecovery';

export function startImportBatch(kind: string, fileName: string, total: number, db: BackdeskDb = getDb()) {
  return beginImportBatch({ kind, fileName, total }, db);
}

export type BatchSettlement = { kept: true } | { kept: false; removed: number };

/**
 * After the saving code returned or threw: a batch it committed stays; one still running is
 * committed when the import ran to its end, else rolled back (every row it wrote removed).
 */
export async function settleImportBatch(
  batchId: string,
  outcome: { finished: boolean; written: number; failed?: boolean },
  db: BackdeskDb = getDb(),
): Promise<BatchSettlement> {
  try {
    const batch = await getImportBatch(db, batchId);
    if (!batch || batch.status === 'committed') return { kept: true };
    if (batch.status === 'running' && outcome.finished) {
      await commitImportBatch(db, batchId, outcome.written);
      return { kept: true };
    }
    const [undone] = await rollbackImportBatches([batchId], outcome.failed ? 'failed' : 'cancelled', db);
    return { kept: false, removed: undone?.removed ?? 0 };
  } finally {
    releaseImportBatch(batchId);
  }
}
