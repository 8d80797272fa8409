import { describe, expect, it } from 'vitest';
import { equipmentRegisterTotals, groupEquipmentRegister, renderEquipmentRegisterHtml, shortDocumentDate } from './equipmentRegister';

const company = { name: 'Acme & Co', locale: 'en-US', currency: 'USD' };
const rows = [
  { tag: 'BD-0010', name: 'Laptop 10', category: 'Computer', location: 'Desk 4', status: 'Lent out', holder: 'Grace <Hopper>', purchaseDate: '2024-02-29', costCents: 129900, warrantyEnd: '2027-02-28' },
  { tag: 'BD-0009', name: 'Laptop 9', category: 'Computer', status: 'In use', costCents: 100000 },
  { name: '<script>alert(1)</script>', category: 'Furniture', status: 'In store' },
  { tag: 'BD-0002', name: 'Copier', category: 'Copier/printer', location: 'Copy room', status: 'Under repair', costCents: 349900 },
  { tag: 'BD-0003', name: 'Fan', status: 'In use' },
];

describe('equipment register printout', () => {
  it('groups by category (none last), tags in numeric order inside a group', () => {
    expect(groupEquipmentRegister(rows).map(([g, list]) => [g, list.map((r) => r.name)])).toEqual([
      ['Computer', ['Laptop 9', 'Laptop 10']],
      ['Copier/printer', ['Copier']],
      ['Furniture', ['<script>alert(1)</script>']],
      ['No category', ['Fan']],
    ]);
    expect(groupEquipmentRegister(rows, 'location').map(([g]) => g)).toEqual(['Copy room', 'Desk 4', 'No location']);
  });

  it('totals the cost and counts by status, most common first', () => {
    expect(equipmentRegisterTotals(rows)).toEqual({
      count: 5,
      costCents: 579800,
      byStatus: [['In use', 2], ['In store', 1], ['Lent out', 1], ['Under repair', 1]],
    });
  });

  it('prints every column, subtotals and the total, escaped, landscape on the chosen paper', () => {
    const html = renderEquipmentRegisterHtml({ rows, preparedOn: '2026-12-04', scope: ['Status: all'], pageSize: 'Letter' }, company);
    expect(html).toContain('EQUIPMENT REGISTER');
    expect(html).toContain('size: letter landscape');
    expect(html).toContain('Grace &lt;Hopper&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Feb 29, 2024');
    expect(html).toContain('$1,299.00');
    expect(html).toContain('Subtotal Computer (2 items)</td><td class="num">$2,299.00');
    expect(html).toContain('Total (5 items in 4 categories)</td><td class="num">$5,798.00');
    expect(html).toContain('Acme &amp; Co');
    expect(renderEquipmentRegisterHtml({ rows, preparedOn: '2026-12-04' }, company)).toContain('size: A4 landscape');
  });

  it('says so when there is nothing to list', () => {
    expect(renderEquipmentRegisterHtml({ rows: [], preparedOn: '2026-12-04' }, company)).toContain('No equipment to list.');
  });

  it('short dates follow the locale and leave other text alone', () => {
    expect(shortDocumentDate('2026-03-14', 'en-GB')).toBe('14 Mar 2026');
    expect(shortDocumentDate('2026-02-30', 'en-GB')).toBe('2026-02-30');
    expect(shortDocumentDate(undefined, 'en-GB')).toBe('');
    expect(shortDocumentDate('2026-03-14', 'not a locale!')).toBe('Mar 14, 2026');
  });
});
