/**
 * `#/expenses/import`: bank and card exports through the shared import wizard (kind
 * 'expenses'; date format and amount sign suggested from the file). Likely duplicates of
 * stored expenses are flagged before saving; saving runs in chunks, one transaction each,
 * maintaining the monthly totals.
 */
import { navigate } from '../../../core/router';
import { ImportWizard, type ImportCommitContext } from '../../import';
import { resolveCategoryIds } from '../../budget';
import { resolveVendorIds } from '../../vendors';
import { findDuplicateExpenses, importExpenses, type ImportedExpense } from '../repository';

async function commit(records: ImportedExpense[], ctx: ImportCommitContext) {
  const categoryNames = [...new Set(records.flatMap((r) => (r.category ? [r.category] : [])))];
  const vendorNames = [...new Set(records.flatMap((r) => (r.vendorName ? [r.vendorName] : [])))];
  const [categoryIds, vendorIds] = await Promise.all([
    resolveCategoryIds(categoryNames),
    // Vendors made for the file carry its import batch, so an unfinished import takes them back.
    resolveVendorIds(vendorNames, undefined, ctx.importBatchId),
  ]);
  const { created, alreadyThere } = await importExpenses(
    records,
    { categoryIds, vendorIds },
    {
      onProgress: ctx.onProgress,
      signal: ctx.signal,
      ...(ctx.importBatchId ? { importBatchId: ctx.importBatchId } : {}),
    },
  );
  return { created, updated: 0, alreadyThere };
}

export function ExpenseImport() {
  return (
    <ImportWizard
      kind="expenses"
      title="Import expenses"
      commit={commit}
      findDuplicates={(records) => findDuplicateExpenses(records)}
      onDone={() => navigate('expenses')}
    />
  );
}
