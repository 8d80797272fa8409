import { describe, expect, it } from 'vitest';
import { renderDaySheetHtml } from './daySheet';

const company = { name: 'Harbor & Lane', locale: 'en-US' };
const zone = 'America/New_York';

describe('day sheet printout', () => {
  const html = renderDaySheetHtml(
    {
      diaryName: 'Margaret <Chen>',
      diaryDetail: 'Director',
      date: '2026-11-24',
      officeTimeZone: zone,
      preparedOn: '2026-11-22',
      pageSize: 'Letter',
      items: [
        // 10:00 in New York is 15:00Z in November.
        { title: 'Board meeting', allDay: false, start: '2026-11-24T15:00:00.000Z', end: '2026-11-24T17:00:00.000Z', attendees: ['Noah Reed', 'Sofia "Li"'], room: 'Board room', notes: 'Budget\nHeadcount' },
        { title: 'Call with <Acme>', allDay: false, start: '2026-11-24T20:00:00.000Z', end: '2026-11-24T20:30:00.000Z', timeZone: 'Europe/London', location: 'Phone' },
        { title: 'Offsite', allDay: true, start: '2026-11-24', end: '2026-11-26', tag: 'Out of office' },
        { title: 'Flight BA 178', allDay: false, start: '2026-11-24T01:00:00.000Z', end: '2026-11-24T08:00:00.000Z', tag: 'Trip', timeZone: 'Europe/London' },
        { title: 'Yesterday', allDay: false, start: '2026-11-23T15:00:00.000Z', end: '2026-11-23T16:00:00.000Z' },
        { title: 'Tomorrow all day', allDay: true, start: '2026-11-25', end: '2026-11-26' },
      ],
    },
    company,
  );

  it('lists all-day items on top, then the day in order, in the office zone with the own zone beside', () => {
    expect(html).toContain('DAY SHEET');
    expect(html).toContain('Tuesday, November 24, 2026');
    expect(html).toContain('Times in New York (GMT-5)');
    const order = ['Offsite', 'Flight BA 178', 'Board meeting', 'Call with &lt;Acme&gt;'].map((t) => html.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).not.toContain('Yesterday');
    expect(html).not.toContain('Tomorrow all day');
    expect(html).toContain('10:00 AM – 12:00 PM');
    expect(html).toContain('3:00 PM – 3:30 PM');
    expect(html).toContain('8:00 PM – 8:30 PM London (GMT+0)');
    expect(html).toContain('Mon 8:00 PM – 3:00 AM'.replace('Mon', 'Mon, Nov 23'));
    expect(html).toContain('All day, Tue, Nov 24 – Wed, Nov 25');
    expect(html).toContain('4 entries');
  });

  it('prints attendees, room, place and notes, escaped, on the chosen paper', () => {
    expect(html).toContain('Margaret &lt;Chen&gt;');
    expect(html).toContain('Noah Reed<br>Sofia &quot;Li&quot;');
    expect(html).toContain('<b>Room:</b> Board room');
    expect(html).toContain('Budget<br>Headcount');
    expect(html).toContain('Harbor &amp; Lane');
    expect(html).toContain('size: letter');
    expect(html).not.toContain('<Acme>');
  });

  it('says so when the day is empty', () => {
    const empty = renderDaySheetHtml({ diaryName: 'X', date: '2026-11-24', officeTimeZone: zone, preparedOn: '2026-11-22', items: [] }, company);
    expect(empty).toContain('Nothing in the diary for this day.');
    expect(empty).toContain('size: A4');
  });
});
