import { describe, expect, it } from 'vitest';
import { glanceLineBudget, renderWeekAtAGlanceHtml, truncateWords, weekRangeLabel } from './weekAtAGlance';

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

  it('puts each diary in a row and each item under the days it touches, one short line each', () => {
    const html = renderWeekAtAGlanceHtml(input, company);
    expect(html).toContain('WEEK AT A GLANCE');
    expect(html).toContain('<th>Mon 23 Nov</th>');
    expect(html).toContain('<th>Sun 29 Nov</th>');
    expect(html.match(/Offsite &lt;day&gt;/g)).toHaveLength(2);
    // Time and title only: the room is on the day sheet.
    expect(html).toContain('<li><span class="g-time">09:00</span> Team meeting</li>');
    expect(html).not.toContain('· Board room');
    // The item's own zone as a short suffix.
    expect(html).toContain('<li><span class="g-time">15:00</span> NY call <span class="g-zone">(GMT-5)</span></li>');
    expect(html).toContain('<span class="g-time">until 06:00</span> Overnight');
    expect(html).toContain('Board room<small>12 seats</small>');
    expect(html).toContain('2 diaries');
    expect(html).toContain('size: A4 landscape');
    expect(html).not.toContain('<day>');
  });

  it('writes the week as the locale writes a date range', () => {
    const plain = (s: string) => s.replace(/\s/gu, ' ');
    expect(plain(weekRangeLabel('2026-12-07', '2026-12-13', 'en-US'))).toBe('Mon, Dec 7 – Sun, Dec 13, 2026');
    expect(plain(weekRangeLabel('2026-12-28', '2027-01-03', 'en-US'))).toBe('Mon, Dec 28, 2026 – Sun, Jan 3, 2027');
    const html = plain(renderWeekAtAGlanceHtml({ ...input, weekStart: '2026-12-07', diaries: [] }, { ...company, locale: 'en-US' }));
    expect(html).toContain('Mon, Dec 7 – Sun, Dec 13, 2026');
    expect(html).not.toContain('Dec 13 2026');
  });

  it('shows a long timed item as a short line on its middle days and cuts long titles at a word', () => {
    const html = renderWeekAtAGlanceHtml(
      {
        ...input,
        pageSize: 'Letter',
        days: 5,
        diaries: [
          {
            name: 'X',
            items: [
              { title: 'Hotel', allDay: false, start: '2026-11-23T15:00:00.000Z', end: '2026-11-25T11:00:00.000Z', location: 'A very long address, '.repeat(5) },
              { title: 'Flight BA 178 New York JFK to London Heathrow, booking ABC123', allDay: false, start: '2026-11-26T23:15:00.000Z', end: '2026-11-27T11:20:00.000Z', timeZone: 'America/New_York' },
            ],
          },
        ],
      },
      company,
    );
    expect(html).toContain('<span class="g-time">15:00</span> Hotel</li>');
    expect(html).toContain('<li class="g-allday">Hotel</li>');
    expect(html).toContain('<span class="g-time">until 11:00</span> Hotel</li>');
    expect(html).not.toContain('A very long address');
    const flight = /<span class="g-time">23:15<\/span> ([^<]*) <span class="g-zone">\(GMT-5\)<\/span>/.exec(html)?.[1];
    expect(flight).toMatch(/^Flight BA 178[A-Za-z ]*…$/);
    expect(flight).not.toMatch(/ …$/);
    // Cut at a word: what is kept is a start of the title's words.
    expect('Flight BA 178 New York JFK to London Heathrow, booking ABC123'.startsWith(`${flight!.slice(0, -1)} `)).toBe(true);
  });

  it('cuts at a word boundary, and a single long word where it must', () => {
    expect(truncateWords('Board meeting with the auditors', 16)).toBe('Board meeting…');
    expect(truncateWords('Short', 16)).toBe('Short');
    expect(truncateWords('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(truncateWords('London (GMT), hotel', 12)).toBe('London…');
  });

  it('keeps each diary row on one page, so as many diaries go on a page as fit', () => {
    const html = renderWeekAtAGlanceHtml(input, company);
    expect(html).toContain('.report-table.glance tr { break-inside: avoid; page-break-inside: avoid; }');
    expect(glanceLineBudget('Letter', 7)).toBeGreaterThanOrEqual(18);
    expect(glanceLineBudget('A4', 5)).toBeGreaterThan(glanceLineBudget('A4', 7));
  });

  it('prints the working week on Letter when asked', () => {
    const html = renderWeekAtAGlanceHtml({ ...input, days: 5, pageSize: 'Letter' }, company);
    expect(html).toContain('<th>Fri 27 Nov</th>');
    expect(html).not.toContain('Sat 28 Nov');
    expect(html).not.toContain('Overnight');
    expect(html).toContain('size: letter landscape');
  });
});
