/**
 * Kind 'expenses' (issue 4 item 6): bank and card exports. Which sign means "spent" differs by
 * export (a bank account shows payments negative, a card statement shows purchases positive),
 * so it is an option, suggested by `suggestExpenseOptions` from which sign most amounts have.
 * Exports with separate Debit and Credit columns need no sign: debit is money out (an expense),
 * credit is money in (a refund, stored negative).
 */
import { parseMoneyCents } from '../money';
import { suggestDateFormat } from '../dates';
import { resolveColumns } from '../headers';
import type { AmountSign, DateFormat, ExpenseImportDraft, ParsedTable } from '../types';
import { columnValues, put, RowReader, startLine, type KindInput, type KindOutput } from './common';
import { EXPENSE_AMOUNT_ZERO_MESSAGE } from '../../domain/expenses';

export function mapExpenses(input: KindInput): KindOutput<ExpenseImportDraft> {
  const { table } = input;
  const errors: KindOutput<ExpenseImportDraft>['errors'] = [];
  const records: ExpenseImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('expenses', input, errors);
  const amountSign =
    input.options.amountSign ?? suggestAmountSign(table, input.cols.index.amountCents ?? -1);
  const spendSign = amountSign === 'negative-is-spend' ? -1 : 1;
  const split = r.has('debit') || r.has('credit');

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const date = r.date('date');
    if (r.text('date') === '') r.fail('date', 'The date is empty; every expense needs a date.');

    const description = r.text('description');
    if (description === '')
      r.fail('description', 'The description is empty; every expense needs a description.');
    else r.fits('description', description, 300);

    let amountCents: number | undefined;
    const before = errors.length;
    if (split) {
      const debit = r.money('debit', true);
      const credit = r.money('credit', true);
      if (debit && credit) {
        r.fail(
          'debit',
          `This row has both a debit ("${r.text('debit')}") and a credit ("${r.text('credit')}"); only one of them may hold an amount.`,
        );
      } else if (debit) {
        amountCents = Math.abs(debit);
      } else if (credit) {
        amountCents = -Math.abs(credit);
      } else if (debit === 0 || credit === 0) {
        amountCents = 0;
      }
    }
    if (amountCents === undefined && errors.length === before && r.has('amountCents')) {
      const amount = r.money('amountCents', true);
      if (amount !== undefined) amountCents = amount * spendSign + 0;
    }
    if (amountCents === undefined && errors.length === before) {
      const columns = (['amountCents', 'debit', 'credit'] as const)
        .filter((f) => r.has(f))
        .map((f) => `"${r.headerOf(f)}"`);
      r.fail(
        split ? 'debit' : 'amountCents',
        `This row has no amount${columns.length > 0 ? ` (${columns.join(', ')} ${columns.length > 1 ? 'are' : 'is'} empty)` : ''}; every expense needs one.`,
      );
    } else if (amountCents === 0) {
      r.fail(split ? 'debit' : 'amountCents', EXPENSE_AMOUNT_ZERO_MESSAGE);
    }

    if (r.ok) {
      const record: ExpenseImportDraft = { date: date!, description, amountCents: amountCents! };
      put(record, 'category', r.optional('category', 80));
      put(record, 'vendorName', r.optional('vendorName', 200));
      if (r.ok) {
        records.push(record);
        lines.push(line);
      }
    }
  }
  return { records, lines, errors };
}

/** The sign most amounts have is the spending sign: most lines of a statement are spending. */
function suggestAmountSign(table: ParsedTable, col: number, limit = 5000): AmountSign {
  let negative = 0;
  let positive = 0;
  let seen = 0;
  for (const v of columnValues(table, col)) {
    if (++seen > limit) break;
    const cents = parseMoneyCents(v);
    if (typeof cents !== 'number' || cents === 0) continue;
    if (cents < 0) negative++;
    else positive++;
  }
  return positive > negative ? 'positive-is-spend' : 'negative-is-spend';
}

/**
 * The date format and amount sign the wizard should preselect for this file. `locale` breaks
 * the tie when no date in the file shows whether the day or the month comes first.
 */
export function suggestExpenseOptions(
  table: ParsedTable,
  mapping?: Record<string, string>,
  locale?: string,
): { dateFormat: DateFormat; amountSign: AmountSign } {
  const { index } = resolveColumns('expenses', table.headers, mapping);
  return {
    dateFormat: suggestDateFormat(columnValues(table, index.date ?? -1), locale),
    amountSign: suggestAmountSign(table, index.amountCents ?? -1),
  };
}

/**
 * The key two expenses share when they are likely the same one (same day, amount and
 * description), for flagging duplicates of stored expenses before import. Descriptions are
 * compared without case, accents' composed/decomposed forms, or runs of spaces.
 */
export function expenseDuplicateKey(record: {
  date: string;
  amountCents: number;
  description: string;
}): string {
  const description = record.description
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
  return `${record.date}|${record.amountCents}|${description}`;
}
