/**
 * The import wizard's public contract: the saving feature hands in `commit` (and optionally
 * `findDuplicates`); the wizard owns picking, parsing (in a worker), mapping, preview and
 * confirmation.
 */
import type { ImportKind, ImportRecordMap } from '../../../shared/import';

export interface ImportCommitContext {
  /** 0..1, how much of the commit is done. */
  onProgress(fraction: number): void;
  /** Aborted when the user presses Cancel; stop between chunks and resolve with what was written. */
  signal: AbortSignal;
  /**
   * The record fields the user mapped to a column. A re-import can use it to tell "no such
   * column" from "blank value" (items keep their stock when the file has no quantity column).
   */
  mappedFields?: ReadonlySet<string>;
  /**
   * The import batch (issue 15.3): stamp every row written with it (BulkCreateOptions
   * importBatchId) and commit it in the transaction of the last chunk (commitBatch /
   * commitImportBatchInTx). A batch left running is rolled back by the wizard on Cancel or
   * failure, and at the next start after a crash. Absent when a test calls the saver directly.
   */
  importBatchId?: string;
  /** The file's name, for audit lines. */
  fileName?: string;
}

export interface ImportCommitResult {
  created: number;
  updated: number;
  /**
   * Rows not written because the record is already there (its natural key is stored, or an
   * earlier row of the file had it): the re-run of a file adds nothing.
   */
  alreadyThere?: number;
}

export interface ImportWizardProps<K extends ImportKind> {
  kind: K;
  /** The page's <h1>, e.g. 'Import supplies'. */
  title: string;
  commit(records: ImportRecordMap[K][], ctx: ImportCommitContext): Promise<ImportCommitResult>;
  /** Optional: likely duplicates of stored data, record index → message shown before import. */
  findDuplicates?(records: ImportRecordMap[K][]): Promise<Map<number, string>>;
  onDone(): void;
  /** A file the user already chose elsewhere (e.g. a .csv dropped on the vCard import): read at once. */
  initialFile?: { name: string; bytes: Uint8Array };
}
