/**
 * Where budget reads what was really spent. The spend per category and month is the expenses
 * feature's maintained aggregate, and expenses depends on budget (its categories), so budget
 * cannot import it: expenses registers its reader here from its registrations.ts.
 */
import type { ExpenseTotal } from '../../../shared/domain/budget';
import type { BackdeskDb } from '../../db';

export type SpendTotalsReader = (db: BackdeskDb, months: readonly string[]) => Promise<ExpenseTotal[]>;

let reader: SpendTotalsReader | null = null;

export function registerSpendTotalsReader(next: SpendTotalsReader): void {
  reader = next;
}

/** Spend per category for the given 'YYYY-MM' months. */
export function readSpendTotals(db: BackdeskDb, months: readonly string[]): Promise<ExpenseTotal[]> {
  if (!reader) {
    throw new Error('Actual spending cannot be read: the expenses module has not registered its totals.');
  }
  return reader(db, months);
}
