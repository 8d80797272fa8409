import { describe, expect, it } from 'vitest';
import { renderEquipmentHistoryHtml, type EquipmentHistoryInput } from './equipmentHistory';

const company = { name: 'Acme', locale: 'en-GB', currency: 'EUR' };
const full: EquipmentHistoryInput = {
  preparedOn: '2026-12-04',
  item: { name: 'Copier <script>x</script>', tag: 'BD-0001', category: 'Copier/printer', manufacturer: 'Canon', status: 'In use', holder: 'Copy room', purchaseDate: '2023-01-10', purchaseCostCents: 300000, notes: 'Line 1\n<u>line 2</u>' },
  handovers: [
    { date: '2026-02-01', kind: 'check-in', who: 'Ana', condition: 'Good' },
    { date: '2026-01-05', kind: 'check-out', who: 'Ana', dueBack: '2026-01-31', note: 'Trade fair' },
  ],
  meters: [{ name: 'Pages', unit: 'pages', readings: 12, firstReadingOn: '2023-02-01', lastReadingOn: '2026-11-30', lastValue: 1200, lifetimeValue: 181234 }],
  maintenance: [{ date: '2026-03-01', kind: 'service', description: 'Toner & drum', performedBy: 'CopyFix', costCents: 15000 }],
  plans: [{ name: 'Quarterly service', schedule: 'Every 3 months', lastDone: '2026-09-01', next: 'Due 1 Dec 2026 (overdue by 3 days)', checklist: ['Clean glass', '<Replace> drum'] }],
  repairs: [
    { reportedOn: '2026-05-02', problem: 'Paper jam', reportedBy: 'Ana', fixedOn: '2026-05-05', fixedBy: 'CopyFix', downtimeDays: 3, costCents: 22000 },
    { reportedOn: '2026-11-20', problem: 'Fuser noise', downtimeDays: 14, costCents: 0 },
  ],
  cost: { purchaseCents: 300000, repairsCents: 22000, maintenanceCents: 15000, totalCents: 337000 },
  replacement: '3 repairs in 12 months',
};

describe('equipment history sheet', () => {
  it('prints details, hand-overs in date order, meters, the log, plans, repairs and the cost of ownership, escaped', () => {
    const html = renderEquipmentHistoryHtml(full, company);
    expect(html).not.toMatch(/<script>|<u>|<Replace>/);
    expect(html).toContain('Copier &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('&lt;Replace&gt; drum');
    expect(html.indexOf('Checked out')).toBeLessThan(html.indexOf('Checked in'));
    expect(html).toContain('Due back 31 Jan 2026');
    expect(html).toContain('181,234');
    expect(html).toContain('Toner &amp; drum');
    expect(html).toContain('Quarterly service');
    expect(html).toContain('>Open<');
    expect(html).toContain('Repairs (2)</td><td class="num">17</td>');
    expect(html).toContain('€3,370.00');
    expect(html).toContain('Flagged for replacement: 3 repairs in 12 months');
  });

  it('says plainly when a section is empty', () => {
    const html = renderEquipmentHistoryHtml(
      { ...full, item: { name: 'Chair', status: 'In store' }, handovers: [], meters: [], maintenance: [], plans: [], repairs: [], cost: { purchaseCents: 0, repairsCents: 0, maintenanceCents: 0, totalCents: 0 }, replacement: undefined },
      company,
    );
    for (const s of ['Never checked out.', 'No meters.', 'No maintenance recorded.', 'No maintenance plans.', 'No repairs.', 'Nobody (not checked out)'])
      expect(html).toContain(s);
    expect(html).not.toContain('Flagged for replacement');
  });
});
