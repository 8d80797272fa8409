import { describe, expect, it } from 'vitest';
import { renderErrandRunSheetHtml, type ErrandRunSheetInput } from './errandRunSheet';

const company = { name: 'Acme & Co', locale: 'en-GB' };
const sheet: ErrandRunSheetInput = {
  date: '2026-12-11',
  preparedOn: '2026-12-11',
  places: [
    {
      place: 'Bank',
      errands: [{ title: 'Deposit the cheques', bring: 'Paying-in book\nand the cheques', forWhom: 'Margaret Chen', dueTime: '10:30', priority: 'urgent' }],
    },
    {
      place: 'Post <office>',
      errands: [
        {
          title: 'Post the parcels',
          bring: 'Parcels & forms',
          checklist: [
            { text: 'Weigh <b>parcels</b>', done: false },
            { text: 'Buy stamps', done: true },
          ],
          notes: 'Ask for proof of postage',
          dueDate: '2026-12-10',
        },
      ],
    },
    { place: '', errands: [{ title: 'Collect the keys' }] },
  ],
};

describe('errand run sheet', () => {
  const html = renderErrandRunSheetHtml(sheet, company);

  it('has the date in the title and the heading, place headings, a box per errand and per checklist line', () => {
    expect(html).toContain('<title>Errand run sheet 2026-12-11</title>');
    expect(html).toContain('ERRAND RUN SHEET');
    expect(html).toContain('Friday, 11 December 2026');
    expect(html).toContain('3 errands at 3 places');
    expect(html.indexOf('>Bank <')).toBeLessThan(html.indexOf('Post &lt;office&gt;'));
    expect(html).toContain('No place given');
    expect(html.match(/class="run-box"/g)).toHaveLength(3);
    expect(html.match(/class="run-box small/g)).toHaveLength(2);
    expect(html).toContain('<b>Take or bring:</b> Paying-in book<br>and the cheques');
    expect(html).toContain('For Margaret Chen');
    expect(html).toContain('By 10:30');
    expect(html).toContain('Urgent');
    expect(html).toContain('Overdue since');
    expect(html).toContain('Buy stamps (done)');
    expect(html).toContain('Ask for proof of postage');
  });

  it('escapes every user value', () => {
    expect(html).toContain('Weigh &lt;b&gt;parcels&lt;/b&gt;');
    expect(html).toContain('Parcels &amp; forms');
    expect(html).toContain('Acme &amp; Co');
    expect(html).not.toContain('<b>parcels');
  });

  it('prints on US Letter and says when there is nothing to run', () => {
    const empty = renderErrandRunSheetHtml({ date: '2026-12-11', places: [], pageSize: 'Letter' }, company);
    expect(empty).toContain('No errands to run on this day.');
    expect(empty).toMatch(/size:\s*(letter|Letter|8\.5in)/);
  });
});
