import { describe, expect, it } from 'vitest';
import { groupByLocation, renderCountSheetHtml } from './countSheet';

const company = { name: 'Acme & Co', locale: 'en-US' };
const items = [
  { name: 'Pens', sku: 'P1', unit: 'box', location: 'Cupboard B', expected: 4 },
  { name: '<script>x</script>', unit: 'each', location: 'Cupboard A', expected: 7 },
  { name: 'Stapler', unit: 'each', expected: 2 },
  { name: 'Paper', sku: 'A4', unit: 'ream', location: 'Cupboard A', expected: 12 },
];

describe('count sheet', () => {
  it('groups by location, sorted, no location last', () => {
    expect(groupByLocation(items).map(([l, list]) => [l, list.map((i) => i.name)])).toEqual([
      ['Cupboard A', ['<script>x</script>', 'Paper']],
      ['Cupboard B', ['Pens']],
      ['No location', ['Stapler']],
    ]);
  });

  it('prints headings, items, a counted column and escapes user text', () => {
    const html = renderCountSheetHtml({ date: '2026-11-22', items, showExpected: true }, company);
    expect(html).toContain('<h2 class="count-location">Cupboard A</h2>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Expected');
    expect(html).toContain('<td class="num">12</td>');
    expect(html).toContain('Counted by');
    expect(html).toContain('Acme &amp; Co');
  });

  it('leaves the expected column off for a blind count', () => {
    const html = renderCountSheetHtml({ date: '2026-11-22', items, showExpected: false }, company);
    expect(html).not.toContain('Expected');
    expect(html).not.toContain('<td class="num">12</td>');
  });
});
