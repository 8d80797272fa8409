/**
 * Erasure on request (a candidate's or an employee's data) reaches rows that other features
 * own: the calendar's events for their interviews, documents filed against them, attached
 * files. Each owning feature contributes an eraser here, from its public entry, so the feature
 * that erases never imports the others (documents reads candidates for mail merge; a direct
 * import back would be a cycle). The caller runs every eraser inside its one transaction.
 */
import { ATTACHMENT_TABLES, eraseAttachmentsLinkedToInTx } from '../db/attachments';
import type { BackdeskDb, TableName } from '../db';

export interface LinkedRecordEraser {
  /** The contributing feature, named so a caller can insist it is present. */
  name: string;
  /** The tables `erase` writes: the caller's transaction must include them. */
  tables: readonly TableName[];
  /** Permanently erases the rows linked to these records (and their audit entries). */
  erase(db: BackdeskDb, linkedTable: string, linkedIds: readonly string[]): Promise<unknown>;
}

const erasers = new Map<string, LinkedRecordEraser>();

/** Adds (or replaces, on a hot reload) a feature's eraser. */
export function registerLinkedRecordEraser(eraser: LinkedRecordEraser): void {
  erasers.set(eraser.name, eraser);
}

// Attachments are stored by the data layer itself, below every feature.
registerLinkedRecordEraser({
  name: 'attachments',
  tables: ATTACHMENT_TABLES,
  erase: async (db, linkedTable, linkedIds) => {
    for (const id of linkedIds) await eraseAttachmentsLinkedToInTx(db, linkedTable, id);
  },
});

/**
 * The tables every registered eraser writes, for the caller's transaction. Throws when one of
 * `required` has not registered: an erasure that silently skipped a feature would leave
 * personal data behind.
 */
export function linkedEraserTables(required: readonly string[] = []): TableName[] {
  const missing = required.filter((name) => !erasers.has(name));
  if (missing.length) {
    throw new Error(
      `Erasure is not possible yet: ${missing.join(', ')} did not register what it keeps about a person.`,
    );
  }
  return [...new Set([...erasers.values()].flatMap((e) => e.tables))];
}

/** Runs every registered eraser for these records; call inside a transaction over linkedEraserTables(). */
export async function eraseLinkedRecordsInTx(
  db: BackdeskDb,
  linkedTable: string,
  linkedIds: readonly string[],
): Promise<void> {
  if (!linkedIds.length) return;
  for (const eraser of erasers.values()) await eraser.erase(db, linkedTable, linkedIds);
}
