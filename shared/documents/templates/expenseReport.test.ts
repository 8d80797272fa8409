import { describe, expect, it } from 'vitest';
import { renderBudgetReportHtml, renderExpenseReportHtml } from '../index';

const company = { name: 'Harbor & Co', currency: 'USD', locale: 'en-US' };

describe('expense report', () => {
  it('groups by category with subtotals, a total and the receipt list, escaping user text', () => {
    const html = renderExpenseReportHtml(
      {
        from: '2026-01-01',
        to: '2026-03-31',
        scope: ['Person: <b>Ana</b>'],
        preparedOn: '2026-04-01',
        lines: [
          {
            date: '2026-01-05',
            description: 'Train <script>x</script>',
            category: 'Travel',
            status: 'Approved',
            amountCents: 4500,
            receipt: 'ticket.pdf',
          },
          {
            date: '2026-02-05',
            description: 'Hotel',
            category: 'Travel',
            status: 'Approved',
            amountCents: 20000,
          },
          {
            date: '2026-02-07',
            description: 'Paper',
            category: 'Office',
            status: 'Submitted',
            amountCents: 1250,
          },
          {
            date: '2026-02-09',
            description: 'Refund',
            category: 'Office',
            status: 'Approved',
            amountCents: -250,
          },
        ],
      },
      company,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('Train &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('Person: &lt;b&gt;Ana&lt;/b&gt;');
    expect(html).toContain('Subtotal Travel (2)');
    expect(html).toContain('$245.00');
    expect(html).toContain('$10.00');
    expect(html).toContain('Total (4 expenses)');
    expect(html).toContain('$255.00');
    expect(html).toContain('ticket.pdf');
    expect(html).toContain('3 expenses without a receipt.');
  });
});

describe('expense report lines (issue 16.12)', () => {
  const line = (date: string, description: string) => ({
    date,
    description,
    category: 'Travel',
    vendor: 'Northwind Office Supply Company Ltd.',
    spentBy: 'Elena Rossi-Whitfield',
    status: 'Approved',
    amountCents: 1234,
  });
  it('prints one row per expense in a fixed layout where only the description may wrap, with signature lines', () => {
    const html = renderExpenseReportHtml(
      { from: '2026-09-01', to: '2026-11-30', preparedOn: '2026-12-04', lines: [line('2026-12-03', 'Taxi'), line('2026-09-21', 'Hotel')] },
      company,
    );
    // Short dates without the year inside one year; the category is a heading row, not a column.
    expect(html).toContain('<td>Dec 3</td><td class="desc">Taxi</td>');
    expect(html).toContain('<td>Sep 21</td><td class="desc">Hotel</td>');
    expect(html).toContain('<th>Date</th><th>Description</th><th>Vendor</th><th>Spent by</th><th>Status</th>');
    expect(html).toMatch(/\.exp-lines \{ table-layout: fixed/);
    expect(html).toMatch(/\.exp-lines td \{ white-space: nowrap; overflow: hidden; text-overflow: ellipsis; \}/);
    expect(html).toContain('title="Northwind Office Supply Company Ltd."');
    expect(html).toContain('Totals by category');
    expect(html).toContain('<span>Submitted by</span><span>Date</span>');
    expect(html).toContain('<span>Approved by</span><span>Date</span>');
  });
  it('keeps the year on each date when the period spans two years', () => {
    const html = renderExpenseReportHtml(
      { from: '2026-12-01', to: '2027-01-31', preparedOn: '2027-02-01', lines: [line('2026-12-03', 'Taxi')] },
      company,
    );
    expect(html).toContain('<td>Dec 3, 2026</td>');
  });
});

describe('budget report', () => {
  it('shows budget, actual, variance and forecast and flags categories heading over', () => {
    const row = (name: string, over: boolean) => ({
      name,
      depth: 0,
      budgetCents: 100000,
      actualCents: 60000,
      varianceCents: 40000,
      forecastCents: over ? 150000 : 90000,
      headingOver: over,
    });
    const html = renderBudgetReportHtml(
      {
        yearLabel: 'FY 2026',
        asOf: '2026-06-30',
        monthsElapsed: 6,
        preparedOn: '2026-06-30',
        rows: [row('Travel', true), row('Office', false)],
        total: row('Total', true),
      },
      company,
    );
    expect(html).toContain('BUDGET REPORT');
    expect(html).toContain('$1,500.00');
    expect(html).toContain('Heading over budget:</span> Travel.');
    expect(html).not.toMatch(/<script/i);
  });
});
