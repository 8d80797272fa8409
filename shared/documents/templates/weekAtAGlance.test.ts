import { describe, expect, it } from 'vitest';
import { renderWeekAtAGlanceHtml } from './weekAtAGlance';

const company = { name: 'Harbor & Lane', locale: 'en-GB' };
const zone = 'Europe/London';

describe('week at a glance printout', () => {
  const input = {
    weekStart: '2026-11-23',
    days: 7 as const,
    officeTimeZone: zone,
    preparedOn: '2026-11-22',
    diaries: [
      {
        name: 'Margaret Chen',
        detail: 'Director',
        items: [
          { title: 'Team meeting', allDay: false, start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', room: 'Board room' },
          { title: 'Offsite <day>', allDay: true, start: '2026-11-25', end: '2026-11-27' },
          { title: 'NY call', allDay: false, start: '2026-11-27T15:00:00.000Z', end: '2026-11-27T16:00:00.000Z', timeZone: 'America/New_York' },
          { title: 'Overnight', allDay: false, start: '2026-11-28T22:00:00.000Z', end: '2026-11-29T06:00:00.000Z' },
        ],
      },
      { name: 'Board room', detail: '12 seats', items: [{ title: 'Team meeting', allDay: false, start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z' }] },
    ],
  };

  it('puts each diary in a row and each item under the days it touches', () => {
    const html = renderWeekAtAGlanceHtml(input, company);
    expect(html).toContain('WEEK AT A GLANCE');
    expect(html).toContain('<th>Mon 23 Nov</th>');
    expect(html).toContain('<th>Sun 29 Nov</th>');
    expect(html.match(/Offsite &lt;day&gt;/g)).toHaveLength(2);
    expect(html).toContain('<span class="g-time">09:00</span> Team meeting <span class="g-where">· Board room</span>');
    expect(html).toContain('<span class="g-time">15:00</span> NY call <span class="g-where">(10:00 New York (GMT-5))</span>');
    expect(html).toContain('<span class="g-time">until 06:00</span> Overnight');
    expect(html).toContain('Board room<small>12 seats</small>');
    expect(html).toContain('2 diaries');
    expect(html).toContain('size: A4 landscape');
    expect(html).not.toContain('<day>');
  });

  it('says "all day" on the middle days of a long timed item and cuts long places short', () => {
    const html = renderWeekAtAGlanceHtml(
      {
        ...input,
        diaries: [{ name: 'X', items: [{ title: 'Hotel', allDay: false, start: '2026-11-23T15:00:00.000Z', end: '2026-11-25T11:00:00.000Z', location: 'A very long address, '.repeat(5) }] }],
      },
      company,
    );
    expect(html).toContain('<span class="g-time">15:00</span> Hotel');
    expect(html).toContain('<span class="g-time">all day</span> Hotel');
    expect(html).toContain('<span class="g-time">until 11:00</span> Hotel');
    expect(html).toContain("· A very long address, A very long address, A very long addre…</span>");
  });

  it('prints the working week on Letter when asked', () => {
    const html = renderWeekAtAGlanceHtml({ ...input, days: 5, pageSize: 'Letter' }, company);
    expect(html).toContain('<th>Fri 27 Nov</th>');
    expect(html).not.toContain('Sat 28 Nov');
    expect(html).not.toContain('Overnight');
    expect(html).toContain('size: letter landscape');
  });
});
