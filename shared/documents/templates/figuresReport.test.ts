import { describe, expect, it } from 'vitest';
import { renderFiguresReportHtml, type FiguresTable } from './figuresReport';

const company = { name: 'Acme & Co', locale: 'en-US', currency: 'USD' };
const table: FiguresTable = {
  columns: [{ header: 'Vendor' }, { header: 'Jan 26', numeric: true }, { header: 'Total', numeric: true }],
  rows: [
    { cells: ['<script>alert(1)</script> Supplies', '$1,200.00', '$1,200.00'] },
    { cells: ['Total', '$1,200.00', '$1,200.00'], total: true },
  ],
  emptyText: 'No spend in this period.',
};

describe('figures report printout', () => {
  it('prints the title, scope, summary and the table, every value escaped', () => {
    const html = renderFiguresReportHtml(
      { title: 'Spend by vendor', scope: ['Jan 2026 – Mar 2026', 'Expenses & orders'], summary: [{ label: 'Total', value: '$1,200.00' }], tables: [table], notes: ['Refunds <count> against'], preparedOn: '2026-12-04', pageSize: 'Letter' },
      company,
    );
    expect(html).toContain('SPEND BY VENDOR');
    expect(html).toContain('Expenses &amp; orders');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Supplies');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<th class="num">Jan 26</th>');
    expect(html).toContain('<tr class="total">');
    expect(html).toContain('Refunds &lt;count&gt; against');
    expect(html).toContain('Prepared December 4, 2026');
    expect(html).toContain('Acme &amp; Co');
    // Three columns read well on a portrait page.
    expect(html).not.toContain('landscape');
  });

  it('turns landscape on the office paper when a table is wide, and says so when empty', () => {
    const wide: FiguresTable = { ...table, columns: Array.from({ length: 14 }, (_, i) => ({ header: `C${i}`, numeric: i > 0 })) };
    expect(renderFiguresReportHtml({ title: 'T', scope: [], tables: [wide], preparedOn: '2026-12-04', pageSize: 'Letter' }, company)).toContain('size: letter landscape');
    expect(renderFiguresReportHtml({ title: 'T', scope: [], tables: [wide], preparedOn: '2026-12-04' }, company)).toContain('size: A4 landscape');
    const empty = renderFiguresReportHtml({ title: 'T', scope: [], tables: [{ ...table, rows: [] }], preparedOn: '2026-12-04' }, company);
    expect(empty).toContain('No spend in this period.');
    expect(empty).not.toContain('<table class="report-table');
  });
});
