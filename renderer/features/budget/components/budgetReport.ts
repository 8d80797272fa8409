/** The budget report as the platform prints it: the dashboard's figures on the office's paper. */
import {
  defaultPageSize,
  renderBudgetReportHtml,
  type CompanyProfile,
} from '../../../../shared/documents';
import type { BudgetDashboard } from '../../../../shared/domain/forecast';
import { today } from '../../../../shared/lib/dates';
import type { PrintRequest } from '../../../platform';
import type { MoneyTools } from '../money';

export function budgetReportRequest(
  data: BudgetDashboard,
  year: number,
  money: MoneyTools,
  company: CompanyProfile,
): PrintRequest {
  const { start, end } = money.range(year);
  const preparedOn = today();
  // Before the year starts the report is as of its first day; after it ends, as of its last;
  // inside it, as of today (the current month counted by its days, issue 16.11).
  const asOf = preparedOn < start ? start : preparedOn > end ? end : preparedOn;
  const pageSize = defaultPageSize(company);
  const html = renderBudgetReportHtml(
    {
      yearLabel: money.yearLabel(year),
      asOf,
      monthsElapsed: data.elapsedMonths,
      rows: data.rows,
      total: data.total,
      preparedOn,
      pageSize,
    },
    company,
  );
  return { html, title: `Budget report ${money.yearLabel(year)}`, pageSize };
}
